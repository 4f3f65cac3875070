#!/usr/bin/env node
// Part of `npm run build`: builds the Studio (studio/dist, served at /studio) when it is missing or older than its sources, so `npm ci && npm start` serves a current Studio without a separate step.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const built = path.join(root, "studio/dist/index.html");

/** What the Studio bundle is made of: its own sources and the two lists it takes from the site. */
const SOURCES = [
  "studio/package.json",
  "studio/sanity.config.ts",
  "studio/sanity.cli.ts",
  "studio/structure.ts",
  "studio/languages.ts",
  "studio/selfHosted.ts",
  "studio/schemaTypes",
  "app/i18n/languages.ts",
  "app/content/vocabulary.ts",
  "scripts/studio-postbuild.mjs",
];

function newest(file) {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

const sourcesAt = Math.max(...SOURCES.map((s) => newest(path.join(root, s))));
const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
if (builtAt >= sourcesAt) {
  console.log("Studio build is current (studio/dist).");
} else {
  console.log(
    builtAt
      ? "Studio sources changed: building the Studio…"
      : "No Studio build yet: building the Studio (about a minute)…",
  );
  const result = spawnSync("npm", ["run", "--silent", "studio:build"], { cwd: root, stdio: "inherit" });
  process.exit(result.status ?? 1);
}

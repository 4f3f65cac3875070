#!/usr/bin/env node
// The content store's dataset commands: export (a tarball `sanity dataset import` accepts), import (a tarball, a folder or an .ndjson) and backup (online SQLite copy).
//
//   npm run dataset:export [-- out.tar.gz]
//   npm run dataset:import -- FILE [--replace|--missing]
//   npm run dataset:backup [-- out.sqlite]
//
// The commands live in app/store/dataset-cli.server.ts; the TypeScript is bundled on the
// fly with esbuild (installed with Remix), as scripts/bench-content.mjs does, so they need
// neither a build of the site nor a TypeScript runner.
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(path.join(tmpdir(), "dataset-cli-"));
let code = 1;
try {
  const outfile = path.join(dir, "cli.mjs");
  await build({
    entryPoints: [path.join(root, "app/store/dataset-cli.server.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    packages: "external",
    alias: { "~": path.join(root, "app") },
    outfile,
    logLevel: "error",
  });
  // External packages resolve from the bundle's folder: point it back at the project.
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  const { runDatasetCommand } = await import(pathToFileURL(outfile).href);
  code = await runDatasetCommand(process.argv.slice(2), {
    log: (line) => console.log(line),
    error: (line) => console.error(line),
    env: process.env,
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = code;

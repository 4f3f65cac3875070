#!/usr/bin/env node
// After `sanity build` (the Studio workspace's build script runs it): makes the built Studio load nothing from outside our origin, then precompresses it.
//
//   node ../scripts/studio-postbuild.mjs dist     (cwd: studio/)
//
// What `sanity build` 5.31 writes into index.html that a self-hosted Studio must not load:
// - `<script src="https://core.sanity-cdn.com/bridge.js">`: the bridge to Sanity's hosted
//   dashboard (it only talks to a parent frame of sanity.io); removed.
// - favicon and manifest links at `/static/…`, outside the base path: moved under it.
// - `@font-face` rules for Inter from `studio-static.sanity.io`: rewritten to
//   `/studio/static/fonts/<file>` when studio/static/fonts/<file> exists (sanity build
//   copies studio/static/ into dist/static/), else removed, and the Studio's font stack
//   falls back to the system's sans-serif.
// Then every remaining absolute URL that index.html would load (src, href of a
// stylesheet/icon/manifest/preload, CSS url()) must be on our origin, or this script
// fails naming it: a Sanity upgrade that adds one is noticed at build time. (The version
// check inside the bundle is removed by the Vite plugin in studio/selfHosted.ts.)
//
// Finally each text asset gets .br and .gz siblings, which app/store/studio.server.ts
// serves to browsers that accept them (the main bundle is 6 MB, about 1.5 MB as brotli),
// and `self-hosted.json` records the build's API host for the Studio's CSP.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = path.resolve(process.argv[2] ?? "dist");
const BASE = (process.env.SANITY_STUDIO_BASEPATH || "/studio").replace(/\/$/, "");
const indexFile = path.join(dist, "index.html");
if (!existsSync(indexFile)) {
  console.error(`No ${indexFile}: run sanity build first.`);
  process.exit(1);
}

let html = readFileSync(indexFile, "utf8");
const changes = [];

// 1. The bridge script.
html = html.replace(
  /<script\b[^>]*\bsrc="https:\/\/core\.sanity-cdn\.(?:com|work)\/bridge\.js"[^>]*>\s*<\/script>\n?/g,
  () => {
    changes.push("removed core.sanity-cdn.com/bridge.js");
    return "";
  },
);

// 2. The favicons and manifest, which sanity 5.31 links at /static/ whatever the base path.
let moved = 0;
html = html.replace(/\b(href|src)="\/static\//g, (_, attribute) => {
  moved += 1;
  return `${attribute}="${BASE}/static/`;
});
if (moved && BASE) changes.push(`${moved} links from /static/ to ${BASE}/static/`);

// 3. Inter from studio-static.sanity.io.
const fontsDir = path.join(dist, "static", "fonts");
const dropped = [];
html = html.replace(/\s*@font-face\s*\{[^}]*\}/g, (rule) => {
  const remote = /url\(["']?(https:\/\/studio-static\.sanity\.io\/([^"')]+))["']?\)/.exec(rule);
  if (!remote) return rule;
  const file = remote[2];
  if (existsSync(path.join(fontsDir, file))) {
    changes.push(`font ${file} from ${BASE}/static/fonts/`);
    return rule.replace(remote[1], `${BASE}/static/fonts/${file}`);
  }
  dropped.push(file);
  return "";
});

if (dropped.length) changes.push(`dropped ${dropped.length} Inter fonts (none in studio/static/fonts/): system fonts`);

// 4. Nothing else from outside. Links the reader may follow (<a href>) are not loads.
const loads = [
  ...html.matchAll(/<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc=["']?(https?:)?\/\/[^"'\s>]+/gi),
  ...html.matchAll(/<link\b[^>]*\bhref=["']?(https?:)?\/\/[^"'\s>]+/gi),
  ...html.matchAll(/url\(["']?(https?:)?\/\/[^"')]+/gi),
  ...html.matchAll(/@import\s+["'](https?:)?\/\/[^"']+/gi),
].map((m) => m[0]);
if (loads.length) {
  console.error(
    `The built index.html still loads from outside our origin:\n  ${loads.join("\n  ")}\n` +
      "Handle it in scripts/studio-postbuild.mjs (a Sanity upgrade added it).",
  );
  process.exit(1);
}
writeFileSync(indexFile, html);

// 5. Precompressed siblings.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|map|txt)$/;
let raw = 0;
let brotli = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (COMPRESSIBLE.test(entry.name) && statSync(file).size > 1024) {
      const body = readFileSync(file);
      const br = brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      });
      writeFileSync(`${file}.br`, br);
      writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      raw += body.length;
      brotli += br.length;
    }
  }
}
walk(dist);

// 6. What the server needs to know about this build.
writeFileSync(
  path.join(dist, "self-hosted.json"),
  JSON.stringify({ basePath: BASE, apiHost: process.env.SANITY_STUDIO_API_HOST || null }, null, 2) + "\n",
);

console.log(
  `Self-hosted Studio: ${changes.length ? changes.join("; ") : "nothing to change"}; ` +
    `precompressed ${(raw / 1e6).toFixed(1)} MB → ${(brotli / 1e6).toFixed(1)} MB (brotli).`,
);

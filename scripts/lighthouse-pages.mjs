// Lighthouse 12 (mobile, the default profile) over each page type of tests/pages.ts in one language:
// prints performance, best practices, FCP, LCP, TBT, CLS and the JS the page loads. Lighthouse is
// not a dependency: it runs through `npx --yes lighthouse@12` with the system Chromium.
// Usage: node scripts/lighthouse-pages.mjs [--base http://127.0.0.1:PORT] [--lang en] [--only home,economy] [--out dir]
// Without --base it starts the production build itself (`npx remix build` first).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startBuiltServer } from "./lib/bench-server.mjs";
import { loadTs } from "./lib/load-ts.mjs";
import { pageJavaScript } from "./lib/page-js.mjs";

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const lang = option("--lang") ?? "en";
const only = option("--only")?.split(",");
const out = option("--out") ?? path.join(tmpdir(), "lighthouse-pages");
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
mkdirSync(out, { recursive: true });

const { PAGE_TYPES } = await loadTs({ PAGE_TYPES: "tests/pages.ts" });
const server = option("--base") ? undefined : await startBuiltServer();
const base = option("--base") ?? server.base;

try {
  for (const type of PAGE_TYPES.filter((t) => !only || only.includes(t.name))) {
    if (type.status !== 200) {
      // Lighthouse refuses to audit an error status (it reports the page as not loaded).
      console.log(`${type.name.padEnd(18)} skipped: Lighthouse does not audit a ${type.status} page`);
      continue;
    }
    const visit = (type.visitIn ?? [lang]).includes(lang) ? lang : type.visitIn[0];
    const url = new URL(type.path(visit), base).href;
    const file = path.join(out, `${type.name}.json`);
    // A run can fail on a busy machine (NO_NAVSTART): try once more, then report and go on.
    const run = () =>
      execFileSync(
        "npx",
        [
          "--yes",
          "lighthouse@12",
          url,
          `--chrome-path=${chrome}`,
          "--chrome-flags=--headless=new --no-sandbox",
          "--only-categories=performance,best-practices",
          "--output=json",
          `--output-path=${file}`,
          "--quiet",
        ],
        { stdio: ["ignore", "ignore", "inherit"] },
      );
    try {
      run();
    } catch {
      try {
        run();
      } catch {
        console.log(`${type.name.padEnd(18)} lighthouse failed twice`);
        continue;
      }
    }
    const report = JSON.parse(readFileSync(file, "utf8"));
    const score = (c) => Math.round(report.categories[c].score * 100);
    const value = (a) => report.audits[a].displayValue ?? "";
    const { gzip } = await pageJavaScript(base, type.path(visit));
    console.log(
      [
        type.name.padEnd(18),
        `perf ${score("performance")}`,
        `bp ${score("best-practices")}`,
        `FCP ${value("first-contentful-paint")}`,
        `LCP ${value("largest-contentful-paint")}`,
        `TBT ${value("total-blocking-time")}`,
        `CLS ${value("cumulative-layout-shift")}`,
        `JS ${(gzip / 1024).toFixed(1)} KB gz`,
      ].join("  "),
    );
  }
} finally {
  server?.child.kill("SIGTERM");
}

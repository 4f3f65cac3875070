// Prints the gzipped JavaScript each page type of tests/pages.ts loads (one language), against the
// budget of 100 KB, and exits 1 over it. Needs the build (`npx remix build`); starts its own server.
// Usage: node scripts/js-budget.mjs [lang] [--files]
import { loadTs } from "./lib/load-ts.mjs";
import { startBuiltServer } from "./lib/bench-server.mjs";
import { pageJavaScript } from "./lib/page-js.mjs";

const BUDGET = 100 * 1024;
const lang = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "en";
const showFiles = process.argv.includes("--files");

const { PAGE_TYPES } = await loadTs({ PAGE_TYPES: "tests/pages.ts" });
const { base, child } = await startBuiltServer();
let over = 0;
try {
  for (const type of PAGE_TYPES) {
    const visit = (type.visitIn ?? [lang]).includes(lang) ? lang : type.visitIn[0];
    const path = type.path(visit);
    const { files, gzip } = await pageJavaScript(base, path);
    if (gzip > BUDGET) over++;
    const flag = gzip > BUDGET ? "  OVER" : "";
    console.log(
      `${type.name.padEnd(18)} ${(gzip / 1024).toFixed(1).padStart(6)} KB  ${files.length} files  ${path}${flag}`,
    );
    if (showFiles)
      for (const f of [...files].sort((a, b) => b.gzip - a.gzip))
        console.log(`    ${(f.gzip / 1024).toFixed(1).padStart(6)} KB  ${f.url}`);
  }
} finally {
  child.kill("SIGTERM");
}
process.exit(over ? 1 : 0);

#!/usr/bin/env node
// Uncached render cost of each page type, demo dataset vs a large one, with the ratio (prints figures; not a test).
/**
 * Usage: node scripts/bench-render-cost.mjs [large-dataset] [--n 15]   (run `npx remix build` first;
 * default large dataset: .data/100k, made by `node scripts/generate-dataset.mjs`).
 * Measured by scripts/lib/render-cost.mjs: medians of N uncached requests per page (see there).
 */
import { pageTypePaths, renderCost } from "./lib/render-cost.mjs";

const args = process.argv.slice(2);
const nAt = args.indexOf("--n");
const n = nAt >= 0 ? Number(args.splice(nAt, 2)[1]) : 15;
const large = args[0] ?? ".data/100k";
const types = await pageTypePaths("vi");
const pages = Object.values(types);
const demo = await renderCost({ dataset: "studio/seed/production.ndjson", pages, n });
const big = await renderCost({ dataset: large, pages, n });
console.log(`server ready: demo ${(demo.startMs / 1000).toFixed(1)} s, ${large} ${(big.startMs / 1000).toFixed(1)} s`);
console.log(
  `${"page type".padEnd(18)} ${"demo ms".padStart(8)} ${"large ms".padStart(9)} ${"ratio".padStart(6)}  KB demo/large`,
);
for (const [name, page] of Object.entries(types)) {
  const a = demo.pages[page];
  const b = big.pages[page];
  console.log(
    `${name.padEnd(18)} ${a.median.toFixed(1).padStart(8)} ${b.median.toFixed(1).padStart(9)} ${(b.median / a.median).toFixed(2).padStart(6)} ${(b.min / a.min).toFixed(2).padStart(9)}  ${(a.bytes / 1024).toFixed(0)}/${(b.bytes / 1024).toFixed(0)}`,
  );
}

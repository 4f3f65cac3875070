#!/usr/bin/env node
// Benchmark of the investment-opportunity list over HTTP with every filter set (prints figures; not a test).
/**
 * Usage: node scripts/bench-opportunities.mjs [dataset]   (run `npm run build` first)
 * Starts `node server.js` on a free port with CONTENT_DATASET (default: the demo
 * dataset), as scripts/bench-render.mjs does, then times sequential requests for the
 * list page with all filters and a sort, the unfiltered page, and the CSV download of
 * the same filtered list. Each URL is warmed once first; the figures are for a warm
 * result cache, which is what readers hit after the first request.
 */
import { pct, startBuiltServer, timeGet } from "./lib/bench-server.mjs";

const dataset = process.argv[2] ?? "studio/seed/production.ndjson";
const N = 200;
const ALL_FILTERS =
  "sector=logistics&location=viThanh&form=fdi&status=negotiation&minHa=1&maxHa=100&minCapital=100&maxCapital=1000&sort=capitalDesc";

const f = (ms) => `${ms.toFixed(1)} ms`;

async function measure(label, url) {
  const first = await timeGet(url);
  const times = [];
  for (let i = 0; i < N; i++) times.push((await timeGet(url)).ms);
  times.sort((a, b) => a - b);
  console.log(
    `  ${label}: first ${f(first.ms)}; warm x${N}: p50 ${f(pct(times, 50))}, p95 ${f(pct(times, 95))}, max ${f(times.at(-1))}`,
  );
  return first.body;
}

const { base, child } = await startBuiltServer({ CONTENT_DATASET: dataset });
try {
  console.log(`${dataset}`);
  const page = await measure("list page, all filters (/ja)", `${base}/ja/invest/opportunities?${ALL_FILTERS}`);
  const cards = (page.match(/class="card__title"/g) ?? []).length;
  console.log(`    (${cards} result${cards === 1 ? "" : "s"} with all filters set)`);
  await measure("list page, no filters (/ja)", `${base}/ja/invest/opportunities`);
  await measure("CSV download, all filters (/ja)", `${base}/ja/invest/opportunities.csv?${ALL_FILTERS}`);
} finally {
  child.kill("SIGTERM");
}

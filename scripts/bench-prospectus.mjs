#!/usr/bin/env node
// Benchmark of prospectus PDF generation over HTTP (prints figures; not a test).
/**
 * Usage: BASE_URL=http://localhost:3000 node scripts/bench-prospectus.mjs [requests per language]
 * against a running production server (`npm start`). For each language it asks for the
 * whole `industry` sector plus one opportunity taken from the form, first once (cold: the
 * fonts are read from node_modules on first use), then N times one after another, and
 * prints the PDF size and the median and p95 response times.
 */
import { performance } from "node:perf_hooks";

const base = (process.env.BASE_URL ?? "http://localhost:3000").replace(/\/$/, "");
const N = Number(process.argv[2] ?? 10);
const LANGS = ["vi", "en", "ja", "ko", "zh-Hans", "fr"];

async function timed(url) {
  const start = performance.now();
  const response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return { ms: performance.now() - start, bytes: body.length };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

const form = await (await fetch(`${base}/en/invest/prospectus`)).text();
const id = /name="opportunity"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="opportunity"/.exec(form);
const opportunity = id ? `&opportunity=${encodeURIComponent(id[1] ?? id[2])}` : "";

console.log(`prospectus PDF, ${base}, ${N} sequential requests per language after one cold request`);
console.log("lang     size KB   cold ms   p50 ms   p95 ms");
for (const lang of LANGS) {
  const url = `${base}/${lang}/invest/prospectus.pdf?sector=industry${opportunity}`;
  const cold = await timed(url);
  const times = [];
  for (let i = 0; i < N; i++) times.push((await timed(url)).ms);
  times.sort((a, b) => a - b);
  console.log(
    `${lang.padEnd(8)} ${(cold.bytes / 1024).toFixed(0).padStart(7)} ${cold.ms.toFixed(0).padStart(9)} ${quantile(times, 0.5).toFixed(0).padStart(8)} ${quantile(times, 0.95).toFixed(0).padStart(8)}`,
  );
}

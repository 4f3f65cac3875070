#!/usr/bin/env node
// Benchmark of whole-page rendering over HTTP against the production build (prints figures; not a test).
/**
 * Usage: node scripts/bench-render.mjs [dataset ...]   (run `npm run build` first)
 * Default datasets: the demo (studio/seed/production.ndjson) and .data/100k when present
 * (make it with `node scripts/generate-dataset.mjs`). For each dataset it starts
 * `node server.js` on a free port with CONTENT_DATASET set, then measures the home page:
 * the first request (cold: empty result cache), then N sequential requests (warm), and
 * one request per language with a fresh query (cold per language). It also prints the
 * JavaScript the home page ships (gzip), fetched the way a browser would.
 */
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { pct, startBuiltServer, timeGet } from "./lib/bench-server.mjs";

const datasets = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["studio/seed/production.ndjson", ...(existsSync(".data/100k") ? [".data/100k"] : [])];
const N = 50;

const f = (ms) => `${ms.toFixed(1)} ms`;

for (const dataset of datasets) {
  const { base, child, startMs } = await startBuiltServer({ CONTENT_DATASET: dataset });
  try {
    // The first page request runs its queries on an empty result cache.
    const first = await timeGet(`${base}/vi`);
    const cold = await Promise.all(
      ["en", "ja", "ko", "zh-Hans", "fr"].map(async (l) => (await timeGet(`${base}/${l}`)).ms),
    );
    const warm = [];
    for (let i = 0; i < N; i++) warm.push((await timeGet(`${base}/vi`)).ms);
    warm.sort((a, b) => a - b);
    console.log(`\n${dataset}`);
    console.log(`  server ready, dataset loaded and indexed: ${f(startMs)}; first /vi (cold cache) ${f(first.ms)}`);
    console.log(`  cold other languages (parallel): ${cold.map(f).join(", ")}`);
    console.log(`  warm /vi x${N}: p50 ${f(pct(warm, 50))}, p95 ${f(pct(warm, 95))}, max ${f(warm.at(-1))}`);

    if (dataset === datasets[0]) {
      const srcs = [...first.body.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/build\/[^"]+\.js)"/g)].map(
        (m) => m[1],
      );
      let raw = 0;
      let gz = 0;
      for (const src of new Set(srcs)) {
        const buf = Buffer.from(await (await fetch(base + src)).arrayBuffer());
        raw += buf.length;
        gz += gzipSync(buf, { level: 9 }).length;
      }
      const inline = [...first.body.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
      console.log(
        `  home page JS: ${new Set(srcs).size} files, ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip; inline scripts ${(gzipSync(inline).length / 1024).toFixed(1)} KB gzip`,
      );
      console.log(
        `  home page HTML: ${(Buffer.byteLength(first.body) / 1024).toFixed(1)} KB raw, ${(gzipSync(first.body).length / 1024).toFixed(1)} KB gzip`,
      );
    }
  } finally {
    child.kill("SIGTERM");
  }
}

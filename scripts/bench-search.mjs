#!/usr/bin/env node
// Benchmark of the site search (app/search/): index build time, memory and query latency per language; prints figures, asserts nothing (not a test).
/**
 * Usage: node --expose-gc scripts/bench-search.mjs [--json] [--n 30] [dataset ...]
 * Default datasets: studio/seed/production.ndjson (the demo) and .data/100k (generated
 * with scripts/generate-dataset.mjs when missing, as `npm run bench` does).
 *
 * In process, on the embedded source and the modules the server runs (bundled on the fly,
 * scripts/lib/load-ts.mjs): SEARCH_DOCUMENTS_QUERY once (what every rebuild reads), then per
 * language the documents for its fallback chain and the MiniSearch index, timed, with the
 * heap it adds (after a GC; --expose-gc); then each language's queries `n` times each,
 * the same call the page makes (ten hits with their highlighted snippets), p50/p95/max.
 * `--json` prints the figures as one JSON line instead (scripts/bench.mjs reads it).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadTs } from "./lib/load-ts.mjs";
import { formatSearchReport } from "./lib/search-report.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const argv = process.argv.slice(2);
const JSON_OUT = argv.includes("--json");
const N = Number(argv.includes("--n") ? argv[argv.indexOf("--n") + 1] : 30);
const named = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--n");
const DATASETS = named.length ? named : ["studio/seed/production.ndjson", ".data/100k"];

const { EmbeddedSource, queries, documentsFor, engine, analyzerFor, languages } = await loadTs({
  EmbeddedSource: "app/content/embedded.server.ts",
  queries: "app/content/queries.ts#*",
  documentsFor: "app/search/documents.ts",
  engine: "app/search/engine.ts#*",
  analyzerFor: "app/search/tokenize.ts",
  languages: "app/i18n/languages.ts#*",
});

const gc = globalThis.gc ?? (() => {});
if (!globalThis.gc && !JSON_OUT) console.error("note: run with node --expose-gc for heap figures after a GC");
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

/** Per language: common words, a rare one, a multi-word query, one typed without marks, one with no result. */
const QUERIES = {
  vi: ["hau giang", "Hậu Giang", "lễ hội", "khu công nghiệp", "dau tu nong nghiep", "zzqxv"],
  en: ["hau giang", "rice festival", "industrial park", "investment", "marathon", "zzqxv"],
  ja: ["ハウザン", "工業団地", "投資", "国際コメ", "団地", "ぞぞ"],
  ko: ["허우장", "허우장에서", "산업단지를", "투자", "축제", "ㅋㅋㅋ"],
  "zh-Hans": ["后江", "投资", "工业园区", "马拉松", "促进会议", "龘龘"],
  fr: ["hau giang", "economie", "investissement", "festival du riz", "parc industriel", "zzqxv"],
};

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const r1 = (v) => Math.round(v * 10) / 10;
const mb = (bytes) => Math.round(bytes / 2 ** 20);

async function benchDataset(datasetPath) {
  const source = new EmbeddedSource({ datasetPath, cacheSize: 0 });
  let t = performance.now();
  await source.warmUp();
  const loadMs = performance.now() - t;
  const heapLoaded = heap();
  t = performance.now();
  const content = await source.fetch(queries.SEARCH_DOCUMENTS_QUERY, {}, { perspective: "published" });
  const queryMs = performance.now() - t;
  const heapContent = heap();
  const perLang = {};
  const indexes = {};
  for (const lang of languages.LANGUAGE_IDS) {
    const before = heap();
    t = performance.now();
    const docs = documentsFor(content, languages.fallbackChain(lang));
    indexes[lang] = await engine.buildIndex(docs, analyzerFor(lang));
    const buildMs = performance.now() - t;
    perLang[lang] = { documents: docs.length, buildMs: r1(buildMs), heapMB: mb(heap() - before) };
  }
  for (const lang of languages.LANGUAGE_IDS) {
    const times = [];
    const totals = {};
    for (let i = 0; i < N; i++) {
      for (const q of QUERIES[lang]) {
        const t0 = performance.now();
        const page = engine.search(indexes[lang], q, { offset: 0, limit: 10 });
        times.push(performance.now() - t0);
        totals[q] = page.total;
      }
    }
    times.sort((a, b) => a - b);
    Object.assign(perLang[lang], {
      queries: times.length,
      p50Ms: r1(pct(times, 50)),
      p95Ms: r1(pct(times, 95)),
      maxMs: r1(times.at(-1)),
      hits: totals,
    });
  }
  return {
    dataset: datasetPath,
    loadMs: Math.round(loadMs),
    contentQueryMs: Math.round(queryMs),
    contentHeapMB: mb(heapContent - heapLoaded),
    indexHeapMB: Object.values(perLang).reduce((sum, l) => sum + l.heapMB, 0),
    rssMB: mb(process.memoryUsage().rss),
    languages: perLang,
  };
}

const report = { node: process.version, n: N, datasets: [] };
for (const dataset of DATASETS) {
  if (!existsSync(path.join(ROOT, dataset))) {
    if (dataset !== ".data/100k") {
      report.datasets.push({ dataset, missing: true });
      continue;
    }
    if (!JSON_OUT) console.error(`generating ${dataset} (node scripts/generate-dataset.mjs)`);
    execFileSync(process.execPath, ["scripts/generate-dataset.mjs"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  if (!JSON_OUT) console.error(`search bench: ${dataset}`);
  report.datasets.push(await benchDataset(path.join(ROOT, dataset)));
}

if (JSON_OUT) console.log(JSON.stringify(report));
else {
  console.log(`Search (MiniSearch, app/search/), Node ${report.node}, each query ${N}× (ten hits with snippets)`);
  console.log(formatSearchReport(report));
}

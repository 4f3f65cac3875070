#!/usr/bin/env node
// Benchmark of the embedded content source against plain groq-js (prints figures; not a test).
/**
 * Usage: node --expose-gc scripts/bench-content.mjs [dataset ...]
 * Default datasets: studio/seed/production.ndjson and .data/100k (make it with
 * scripts/generate-dataset.mjs). The TypeScript sources are bundled on the fly with
 * esbuild (installed with Remix), so no build step or TS runner is needed.
 */
import { existsSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { loadTs } from "./lib/load-ts.mjs";

const datasets = process.argv.slice(2).length ? process.argv.slice(2) : ["studio/seed/production.ndjson", ".data/100k"];

const { EmbeddedSource, readDataset, queries } = await loadTs({
  EmbeddedSource: "app/content/embedded.server.ts",
  readDataset: "app/content/dataset.server.ts",
  queries: "app/content/queries.ts#*",
});
const { evaluate, parse } = await import("groq-js");

const gc = globalThis.gc ?? (() => {});
const mb = (n) => `${(n / 1e6).toFixed(0)} MB`;
const ms = (n) => (n < 10 ? n.toFixed(2) : n.toFixed(0)) + " ms";
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
async function time(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function cases(docs) {
  const article = docs.find((d) => d._type === "article" && d.language === "vi" && !d._id.includes("."));
  const chain = ["en", "vi"];
  return [
    [
      "HOME_QUERY",
      queries.HOME_QUERY,
      (i) => ({ chain, source: "vi", today: `2025-11-${String((i % 28) + 1).padStart(2, "0")}` }),
    ],
    ["NEWS_LIST_QUERY", queries.NEWS_LIST_QUERY, (i) => ({ source: "vi", start: i * 12, end: i * 12 + 12 })],
    [
      "ARTICLE_QUERY",
      queries.ARTICLE_QUERY,
      (i) => ({ slug: article.slug.current, lang: ["en", "ja", "ko", "fr", "vi"][i % 5] }),
    ],
  ];
}

for (const datasetPath of datasets) {
  if (!existsSync(datasetPath)) {
    console.log(`\n${datasetPath}: missing (node scripts/generate-dataset.mjs)`);
    continue;
  }
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const source = new EmbeddedSource({ datasetPath });
  const loadMs = await time(() => source.load());
  const indexMs = await time(() => source.fetch(`count(*[_id == "siteSettings"])`));
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  const uncached = new EmbeddedSource({ datasetPath, cacheSize: 0 });
  await uncached.fetch(`count(*[_id == "siteSettings"])`);
  const { documents } = await readDataset(datasetPath, { projectId: "local", dataset: "production", baseUrl: "" });
  const published = documents.filter((d) => !d._id.includes("."));
  console.log(`\n== ${datasetPath}: ${documents.length} documents`);
  console.log(
    `load ${ms(loadMs)}, index ${ms(indexMs)}, heap +${mb(heapAfter - heapBefore)} (rss ${mb(process.memoryUsage().rss)})`,
  );
  console.log(
    "query            | embedded cold | embedded warm (cached) | embedded uncached (median) | plain groq-js (median)",
  );
  for (const [name, query, paramsFor] of cases(documents)) {
    const cold = await time(() => source.fetch(query, paramsFor(0)));
    const warm = [];
    for (let i = 0; i < 20; i++) warm.push(await time(() => source.fetch(query, paramsFor(0))));
    const miss = [];
    for (let i = 1; i <= 10; i++) miss.push(await time(() => uncached.fetch(query, paramsFor(i))));
    const plain = [];
    let same = true;
    const runs = documents.length > 10_000 ? 1 : 10;
    for (let i = 1; i <= runs; i++) {
      const params = paramsFor(i);
      let expected;
      plain.push(
        await time(
          async () =>
            (expected = await (await evaluate(parse(query, { params }), { dataset: published, params })).get()),
        ),
      );
      same &&= isDeepStrictEqual(await uncached.fetch(query, params), expected);
    }
    console.log(
      `${name.padEnd(16)} | ${ms(cold).padStart(13)} | ${ms(median(warm)).padStart(22)} | ${ms(median(miss)).padStart(26)} | ${ms(median(plain)).padStart(22)}` +
        (same ? "  (same result)" : "  RESULTS DIFFER"),
    );
  }
  source.close();
  uncached.close();
}

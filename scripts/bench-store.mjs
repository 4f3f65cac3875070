#!/usr/bin/env node
// Benchmark of the content store (prints figures; not a test): seed, query and mutation latency and throughput over its HTTP API.
/**
 * Usage: node scripts/bench-store.mjs [dataset ...]
 * Default datasets: studio/seed/production.ndjson and .data/100k (make it with
 * `node scripts/generate-dataset.mjs`), measured side by side in one run. Each dataset
 * is seeded into a fresh SQLite file in a temporary folder, served by the store's own
 * handler on a loopback node:http server, and asked through fetch:
 * - queries (anonymous, published): an article by slug, the news list page, a count by
 *   type; warm (repeated: the engine's result cache) and after a commit (re-index);
 * - mutations (a token holder): one patch at a time (latency), then 8 clients at once
 *   (throughput), each acknowledged only after SQLite's synchronous commit.
 * The TypeScript sources are bundled on the fly with esbuild (installed with Remix).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadTs } from "./lib/load-ts.mjs";

const datasets = process.argv.slice(2).length ? process.argv.slice(2) : ["studio/seed/production.ndjson", ".data/100k"];
const TOKEN = "bench-token-0123456789abcdefghij";

const dir = mkdtempSync(path.join(tmpdir(), "bench-store-"));
const { ContentStore, StoreQuery, ListenHub, createStoreHandler, tokenAuthenticator, queries } = await loadTs({
  ContentStore: "app/store/store.server.ts",
  StoreQuery: "app/store/query.server.ts",
  ListenHub: "app/store/listen.server.ts",
  createStoreHandler: "app/store/http.server.ts",
  tokenAuthenticator: "app/store/token-auth.server.ts",
  queries: "app/content/queries.ts#*",
});

const fmt = (n) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { p50: at(0.5), p95: at(0.95) };
}

async function measure(datasetPath) {
  const file = path.join(dir, `${path.basename(path.dirname(path.resolve(datasetPath)))}-${Date.now()}.sqlite`);
  let t = performance.now();
  const store = await ContentStore.open({ file, seedDataset: datasetPath });
  const seedMs = performance.now() - t;
  const docs = store.size;
  store.close();
  // After close: the WAL is checkpointed into the main file.
  const dbMb = statSync(file).size / 1e6;
  // The same documents as ONE commit of createOrReplace mutations (how an import writes them).
  const importFile = `${file}.import.sqlite`;
  const importer = await ContentStore.open({ file: importFile });
  const mutations = [];
  {
    const seeded = await ContentStore.open({ file });
    for (const doc of seeded.documents()) mutations.push({ createOrReplace: doc });
    seeded.close();
  }
  t = performance.now();
  importer.commit(mutations, { identity: null, author: "system" });
  const importMs = performance.now() - t;
  mutations.length = 0; // let the copies go before the latency runs
  importer.close();
  rmSync(importFile, { force: true });

  t = performance.now();
  const reopened = await ContentStore.open({ file });
  const reopenMs = performance.now() - t;

  const query = new StoreQuery(reopened, { datasetPath });
  const handler = createStoreHandler({
    store: reopened,
    query,
    hub: new ListenHub(reopened),
    authenticator: tokenAuthenticator(TOKEN),
    projectId: "demo1234",
    dataset: "production",
  });
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const api = `http://127.0.0.1:${server.address().port}/api/store/v2025-02-19/data`;
  const auth = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };

  const all = [...reopened.documents()];
  const article = all.find((d) => d._type === "article" && d.language === "vi" && !d._id.includes(".") && d.slug);
  const cases = [
    ["article by slug", queries.ARTICLE_QUERY, { slug: article.slug.current, lang: "vi" }],
    ["news list page", queries.NEWS_LIST_QUERY, { source: "vi", start: 0, end: 10 }],
    ["count by type", "count(*[_type == $type])", { type: "article" }],
  ];
  const ask = async (q, params, headers = {}) => {
    const qs = new URLSearchParams({ query: q });
    for (const [k, v] of Object.entries(params)) qs.set(`$${k}`, JSON.stringify(v));
    const started = performance.now();
    const response = await fetch(`${api}/query/production?${qs}`, { headers });
    if (response.status !== 200) throw new Error(`query: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    return performance.now() - started;
  };
  const patchOnce = async (id) => {
    const started = performance.now();
    const response = await fetch(`${api}/mutate/production`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ mutations: [{ patch: { id, inc: { benchCount: 1 }, setIfMissing: { benchCount: 0 } } }] }),
    });
    if (response.status !== 200) throw new Error(`mutate: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    return performance.now() - started;
  };

  const rows = [];
  for (const [name, q, params] of cases) {
    const first = await ask(q, params); // includes the first index build
    const warm = [];
    for (let i = 0; i < 30; i++) warm.push(await ask(q, params));
    const afterCommit = [];
    for (let i = 0; i < 5; i++) {
      await patchOnce(article._id);
      afterCommit.push(await ask(q, params));
    }
    rows.push({ name, first, warm: stats(warm).p50, afterCommit: stats(afterCommit).p50 });
  }

  // Query throughput: 8 clients, the three queries round-robin, no commits in between.
  let served = 0;
  t = performance.now();
  const queryDeadline = t + 2_000;
  await Promise.all(
    Array.from({ length: 8 }, async (_, c) => {
      for (let i = c; performance.now() < queryDeadline; i++) {
        const [, q, params] = cases[i % cases.length];
        await ask(q, params);
        served++;
      }
    }),
  );
  const queriesPerSecond = served / ((performance.now() - t) / 1000);

  // Mutation latency: one at a time.
  const latencies = [];
  for (let i = 0; i < 100; i++) latencies.push(await patchOnce(article._id));
  // Mutation throughput: 8 clients, each creating its own documents.
  let committed = 0;
  t = performance.now();
  const deadline = t + 3_000;
  await Promise.all(
    Array.from({ length: 8 }, async (_, c) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const response = await fetch(`${api}/mutate/production`, {
          method: "POST",
          headers: auth,
          body: JSON.stringify({ mutations: [{ create: { _id: `bench-${c}-${i}`, _type: "bench", i } }] }),
        });
        if (response.status !== 200) throw new Error(`mutate: ${response.status}`);
        await response.arrayBuffer();
        committed++;
      }
    }),
  );
  const mutationsPerSecond = committed / ((performance.now() - t) / 1000);

  handler.close();
  await new Promise((resolve) => server.close(resolve));
  reopened.close();
  return {
    datasetPath,
    docs,
    seedMs,
    importMs,
    reopenMs,
    dbMb,
    rows,
    queriesPerSecond,
    mutation: stats(latencies),
    mutationsPerSecond,
  };
}

const results = [];
for (const d of datasets) {
  if (!existsSync(d)) {
    console.warn(`skipping ${d}: not found (node scripts/generate-dataset.mjs makes .data/100k)`);
    continue;
  }
  results.push(await measure(d));
}
rmSync(dir, { recursive: true, force: true });

const col = (values) => values.map((v) => String(v).padStart(16)).join("");
console.log(`\nContent store over HTTP (loopback, node ${process.version})\n`);
console.log("".padEnd(44) + col(results.map((r) => `${r.docs} docs`)));
const line = (label, pick) => console.log(label.padEnd(44) + col(results.map(pick)));
line("seed into SQLite (first start)", (r) => `${fmt(r.seedMs)} ms`);
line("import as one commit (createOrReplace)", (r) => `${fmt(r.importMs)} ms`);
line("reopen (load every document)", (r) => `${fmt(r.reopenMs)} ms`);
line("database size", (r) => `${fmt(r.dbMb)} MB`);
for (let i = 0; i < results[0].rows.length; i++) {
  const name = results[0].rows[i].name;
  line(`query ${name}: first (builds indexes)`, (r) => `${fmt(r.rows[i].first)} ms`);
  line(`query ${name}: warm p50`, (r) => `${fmt(r.rows[i].warm)} ms`);
  line(`query ${name}: after a commit p50`, (r) => `${fmt(r.rows[i].afterCommit)} ms`);
}
line("queries/s, 8 clients, no writes", (r) => `${fmt(r.queriesPerSecond)}/s`);
line("mutation (patch) latency p50", (r) => `${fmt(r.mutation.p50)} ms`);
line("mutation (patch) latency p95", (r) => `${fmt(r.mutation.p95)} ms`);
line("mutations/s, 8 clients (create)", (r) => `${fmt(r.mutationsPerSecond)}/s`);

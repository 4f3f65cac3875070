// The uncached render cost of pages: shared by the benchmark scripts (prints nothing itself; not a test).
/**
 * `renderCost({ dataset, pages, n })` starts the production build (`node server.js`, run
 * `npx remix build` first) on a free loopback port in the default mode, the content store,
 * seeded from `dataset` into a fresh SQLite file in a temporary folder (a store file that
 * exists already, .data/store.sqlite, would otherwise be served whatever CONTENT_DATASET says).
 * It then requests each page path `n` times in turn and resolves with
 * `{ startMs, pages: { [path]: { median, min, max, bytes } } }` (ms, bytes of the last body).
 *
 * "Uncached" means every request runs its loaders' GROQ queries and renders React anew:
 * - CONTENT_RESULT_CACHE=0 turns off the GROQ engine's result cache (app/content/embedded.server.ts);
 *   what is built once per content version (indexes, sorted lists, UI-string overrides) stays,
 *   as it does on a live server between publishes;
 * - each request carries a query parameter no page reads (`?render-cost=<i>`), so no
 *   response cache keyed by URL answers it.
 * One request per path first, not counted: it builds those per-version structures.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startBuiltServer, timeGet } from "./bench-server.mjs";
import { loadTs } from "./load-ts.mjs";

/**
 * One path per page type of tests/pages.ts (the list every page check visits), in `lang`:
 * `{ home: "/vi", news: "/vi/news", … }`, without the 404 page and the second article case.
 */
export async function pageTypePaths(lang = "vi") {
  const { PAGE_TYPES } = await loadTs({ PAGE_TYPES: "tests/pages.ts" });
  const types = PAGE_TYPES.filter((t) => t.status === 200 && t.name !== "article-fallback");
  return Object.fromEntries(types.map((t) => [t.name, t.path(lang)]));
}

/** The path with the cache-defeating parameter added (`&` when it has a query already). */
const vary = (page, i) => `${page}${page.includes("?") ? "&" : "?"}render-cost=${i}`;

const median = (sorted) =>
  sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;

/**
 * @param {{ dataset: string, pages: string[], n?: number, env?: Record<string, string> }} options
 *   dataset: CONTENT_DATASET (a folder with data.ndjson or an .ndjson file); pages: paths such as `/vi/news`.
 */
export async function renderCost({ dataset, pages, n = 20, env = {} }) {
  const dir = mkdtempSync(path.join(tmpdir(), "render-cost-"));
  const { base, child, startMs } = await startBuiltServer(
    {
      CONTENT_DATASET: dataset,
      CONTENT_RESULT_CACHE: "0",
      STORE_DB: path.join(dir, "store.sqlite"),
      INQUIRY_DB: path.join(dir, "inquiries.sqlite"),
      ...env,
    },
    { timeoutMs: 600_000 },
  );
  try {
    const result = {};
    for (const page of pages) {
      await timeGet(base + vary(page, "warm"));
      const times = [];
      let bytes = 0;
      for (let i = 0; i < n; i++) {
        const { ms, body } = await timeGet(base + vary(page, i));
        times.push(ms);
        bytes = Buffer.byteLength(body);
      }
      times.sort((a, b) => a - b);
      result[page] = { median: median(times), min: times[0], max: times.at(-1), bytes };
    }
    return { startMs, pages: result };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", resolve)));
    rmSync(dir, { recursive: true, force: true });
  }
}

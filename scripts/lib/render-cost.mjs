// Placeholder until the render-cost branch lands its own module of this name: what rendering a page costs the server without any cache in front.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startBuiltServer, timeGet } from "./bench-server.mjs";

/**
 * `renderCost({ dataset, pages, n })` → `{ [path]: median ms }` over `n` sequential requests
 * per path, each with a query string no request had before (a response cache keyed by URL
 * misses). A server of its own on `dataset`, its content store in a temporary folder.
 */
export async function renderCost({ dataset, pages, n = 20 }) {
  const dir = mkdtempSync(path.join(tmpdir(), "hg-render-cost-"));
  const { base, child } = await startBuiltServer({
    CONTENT_DATASET: dataset,
    STORE_DB: path.join(dir, "store.sqlite"),
    INQUIRY_DB: path.join(dir, "inquiries.sqlite"),
  });
  try {
    const result = {};
    for (const page of pages) {
      await timeGet(`${base}${page}?warm`).catch(() => {});
      const ms = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        await (await fetch(`${base}${page}?render-cost=${i}`)).text();
        ms.push(performance.now() - t0);
      }
      ms.sort((a, b) => a - b);
      result[page] = ms[Math.floor(ms.length / 2)];
    }
    return result;
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    rmSync(dir, { recursive: true, force: true });
  }
}

#!/usr/bin/env node
// `/en` latency idle and during bursts of heavy requests (image transforms, prospectus PDFs); prints figures, not a test.
/**
 * Usage: npx remix build && node scripts/bench-heavy.mjs
 * Starts the production build on a free port (fresh temporary data folder, so the image
 * cache starts cold; the per-client PDF limit lifted, the bench being one client) and runs three bursts while it samples `/en`
 * (scripts/lib/burst.mjs), each burst 3 rounds with samples pooled: 8 AVIF transforms at
 * 2400 px with different `q`; 8 images of 8 different widths (each a real transform); 16
 * prospectus PDFs of different languages and sectors (the six languages, so the first
 * round parses every font family); 16 identical prospectus PDFs (one render, fifteen waiting
 * for it, a new choice each round).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { heavyBurst, heavyBursts, pageLatencyDuringBurst } from "./lib/burst.mjs";
import { startBuiltServer } from "./lib/bench-server.mjs";

const data = mkdtempSync(path.join(tmpdir(), "hg-bench-heavy-"));
const { base, child } = await startBuiltServer({
  STORE_DB: path.join(data, "store.sqlite"),
  INQUIRY_DB: path.join(data, "inquiries.sqlite"),
  // The bench is one client: measure the queue and the cache, not the per-client limit.
  PROSPECTUS_RATE_LIMIT: "100000",
});
try {
  const html = await (await fetch(`${base}/en`)).text();
  const image = /\/images\/[^"?]+\.(?:png|jpg|jpeg|webp)/.exec(html)?.[0];
  if (!image) throw new Error("no image on /en");

  const bursts = heavyBursts(base, image);
  const scenarios = {
    "8 images (avif, w=2400, q=31..38)": bursts.avif,
    "8 images (8 widths)": bursts.images,
    "16 prospectus PDFs (different)": bursts.pdfs,
    "16 prospectus PDFs (identical)": bursts.pdfsIdentical,
  };
  console.log(`/en p99 idle (100 sequential) and while the burst is in flight, ${base}`);
  for (const [name, urls] of Object.entries(scenarios)) {
    const burst = heavyBurst(urls);
    const r = await pageLatencyDuringBurst({ baseUrl: base, pagePath: "/en", burst, rounds: 3 });
    console.log(
      `${name.padEnd(36)} idle p99 ${String(r.idleP99).padStart(6)} ms  burst p99 ${String(r.burstP99).padStart(7)} ms  ratio ${String(r.ratio).padStart(6)}  (${r.burstSamples} samples, ${r.burstMs} ms a round, ${JSON.stringify(r.statuses)})`,
    );
  }
} finally {
  child.kill("SIGTERM");
}

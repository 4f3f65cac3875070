#!/usr/bin/env node
// `/en` latency idle and during bursts of heavy requests (image transforms, prospectus PDFs); prints figures, not a test.
/**
 * Usage: npx remix build && node scripts/bench-heavy.mjs
 * Starts the production build on a free port (fresh temporary data folder, so the image
 * cache starts cold) and runs three bursts while it samples `/en`
 * (scripts/lib/burst.mjs): 8 AVIF transforms at 2400 px with different `q`, 16 prospectus
 * PDFs of different languages and sectors, and 16 identical prospectus PDFs.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { heavyBurst, pageLatencyDuringBurst } from "./lib/burst.mjs";
import { startBuiltServer } from "./lib/bench-server.mjs";

const data = mkdtempSync(path.join(tmpdir(), "hg-bench-heavy-"));
const { base, child } = await startBuiltServer({
  STORE_DB: path.join(data, "store.sqlite"),
  INQUIRY_DB: path.join(data, "inquiries.sqlite"),
});
try {
  const html = await (await fetch(`${base}/en`)).text();
  const image = /\/images\/[^"?]+\.(?:png|jpg|jpeg|webp)/.exec(html)?.[0];
  if (!image) throw new Error("no image on /en");

  const LANGS = ["vi", "en", "ja", "ko", "zh-Hans", "fr"];
  const SECTORS = ["industry", "agriculture", "tourism", "energy", "logistics", "urban", "infrastructure"];
  const scenarios = {
    "8 images (avif, w=2400, q=31..38)": Array.from(
      { length: 8 },
      (_, i) => `${base}${image}?w=2400&fm=avif&q=${31 + i}`,
    ),
    "16 prospectus PDFs (different)": Array.from(
      { length: 16 },
      (_, i) => `${base}/${LANGS[i % LANGS.length]}/invest/prospectus.pdf?sector=${SECTORS[i % SECTORS.length]}`,
    ),
    "16 prospectus PDFs (identical)": Array.from(
      { length: 16 },
      () => `${base}/fr/invest/prospectus.pdf?sector=energy`,
    ),
  };
  console.log(`/en p99 idle (100 sequential) and while the burst is in flight, ${base}`);
  for (const [name, urls] of Object.entries(scenarios)) {
    const burst = heavyBurst(urls);
    const r = await pageLatencyDuringBurst({ baseUrl: base, pagePath: "/en", burst });
    console.log(
      `${name.padEnd(36)} idle p99 ${String(r.idleP99).padStart(6)} ms  burst p99 ${String(r.burstP99).padStart(7)} ms  ratio ${String(r.ratio).padStart(6)}  (${r.burstSamples} samples, burst ${r.burstMs} ms, ${JSON.stringify(r.statuses)})`,
    );
  }
} finally {
  child.kill("SIGTERM");
}

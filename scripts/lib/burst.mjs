// Placeholder until the heavy-endpoints branch lands its own module of this name: does a burst of PDF and image requests slow the pages down?
import { performance } from "node:perf_hooks";

const p99 = (ms) => ms.sort((a, b) => a - b)[Math.min(ms.length - 1, Math.floor(0.99 * ms.length))];

async function timeSequential(url, count) {
  const ms = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await (await fetch(url)).arrayBuffer();
    ms.push(performance.now() - t0);
  }
  return ms;
}

/**
 * `burst(baseUrl, { path, pdfs, images, samples })` → `{ idleP99, burstP99, ratio }` (ms):
 * `path` timed alone, then again while `pdfs` prospectus PDFs and `images` resized images
 * (widths no earlier request asked for, so the server resizes each) are in flight.
 */
export async function burst(baseUrl, { path = "/en", pdfs = 16, images = 8, samples = 30 } = {}) {
  const idle = await timeSequential(baseUrl + path, samples);
  const home = await (await fetch(`${baseUrl}/en`)).text();
  const image = home.match(/\/images\/[^"' ?]+\.(?:jpg|png|webp)/)?.[0];
  const form = await (await fetch(`${baseUrl}/en/invest/prospectus`)).text();
  const ids = [...form.matchAll(/name="opportunity"[^>]*value="([^"]+)"/g)].map((m) => `opportunity=${m[1]}`);
  const heavy = [
    ...Array.from(
      { length: pdfs },
      (_, i) => `${baseUrl}/en/invest/prospectus.pdf?${ids.slice(0, 3).join("&")}&b=${i}`,
    ),
    ...(image ? Array.from({ length: images }, (_, i) => `${baseUrl}${image}?w=${401 + i}&fm=webp`) : []),
  ];
  let inFlight = true;
  const load = Promise.all(heavy.map(async (url) => (await fetch(url)).arrayBuffer())).finally(() => {
    inFlight = false;
  });
  const during = [];
  while (inFlight) during.push(...(await timeSequential(baseUrl + path, 1)));
  await load;
  const idleP99 = p99(idle);
  const burstP99 = p99(during);
  return { idleP99, burstP99, ratio: burstP99 / idleP99 };
}

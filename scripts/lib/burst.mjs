// Page latency while expensive requests are in flight: the check that heavy endpoints (image transforms, the prospectus PDF) do not starve pages.
/**
 * Usage (from a bench script, against a running server):
 *
 *   import { pageLatencyDuringBurst, heavyBurst } from "./lib/burst.mjs";
 *   const result = await pageLatencyDuringBurst({
 *     baseUrl: "http://127.0.0.1:3000",
 *     pagePath: "/en",
 *     burst: heavyBurst((round) => urls), // (round) => Promise[]: starts N requests, one promise each
 *     rounds: 3, // optional: bursts one after another, their samples pooled (a p99 of more than a handful)
 *   });
 *   // { idleP99, burstP99, ratio, idleSamples, burstSamples, burstMs, statuses }
 *
 * It first asks for the page `idleRequests` times one after another (after a short
 * warm-up) and takes the p99; then it starts the burst and asks for the page again, one
 * request after another, for as long as any burst request is in flight (at least
 * `minBurstSamples` times per round), and takes that p99 over every round. `ratio` is
 * burstP99 / idleP99: the goal is at most 2. A burst that asks for the same URLs each
 * round measures caches after the first; make `burst(round)` vary them to measure work.
 * Bounded: every request has a timeout, and each round's sampling stops after `maxMs`.
 */
import { performance } from "node:perf_hooks";

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function timedGet(url, timeoutMs) {
  const started = performance.now();
  const response = await fetch(url, {
    signal: AbortSignal.timeout(timeoutMs),
    headers: { "Accept-Encoding": "identity" },
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

/**
 * A burst of GETs (one request per URL, all at once), for `pageLatencyDuringBurst`:
 * `urls` is a list, or a function of the round giving one. Every response body is read;
 * the returned function's promises never reject, and `statuses` counts what came back
 * (e.g. { 200: 2, 429: 14 }) for the report.
 */
export function heavyBurst(urls, { headers = {}, timeoutMs = 120_000 } = {}) {
  const statuses = {};
  const start = (round = 0) =>
    (typeof urls === "function" ? urls(round) : urls).map(async (url) => {
      try {
        const response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
        await response.arrayBuffer();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      } catch (error) {
        statuses[error.name] = (statuses[error.name] ?? 0) + 1;
      }
    });
  start.statuses = statuses;
  return start;
}

/**
 * @param {object} options
 * @param {string} options.baseUrl origin of a running server, e.g. http://127.0.0.1:3000
 * @param {string} [options.pagePath] the page whose latency matters (default /en)
 * @param {(round: number) => Promise<unknown>[]} options.burst starts the heavy requests; one promise per request
 * @param {number} [options.rounds] bursts to run one after another, samples pooled (default 1)
 * @param {number} [options.idleRequests] sequential page requests for the idle p99 (default 100)
 * @param {number} [options.minBurstSamples] page requests during each burst at least (default 20)
 * @param {number} [options.maxMs] stop sampling a round after this long (default 60 s)
 * @param {number} [options.requestTimeoutMs] timeout of one page request (default 30 s)
 */
export async function pageLatencyDuringBurst({
  baseUrl,
  pagePath = "/en",
  burst,
  rounds = 1,
  idleRequests = 100,
  minBurstSamples = 20,
  maxMs = 60_000,
  requestTimeoutMs = 30_000,
}) {
  const page = baseUrl.replace(/\/$/, "") + pagePath;
  for (let i = 0; i < 5; i++) await timedGet(page, requestTimeoutMs); // warm-up: caches, JIT
  const idle = [];
  for (let i = 0; i < idleRequests; i++) idle.push(await timedGet(page, requestTimeoutMs));

  const during = [];
  let burstMs = 0;
  for (let round = 0; round < rounds; round++) {
    const roundStart = performance.now();
    let pending = 0;
    const requests = burst(round).map((p) => {
      pending += 1;
      return Promise.resolve(p).finally(() => (pending -= 1));
    });
    let samples = 0;
    while ((pending > 0 || samples < minBurstSamples) && performance.now() - roundStart < maxMs) {
      during.push(await timedGet(page, requestTimeoutMs));
      samples += 1;
    }
    await Promise.allSettled(requests);
    burstMs += performance.now() - roundStart;
  }

  idle.sort((a, b) => a - b);
  during.sort((a, b) => a - b);
  const idleP99 = quantile(idle, 0.99);
  const burstP99 = quantile(during, 0.99);
  return {
    idleP99: Math.round(idleP99 * 10) / 10,
    burstP99: Math.round(burstP99 * 10) / 10,
    ratio: Math.round((burstP99 / idleP99) * 100) / 100,
    idleSamples: idle.length,
    burstSamples: during.length,
    /** Mean wall time of one round. */
    burstMs: Math.round(burstMs / rounds),
    statuses: burst.statuses,
  };
}

/** The six languages and the sectors the prospectus offers, for bursts of different PDFs. */
const LANGS = ["vi", "en", "ja", "ko", "zh-Hans", "fr"];
const SECTORS = ["industry", "agriculture", "tourism", "energy", "logistics", "urban", "infrastructure"];
const WIDTHS = [320, 480, 640, 800, 960, 1200, 1600, 2000];
const FORMATS = ["avif", "webp", "jpg"];

/**
 * The bursts the benchmarks run, as functions of the round for `heavyBurst`: `pdfs`, 16
 * prospectus PDFs of different languages and sectors; `pdfsIdentical`, 16 of one choice (a new
 * one each round); `images`, one image (a path such as `/images/…png` taken from a page) in 8
 * widths, a new format each round so every round transforms; `avif`, 8 AVIF variants at 2400 px
 * with different `q`.
 */
export function heavyBursts(baseUrl, imagePath) {
  const pdf = (lang, sector) => `${baseUrl}/${lang}/invest/prospectus.pdf?sector=${sector}`;
  return {
    pdfs: (round) =>
      Array.from({ length: 16 }, (_, i) =>
        pdf(LANGS[(i + round) % LANGS.length], SECTORS[(i + 2 * round) % SECTORS.length]),
      ),
    pdfsIdentical: (round) => Array.from({ length: 16 }, () => pdf("fr", SECTORS[round % SECTORS.length])),
    images: (round) => WIDTHS.map((w) => `${baseUrl}${imagePath}?w=${w}&fm=${FORMATS[round % FORMATS.length]}`),
    avif: (round) =>
      Array.from({ length: 8 }, (_, i) => `${baseUrl}${imagePath}?w=2400&fm=avif&q=${31 + i + 10 * round}`),
  };
}

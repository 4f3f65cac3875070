// Page latency while expensive requests are in flight: the check that heavy endpoints (image transforms, the prospectus PDF) do not starve pages.
/**
 * Usage (from a bench script, against a running server):
 *
 *   import { pageLatencyDuringBurst, heavyBurst } from "./lib/burst.mjs";
 *   const result = await pageLatencyDuringBurst({
 *     baseUrl: "http://127.0.0.1:3000",
 *     pagePath: "/en",
 *     burst: heavyBurst(urls), // () => Promise[]: starts N requests, one promise each
 *   });
 *   // { idleP99, burstP99, ratio, idleSamples, burstSamples, burstMs, statuses }
 *
 * It first asks for the page `idleRequests` times one after another (after a short
 * warm-up) and takes the p99; then it starts the burst and asks for the page again, one
 * request after another, for as long as any burst request is in flight (at least
 * `minBurstSamples` times), and takes that p99. `ratio` is burstP99 / idleP99: the goal
 * is at most 2. Bounded: every request has a timeout, and sampling stops after `maxMs`.
 */
import { performance } from "node:perf_hooks";

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function timedGet(url, timeoutMs) {
  const t0 = performance.now();
  const response = await fetch(url, {
    signal: AbortSignal.timeout(timeoutMs),
    headers: { "Accept-Encoding": "identity" },
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return performance.now() - t0;
}

/**
 * A burst of GETs to `urls` (one request each, all at once), for `pageLatencyDuringBurst`.
 * Every response body is read; the returned function's promises never reject, and
 * `statuses` counts what came back (e.g. { 200: 2, 429: 14 }) for the report.
 */
export function heavyBurst(urls, { headers = {}, timeoutMs = 120_000 } = {}) {
  const statuses = {};
  const start = () =>
    urls.map(async (url) => {
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
 * @param {() => Promise<unknown>[]} options.burst starts the heavy requests; one promise per request
 * @param {number} [options.idleRequests] sequential page requests for the idle p99 (default 100)
 * @param {number} [options.minBurstSamples] page requests during the burst at least (default 20)
 * @param {number} [options.maxMs] stop sampling the burst after this long (default 60 s)
 */
export async function pageLatencyDuringBurst({
  baseUrl,
  pagePath = "/en",
  burst,
  idleRequests = 100,
  minBurstSamples = 20,
  maxMs = 60_000,
  requestTimeoutMs = 30_000,
}) {
  const page = baseUrl.replace(/\/$/, "") + pagePath;
  for (let i = 0; i < 5; i++) await timedGet(page, requestTimeoutMs); // warm-up: caches, JIT
  const idle = [];
  for (let i = 0; i < idleRequests; i++) idle.push(await timedGet(page, requestTimeoutMs));

  const t0 = performance.now();
  let pending = 0;
  const requests = burst().map((p) => {
    pending += 1;
    return Promise.resolve(p).finally(() => (pending -= 1));
  });
  const during = [];
  while ((pending > 0 || during.length < minBurstSamples) && performance.now() - t0 < maxMs) {
    during.push(await timedGet(page, requestTimeoutMs));
  }
  await Promise.allSettled(requests);
  const burstMs = performance.now() - t0;

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
    burstMs: Math.round(burstMs),
    statuses: burst.statuses,
  };
}

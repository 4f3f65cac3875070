/**
 * What keeps prospectus PDFs (0.1–1 s of CPU each, laid out in a worker thread: render-worker.server.ts) from starving
 * pages: rendered PDFs are kept by language, normalized choice, content version and the
 * day they show (`key`), so a second identical request is a copy; requests for a PDF
 * being rendered wait for that render; at most `RENDER_CONCURRENCY` render at once with
 * `MAX_QUEUE` waiting (beyond that: busy, a 503); and each client may cause at most
 * PROSPECTUS_RATE_LIMIT renders per window (cache hits are free; beyond: a 429).
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "~/utils/env.server";
import { QueueFullError, Semaphore } from "~/utils/semaphore";

const RENDER_CONCURRENCY = 1;
const MAX_QUEUE = 8;
/** Seconds a client is told to wait when the queue is full: about what the queue takes to drain. */
const BUSY_RETRY_S = 5;
/** A backstop for sources without a content version: a cached PDF is at most this old. */
const TTL_MS = 10 * 60 * 1000;
const MAX_CACHE_BYTES = 32 * 1024 * 1024;

export type ProspectusResult =
  | { kind: "pdf"; body: Buffer; cache: "hit" | "miss" }
  | { kind: "rateLimited"; retryAfterS: number }
  | { kind: "busy"; retryAfterS: number };

interface Entry {
  body: Buffer;
  at: number;
}

/** Least recently used first out, bounded by bytes. */
class PdfCache {
  private map = new Map<string, Entry>();
  private bytes = 0;
  get(key: string, now: number): Buffer | undefined {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    this.map.delete(key);
    if (now - entry.at > TTL_MS) {
      this.bytes -= entry.body.length;
      return undefined;
    }
    this.map.set(key, entry);
    return entry.body;
  }
  set(key: string, body: Buffer, now: number): void {
    if (body.length > MAX_CACHE_BYTES / 4) return;
    const old = this.map.get(key);
    if (old) this.bytes -= old.body.length;
    this.map.delete(key);
    this.map.set(key, { body, at: now });
    this.bytes += body.length;
    for (const [oldest, entry] of this.map) {
      if (this.bytes <= MAX_CACHE_BYTES) break;
      this.map.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }
}

// On globalThis, like the inquiry limiter: one per process, whatever rebuilds `remix dev` does.
interface State {
  cache: PdfCache;
  renders: Semaphore;
  inFlight: Map<string, Promise<Buffer>>;
  limiter: RateLimiterMemory;
  /** The PDF key and Content-Disposition of a request as it came (see `knownProspectus`). */
  byRequest: Map<string, { key: string; disposition: string }>;
}
const holder = globalThis as typeof globalThis & { __prospectus?: State };
function state(): State {
  holder.__prospectus ??= {
    cache: new PdfCache(),
    renders: new Semaphore(RENDER_CONCURRENCY, MAX_QUEUE),
    inFlight: new Map(),
    byRequest: new Map(),
    limiter: new RateLimiterMemory({
      keyPrefix: "prospectus",
      points: env().PROSPECTUS_RATE_LIMIT,
      duration: env().PROSPECTUS_RATE_WINDOW_S,
    }),
  };
  return holder.__prospectus;
}

/** Request keys remembered at most (a plain bound: past it the list starts again). */
const MAX_REQUEST_KEYS = 2_000;

/**
 * A PDF already made for a request as it came (`requestKey`: language, query string, content
 * version and day), with its Content-Disposition: the route answers it before running the
 * content query and the views, which cost the main thread more than copying the PDF out.
 */
export function knownProspectus(requestKey: string): { body: Buffer; disposition: string } | undefined {
  const s = state();
  const known = s.byRequest.get(requestKey);
  const body = known && s.cache.get(known.key, Date.now());
  return body ? { body, disposition: known.disposition } : undefined;
}

/** After a PDF was answered: `requestKey` names it from now on (see `knownProspectus`). */
export function rememberProspectus(requestKey: string, key: string, disposition: string): void {
  const s = state();
  if (s.byRequest.size >= MAX_REQUEST_KEYS) s.byRequest.clear();
  s.byRequest.set(requestKey, { key, disposition });
}

/** The client a render counts against: the address server.js puts in the load context (`clientIp`). */
export function clientOf(context: unknown): string {
  const ip = (context as { clientIp?: unknown } | undefined)?.clientIp;
  return typeof ip === "string" && ip ? ip : "unknown";
}

/** The cached PDF for `key`, or one `render` makes (shared with concurrent requests for the same key). */
export async function prospectusPdf(
  key: string,
  client: string,
  render: () => Promise<Buffer>,
): Promise<ProspectusResult> {
  const s = state();
  const cached = s.cache.get(key, Date.now());
  if (cached) return { kind: "pdf", body: cached, cache: "hit" };
  let pending = s.inFlight.get(key);
  const started = !pending;
  if (!pending) {
    try {
      await s.limiter.consume(client);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return { kind: "rateLimited", retryAfterS: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    }
    pending = s.renders
      .run(render)
      .then((body) => {
        s.cache.set(key, body, Date.now());
        return body;
      })
      .finally(() => s.inFlight.delete(key));
    s.inFlight.set(key, pending);
  }
  try {
    return { kind: "pdf", body: await pending, cache: "miss" };
  } catch (error) {
    if (error instanceof QueueFullError) {
      // Nothing was rendered: the refusal does not count against the client.
      if (started) await s.limiter.reward(client);
      return { kind: "busy", retryAfterS: BUSY_RETRY_S };
    }
    throw error;
  }
}

/**
 * What routes call to read content: `loadQuery(query, params)` on the source chosen
 * from the environment (the content store unless SANITY_PROJECT_ID is set).
 *
 * Resilience (stale while revalidate): a query with a last good result waits for the source
 * at most CONTENT_STALE_AFTER_MS; past it, or at once while the source is known to be
 * failing (`contentHealth()`, shown on /healthz), the last good result is served and the
 * source's answer, when it comes, replaces it for the next reader. One request per query
 * is in flight, however many readers wait. With nothing to fall back on, a 503 Response
 * with Retry-After is thrown for the route's error boundary (within the stale budget
 * while the source is failing, else within the source's own deadline). Errors that
 * retrying cannot fix (a GROQ syntax error, a 4xx from the API) are rethrown: they are
 * bugs, not outages.
 */
import type { SanityQueries } from "@sanity/client";
import { EmbeddedSource } from "./embedded.server";
import "./sanity.types";
import { parseContentEnv } from "./env.server";
import { isPreview } from "./preview.server";
import { SanitySource } from "./sanity.server";
import { StoreContentSource } from "~/store/site-source.server";
import type { ContentSource, FetchOptions, QueryParams } from "./source.server";

// Kept on globalThis: `remix dev` re-imports the server build on each change, and a new
// embedded source per rebuild would re-read the dataset and leave its watcher behind.
const holder = globalThis as typeof globalThis & { __contentSource?: ContentSource };

export function getContentSource(): ContentSource {
  if (!holder.__contentSource) {
    const env = parseContentEnv();
    holder.__contentSource = env.SANITY_PROJECT_ID
      ? new SanitySource({ ...env, SANITY_PROJECT_ID: env.SANITY_PROJECT_ID })
      : new StoreContentSource(
          new EmbeddedSource({
            datasetPath: env.CONTENT_DATASET,
            watch: env.watchDataset,
            cacheSize: env.CONTENT_RESULT_CACHE,
          }),
          {
            projectId: env.STORE_PROJECT_ID,
            dataset: env.SANITY_DATASET,
          },
        );
    // One line that says where content comes from and whether it reloads (tests read it).
    console.log(
      env.SANITY_PROJECT_ID
        ? `[content] Sanity project ${env.SANITY_PROJECT_ID}, dataset ${env.SANITY_DATASET}`
        : `[content] embedded dataset ${env.CONTENT_DATASET}, dataset watcher ${env.watchDataset ? "on" : "off"}: the seed of content store ${env.STORE_PROJECT_ID}/${env.SANITY_DATASET}, which serves the site once it runs`,
    );
  }
  return holder.__contentSource;
}

/** For tests: use this source instead of the one the environment names (undefined resets). */
export function setContentSource(next: ContentSource | undefined): void {
  holder.__contentSource = next;
  lastGood.clear();
  refreshes.clear();
  health = { state: "ok" };
}

const LAST_GOOD_MAX_ENTRIES = 1_000;
const lastGood = new Map<string, unknown>();

function remember(key: string, value: unknown): void {
  lastGood.delete(key);
  lastGood.set(key, value);
  const oldest = lastGood.keys().next();
  if (lastGood.size > LAST_GOOD_MAX_ENTRIES && !oldest.done) lastGood.delete(oldest.value);
}

/** Marks a kept result as just used (the oldest used goes first). */
function touch(key: string): void {
  const value = lastGood.get(key);
  lastGood.delete(key);
  lastGood.set(key, value);
}

/** True for failures that may pass: timeouts, network errors, 5xx, 429. */
export function isTransientFailure(error: unknown): boolean {
  if (error === null || typeof error !== "object") return true;
  // Errors of groq-js, @sanity/client and fetch differ; only these fields are read, each checked.
  const e = error as { name?: string; statusCode?: unknown; code?: unknown };
  if (e.name === "GroqSyntaxError" || e.name === "GroqQueryError") return false;
  if (typeof e.statusCode === "number") return e.statusCode >= 500 || e.statusCode === 429;
  return true;
}

export type LoadQueryOptions = FetchOptions;

/**
 * The result type of a query as `sanity typegen` generated it (app/content/sanity.types.ts
 * registers every query of queries.ts in @sanity/client's SanityQueries map).
 */
export type QueryResult<Q extends string> = Q extends keyof SanityQueries ? SanityQueries[Q] : unknown;

export async function loadQuery<Q extends string, T = QueryResult<Q>>(
  query: Q,
  params: QueryParams = {},
  options: LoadQueryOptions = {},
): Promise<T> {
  const current = getContentSource();
  // A request in preview (a valid preview cookie, app/content/preview.server.ts) reads drafts.
  const perspective = options.perspective ?? (isPreview() ? "drafts" : "published");
  // The source's content version, when it has one: after a commit, no fallback serves the old answer.
  const key = `${current.kind}\u0000${current.contentVersion ?? ""}\u0000${perspective}\u0000${query}\u0000${JSON.stringify(params)}`;
  const stale = lastGood.has(key);
  const refresh = refreshFor(current, key, query, params, perspective);
  // Known trouble and a copy at hand: the copy at once, the refresh (if any) goes on behind.
  if (stale && (health.state === "degraded" || !refresh)) return serveStale<T>(key);
  if (!refresh) throw unavailable(current.kind, "too many requests in flight");
  // Cold and no trouble known: the source's own deadline (SANITY_TIMEOUT_MS) bounds the wait;
  // otherwise the stale budget does, and the refresh keeps running for the next reader.
  const budgetMs = stale || health.state === "degraded" ? staleAfterMs() : undefined;
  const outcome = await settle(refresh, budgetMs, options.signal);
  if (outcome.kind === "value") return outcome.value as T;
  // The reader left: nobody is waiting for a fallback.
  if (options.signal?.aborted) throw options.signal.reason;
  if (outcome.kind === "error" && !isTransientFailure(outcome.error)) throw outcome.error;
  if (outcome.kind === "late") markDegraded(current.kind, `no answer within ${budgetMs} ms`);
  if (lastGood.has(key)) return serveStale<T>(key);
  throw unavailable(current.kind, health.reason ?? describeFailure(outcome.kind === "error" ? outcome.error : null));
}

/** The 503 a route's error boundary renders as the localized "unavailable" page. */
function unavailable(kind: string, reason: string): Response {
  console.error(`[content] ${kind} source unavailable (${reason}) and no earlier result exists`);
  return new Response("The content service is unavailable. Please try again shortly.", {
    status: 503,
    statusText: "Service Unavailable",
    headers: { "Retry-After": "30", "Content-Type": "text/plain; charset=utf-8" },
  });
}

function serveStale<T>(key: string): T {
  // Stored under this query's key by a successful refresh: the same T.
  return structuredClone(lastGood.get(key)) as T;
}

/**
 * How readers learn of the source's state (`/healthz`): `degraded` from the first failure
 * or late answer until the next success. The reason names the kind of failure (a status,
 * a timeout), never a URL, header or token.
 */
export interface ContentHealth {
  state: "ok" | "degraded";
  kind?: ContentSource["kind"];
  reason?: string;
  since?: number;
}

let health: ContentHealth = { state: "ok" };

export function contentHealth(): ContentHealth {
  return { ...health };
}

function markDegraded(kind: ContentSource["kind"], reason: string): void {
  if (health.state !== "degraded") {
    console.warn(`[content] ${kind} source degraded (${reason}): serving last good results, refreshing behind`);
    health = { state: "degraded", kind, reason, since: Date.now() };
  } else health = { ...health, reason };
}

function markHealthy(kind: ContentSource["kind"]): void {
  if (health.state === "degraded") console.warn(`[content] ${kind} source answers again`);
  health = { state: "ok" };
}

/** A failure's kind for the health report: no message text (it may carry URLs or headers). */
function describeFailure(error: unknown): string {
  const e = (error ?? {}) as { name?: unknown; statusCode?: unknown; status?: unknown; code?: unknown };
  const status = typeof e.statusCode === "number" ? e.statusCode : typeof e.status === "number" ? e.status : undefined;
  if (status !== undefined) return `HTTP ${status}`;
  if (typeof e.code === "string" && /^[A-Z_]+$/.test(e.code)) return e.code;
  if (e.name === "TimeoutError" || e.name === "AbortError") return "timeout";
  return typeof e.name === "string" && /^\w+$/.test(e.name) ? e.name : "error";
}

/**
 * One upstream request per query, parameters and content version at a time: twenty readers
 * of a page during a hang share one, and their count is bounded (past the bound, readers get
 * the last good copy or a 503 without a new request). Not tied to a reader's signal: a
 * reader who leaves does not cancel what the others wait for.
 */
const MAX_REFRESHES = 64;
const refreshes = new Map<string, Promise<unknown>>();

function refreshFor(
  current: ContentSource,
  key: string,
  query: string,
  params: QueryParams,
  perspective: "published" | "drafts",
): Promise<unknown> | undefined {
  const running = refreshes.get(key);
  if (running) return running;
  if (refreshes.size >= MAX_REFRESHES) return undefined;
  const promise = current.fetch(query, params, { perspective }).then(
    (result) => {
      // A copy: the caller may edit what it gets, and the fallback must stay as fetched. The key
      // names the content version, so a result kept under it already is this one: copied once
      // per version, not on every request (a deep copy of the home page's results per view).
      if (current.contentVersion === undefined || !lastGood.has(key)) remember(key, structuredClone(result));
      else touch(key);
      if (getContentSource() === current) markHealthy(current.kind);
      return result;
    },
    (error: unknown) => {
      if (isTransientFailure(error) && getContentSource() === current)
        markDegraded(current.kind, describeFailure(error));
      throw error;
    },
  );
  refreshes.set(key, promise);
  // Gone once settled, whoever waits; a failure nobody awaits any more is not unhandled.
  promise.then(
    () => refreshes.delete(key),
    () => refreshes.delete(key),
  );
  return promise;
}

type Outcome = { kind: "value"; value: unknown } | { kind: "error"; error: unknown } | { kind: "late" };

/** The refresh's outcome, or `late` after budgetMs (undefined: no budget), or the reader's abort. */
function settle(refresh: Promise<unknown>, budgetMs: number | undefined, signal?: AbortSignal): Promise<Outcome> {
  return new Promise((resolve) => {
    const timer = budgetMs === undefined ? undefined : setTimeout(() => resolve({ kind: "late" }), budgetMs);
    const onAbort = () => resolve({ kind: "error", error: signal?.reason });
    signal?.addEventListener("abort", onAbort, { once: true });
    if (signal?.aborted) onAbort();
    refresh.then(
      (value) => resolve({ kind: "value", value }),
      (error: unknown) => resolve({ kind: "error", error }),
    );
    // Whatever came first, the timer and the listener go.
    void refresh
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      });
  });
}

/** CONTENT_STALE_AFTER_MS, read once (the environment is checked at start-up). */
let staleBudget: number | undefined;
function staleAfterMs(): number {
  return (staleBudget ??= parseContentEnv().CONTENT_STALE_AFTER_MS);
}

/**
 * After a publish the webhook announces: the source's cached results and every last-good
 * result go, and listeners (the UI-string overrides) are told, so the next request reads
 * fresh content. Synchronous and cheap, so the webhook answers at once.
 */
export function purgeContentCaches(): void {
  getContentSource().purge?.();
  lastGood.clear();
  for (const listener of purgeListeners) listener();
}

const purgeListeners = new Set<() => void>();

/** Called on every purge (for caches built on content outside loadQuery's own). */
export function onContentPurge(listener: () => void): () => void {
  purgeListeners.add(listener);
  return () => purgeListeners.delete(listener);
}

/**
 * Start reading the embedded dataset when the server starts, so the first reader does
 * not wait for it (about 5 s at 100k documents). A failure here is logged; requests
 * then retry and answer with a 503 page until the dataset can be read.
 */
export function warmUpContentSource(): void {
  const current = getContentSource();
  current
    .warmUp?.()
    .catch((error: unknown) => console.error(`Could not prepare the ${current.kind} content source:`, error));
}

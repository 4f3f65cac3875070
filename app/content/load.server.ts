/**
 * What routes call to read content: `loadQuery(query, params)` on the source chosen
 * from the environment (the content store unless SANITY_PROJECT_ID is set).
 *
 * Resilience: when the source fails (timeout, 5xx, network), the last good result for
 * the same query and parameters is served and the failure is logged on the server; the
 * reader sees the page as it was. With nothing to fall back on, a 503 Response with
 * Retry-After is thrown for the route's error boundary. Errors that retrying cannot fix
 * (a GROQ syntax error, a 4xx from the API) are rethrown: they are bugs, not outages.
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
  try {
    const result = await current.fetch<T>(query, params, { ...options, perspective });
    // A copy: the caller may edit what it gets, and the fallback must stay as fetched. The key
    // names the content version, so a result kept under it already is this one: copied once
    // per version, not on every request (a deep copy of the home page's results per view).
    if (current.contentVersion === undefined || !lastGood.has(key)) remember(key, structuredClone(result));
    else touch(key);
    return result;
  } catch (error) {
    // The reader left: nobody is waiting for a fallback.
    if (options.signal?.aborted) throw error;
    if (!isTransientFailure(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (lastGood.has(key)) {
      console.warn(`[content] ${current.kind} source failed (${message}); serving the last good result`);
      // Stored under this query's key by the success branch above: the same T.
      return structuredClone(lastGood.get(key)) as T;
    }
    console.error(`[content] ${current.kind} source failed (${message}) and no earlier result exists`);
    throw new Response("The content service is unavailable. Please try again shortly.", {
      status: 503,
      statusText: "Service Unavailable",
      headers: { "Retry-After": "30", "Content-Type": "text/plain; charset=utf-8" },
    });
  }
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

/**
 * Named Cache-Control policies shared by routes (after Hydrogen's app/data/cache.ts).
 * server.js additionally forces `no-store` on every error status, so an error page is
 * never cached publicly whatever a route says.
 */
export const CACHE = {
  /** Public content pages: shared caches (ours, a CDN) keep them briefly, serve stale while refreshing or when we fail. */
  page: "public, max-age=60, s-maxage=300, stale-while-revalidate=3600, stale-if-error=86400",
  /** Lists that change when anything is published. */
  list: "public, max-age=30, s-maxage=120, stale-while-revalidate=600, stale-if-error=86400",
  /**
   * Search results: public (the same query shows everyone the same results) but short,
   * since one publish changes them and each query is its own URL: no long stale window.
   */
  search: "public, max-age=60, s-maxage=60, stale-while-revalidate=60",
  /** Content-addressed files (hashed names): forever. */
  immutable: "public, max-age=31536000, immutable",
  /** UI strings, versioned by a content hash in the query string. */
  strings: "public, max-age=300, stale-while-revalidate=86400",
  /** Redirects that depend on cookies and Accept-Language. */
  negotiated: "private, no-cache",
  /** Preview, personal and error responses. */
  none: "private, no-store",
} as const;

export type CachePolicy = keyof typeof CACHE;

/** Headers of a thrown error response that must reach the client (e.g. Retry-After on a 503). */
export function errorHeadersToKeep(errorHeaders: Headers | undefined): Record<string, string> {
  const retryAfter = errorHeaders?.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : {};
}

/** `headers` export for routes: their policy, unless the response is an error. */
export function cacheHeaders(policy: CachePolicy) {
  return ({ errorHeaders }: { errorHeaders?: Headers }): Record<string, string> =>
    errorHeaders
      ? { "Cache-Control": CACHE.none, ...errorHeadersToKeep(errorHeaders) }
      : { "Cache-Control": CACHE[policy] };
}

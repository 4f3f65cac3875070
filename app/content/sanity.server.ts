/**
 * The Content Lake source: @sanity/client 7. Public pages read the published
 * perspective through the API CDN with no token; a preview (drafts perspective) needs
 * the server-only read token and bypasses the CDN. Every request has a deadline so a
 * slow API degrades to the last good answer (app/content/load.server.ts) instead of
 * holding the page.
 *
 * Published results are kept in memory for SANITY_CACHE_TTL_S (60 s): the Sanity webhook
 * (app/routes/api.webhooks.sanity.tsx) purges them as soon as content is published, and
 * the expiry is the backstop for a webhook that never arrives (Sanity retries only twice).
 * Drafts (preview) are never cached.
 */
import { createClient, type SanityClient } from "@sanity/client";
import type { ContentEnv } from "./env.server";
import type { ContentSource, FetchOptions, ImageConfig, QueryParams } from "./source.server";

const MAX_CACHED_RESULTS = 500;

export class SanitySource implements ContentSource {
  readonly kind = "sanity" as const;
  readonly imageConfig: ImageConfig;
  private readonly published: SanityClient;
  private readonly drafts?: SanityClient;
  private readonly ttlMs: number;
  private readonly results = new Map<string, { at: number; value: unknown }>();
  /** Moves on with every purge: part of loadQuery's keys and of the UI-string overrides' cache. */
  private generation = 0;

  constructor(env: ContentEnv & { SANITY_PROJECT_ID: string }) {
    const base = {
      projectId: env.SANITY_PROJECT_ID,
      dataset: env.SANITY_DATASET,
      apiVersion: env.SANITY_API_VERSION,
      timeout: env.SANITY_TIMEOUT_MS,
      // One retry: the client's default (5 with backoff) would outlast any page deadline.
      maxRetries: 1,
      ...(env.SANITY_API_HOST
        ? // Node cannot resolve `<projectId>.localhost`; the project id travels in a header instead.
          { apiHost: env.SANITY_API_HOST, useProjectHostname: false }
        : {}),
    };
    this.published = createClient({
      ...base,
      // The CDN serves only tokenless requests (with a token, ask the live API), and only
      // on Sanity's own hosts (a SANITY_API_HOST stand-in has no CDN twin).
      useCdn: !env.SANITY_READ_TOKEN && !env.SANITY_API_HOST,
      token: env.SANITY_READ_TOKEN,
      perspective: "published",
    });
    if (env.SANITY_READ_TOKEN) {
      this.drafts = createClient({ ...base, useCdn: false, token: env.SANITY_READ_TOKEN, perspective: "drafts" });
    }
    this.ttlMs = env.SANITY_CACHE_TTL_S * 1000;
    this.imageConfig = {
      projectId: env.SANITY_PROJECT_ID,
      dataset: env.SANITY_DATASET,
      baseUrl: "https://cdn.sanity.io",
    };
  }

  get contentVersion(): string {
    return `sanity-${this.generation}`;
  }

  /** Forgets every cached result (the webhook: something was published). */
  purge(): void {
    this.results.clear();
    this.generation += 1;
  }

  async fetch<T = unknown>(query: string, params: QueryParams = {}, options: FetchOptions = {}): Promise<T> {
    const perspective = options.perspective ?? "published";
    if (perspective === "drafts" && !this.drafts) {
      throw new Error("The drafts perspective needs SANITY_READ_TOKEN");
    }
    const client = perspective === "drafts" ? this.drafts! : this.published;
    if (perspective === "drafts" || this.ttlMs === 0) {
      return client.fetch<T>(query, params, { signal: options.signal, perspective, tag: "site" });
    }
    const key = `${query}\u0000${JSON.stringify(params)}`;
    const hit = this.results.get(key);
    // A copy each time: a loader that edits its result must not edit the cache.
    if (hit && Date.now() - hit.at < this.ttlMs) return structuredClone(hit.value) as T;
    const generation = this.generation;
    const value = await client.fetch<T>(query, params, { signal: options.signal, perspective, tag: "site" });
    // A purge while the query ran: its answer may predate the publish, so it is not kept.
    if (generation === this.generation) {
      this.results.delete(key);
      this.results.set(key, { at: Date.now(), value: structuredClone(value) });
      if (this.results.size > MAX_CACHED_RESULTS) this.results.delete(this.results.keys().next().value!);
    }
    return value;
  }
}

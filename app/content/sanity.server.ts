/**
 * The Content Lake source: @sanity/client 7. Public pages read the published
 * perspective through the API CDN with no token; a preview (drafts perspective) needs
 * the server-only read token and bypasses the CDN. Every request has a deadline so a
 * slow API degrades to the last good answer (app/content/load.server.ts) instead of
 * holding the page.
 */
import { createClient, type SanityClient } from "@sanity/client";
import type { ContentEnv } from "./env.server";
import type { ContentSource, FetchOptions, ImageConfig, QueryParams } from "./source.server";

export class SanitySource implements ContentSource {
  readonly kind = "sanity" as const;
  readonly imageConfig: ImageConfig;
  private readonly published: SanityClient;
  private readonly drafts?: SanityClient;

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
    this.imageConfig = {
      projectId: env.SANITY_PROJECT_ID,
      dataset: env.SANITY_DATASET,
      baseUrl: "https://cdn.sanity.io",
    };
  }

  async fetch<T = unknown>(query: string, params: QueryParams = {}, options: FetchOptions = {}): Promise<T> {
    const perspective = options.perspective ?? "published";
    if (perspective === "drafts" && !this.drafts) {
      throw new Error("The drafts perspective needs SANITY_READ_TOKEN");
    }
    const client = perspective === "drafts" ? this.drafts! : this.published;
    return client.fetch<T>(query, params, { signal: options.signal, perspective, tag: "site" });
  }
}

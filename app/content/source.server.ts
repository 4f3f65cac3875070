/**
 * The content-source interface. Routes never talk to groq-js or @sanity/client: they
 * call `loadQuery` (app/content/load.server.ts), which calls the source chosen here
 * from the environment:
 * - embedded (default, no configuration): the demo dataset in Sanity's export format,
 *   indexed and answered with groq-js (app/content/embedded.server.ts);
 * - Sanity Content Lake when SANITY_PROJECT_ID is set (app/content/sanity.server.ts).
 */
export type QueryParams = Record<string, unknown>;

export interface FetchOptions {
  /** `published` (default) hides drafts; `drafts` overlays drafts (preview, token needed on Sanity). */
  perspective?: "published" | "drafts";
  signal?: AbortSignal;
}

export interface ContentSource {
  readonly kind: "embedded" | "sanity";
  fetch<T = unknown>(query: string, params?: QueryParams, options?: FetchOptions): Promise<T>;
  /** Settings for the image URL builder (app/content/images.ts) on the browser side. */
  readonly imageConfig: ImageConfig;
}

export interface ImageConfig {
  projectId: string;
  dataset: string;
  /** Where image URLs point: Sanity's CDN, or "" (this site) in the embedded mode. */
  baseUrl: string;
}

/**
 * The content-source interface. Routes never talk to groq-js or @sanity/client: they
 * call `loadQuery` (app/content/load.server.ts), which calls the source chosen there
 * from the environment:
 * - embedded (default, no configuration): the demo dataset in Sanity's export format,
 *   indexed and answered with groq-js (app/content/embedded.server.ts);
 * - Sanity Content Lake when SANITY_PROJECT_ID is set (app/content/sanity.server.ts);
 * - the self-hosted content store (app/store/site-source.server.ts), the default once
 *   server.js has started it; the embedded dataset is then its seed.
 *
 * What only one source can do is an optional capability, so callers ask the source
 * (`source.warmUp?.()`) instead of testing which class it is.
 */
import type { ImageVariant, ImageVariantRequest } from "./image-files.server";
import type { ImageConfig } from "./images";

export type { ImageConfig };

export type QueryParams = Record<string, unknown>;

export interface FetchOptions {
  /** `published` (default) hides drafts; `drafts` overlays drafts (preview, token needed on Sanity). */
  perspective?: "published" | "drafts";
  signal?: AbortSignal;
}

/** An image file asked of the source by its URL's parts (see app/content/images.ts). */
export interface ImageFileRequest extends ImageVariantRequest {
  projectId: string;
  dataset: string;
}

/** A file asset asked of the source by its URL's parts (`/files/<projectId>/<dataset>/<file>`). */
export interface FileRequest {
  projectId: string;
  dataset: string;
  file: string;
  searchParams: URLSearchParams;
}

/** A file asset's bytes with the headers it must be served with (type, disposition, sandbox). */
export interface FileAssetResponse {
  body: Buffer;
  headers: Record<string, string>;
}

export interface ContentSource {
  readonly kind: "embedded" | "sanity" | "store";
  fetch<T = unknown>(query: string, params?: QueryParams, options?: FetchOptions): Promise<T>;
  /** Settings for the image URL builder (app/content/images.ts), read where loaders resolve image URLs. */
  readonly imageConfig: ImageConfig;
  /** Prepares for the first request at start-up (embedded: reads the dataset). */
  warmUp?(): Promise<void>;
  /**
   * The image file, cut and resized as the URL asks, for a source that serves its own
   * images (embedded); undefined when it has no such file. Sanity's images come from its CDN.
   */
  readImage?(request: ImageFileRequest): Promise<ImageVariant | undefined>;
  /** A file asset (a PDF an opportunity links to) for a source that serves its own files (store). */
  readFile?(request: FileRequest): Promise<FileAssetResponse | undefined>;
  /**
   * Changes whenever the content does, for a source whose content changes while the
   * process runs (store: every commit); part of the last-good keys, so a fallback never
   * serves what an edit replaced.
   */
  readonly contentVersion?: string;
  /**
   * Forgets what the source keeps of earlier answers (Sanity: its result cache), for the
   * webhook that says content was published; `contentVersion` moves on.
   */
  purge?(): void;
}

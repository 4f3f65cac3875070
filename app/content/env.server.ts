/**
 * Content settings, derived from the one checked environment (app/utils/env.server.js).
 * With no SANITY_PROJECT_ID the site answers from the embedded dataset; with one, from
 * the Content Lake. The read token stays on the server: nothing here reaches the browser.
 */
import { env, parseEnv, type Env } from "~/utils/env.server";

export type ContentEnv = Pick<
  Env,
  | "SANITY_PROJECT_ID"
  | "SANITY_DATASET"
  | "SANITY_API_VERSION"
  | "SANITY_READ_TOKEN"
  | "SANITY_API_HOST"
  | "SANITY_TIMEOUT_MS"
  | "CONTENT_STALE_AFTER_MS"
  | "SANITY_CACHE_TTL_S"
  | "CONTENT_DATASET"
  | "CONTENT_RESULT_CACHE"
  | "STORE_PROJECT_ID"
> & {
  /** Reload the embedded dataset when its file changes: in development only. */
  watchDataset: boolean;
};

/** The content settings of this process, or of the given variables (tests). */
export function parseContentEnv(values?: Record<string, string | undefined>): ContentEnv {
  const e = values ? parseEnv(values) : env();
  return {
    SANITY_PROJECT_ID: e.SANITY_PROJECT_ID,
    SANITY_DATASET: e.SANITY_DATASET,
    SANITY_API_VERSION: e.SANITY_API_VERSION,
    SANITY_READ_TOKEN: e.SANITY_READ_TOKEN,
    SANITY_API_HOST: e.SANITY_API_HOST,
    SANITY_TIMEOUT_MS: e.SANITY_TIMEOUT_MS,
    CONTENT_STALE_AFTER_MS: e.CONTENT_STALE_AFTER_MS,
    SANITY_CACHE_TTL_S: e.SANITY_CACHE_TTL_S,
    CONTENT_DATASET: e.CONTENT_DATASET,
    CONTENT_RESULT_CACHE: e.CONTENT_RESULT_CACHE,
    STORE_PROJECT_ID: e.STORE_PROJECT_ID,
    watchDataset: e.NODE_ENV === "development",
  };
}

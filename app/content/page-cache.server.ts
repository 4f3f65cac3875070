/**
 * The site's page cache (app/utils/page-cache.server.ts) tied to the content: entries are
 * served only for the content version they were rendered from, and never to a reader who
 * may be previewing drafts.
 */
import type { IncomingMessage } from "node:http";
import { PageCache } from "~/utils/page-cache.server";
import { PREVIEW_COOKIE } from "./preview.server";
import { getContentSource } from "./load.server";

export function createPageCache(maxBytes: number): PageCache {
  return new PageCache({
    maxBytes,
    version: () => getContentSource().contentVersion ?? "",
    // Any preview cookie, valid or not: the preview handler decides; a cache must not.
    bypass: (request: IncomingMessage) => (request.headers.cookie ?? "").includes(`${PREVIEW_COOKIE}=`),
  });
}

/**
 * `GET <store API>/v<date>/site/preview-url?id=<document id>` for the Studio's "Open
 * preview" action (docs/decisions/0009): the Studio cannot know PREVIEW_SECRET, so the
 * store, which knows who is logged in, signs a short-lived preview link to the document's
 * page in its own language and hands it back. Only a logged-in account (or the automation
 * token) gets one; anonymous callers get 401, and with preview off the answer is 404.
 */
import { signPreviewLink, sitePath } from "../content/preview.server";
import { isLang, SOURCE_LANG } from "../i18n/languages";
import { href } from "../i18n/routing";
import type { StoreRoute } from "./http.server";
import type { ContentStore } from "./store.server";
import { StoreError } from "./types";

/** How long a link from the Studio works: long enough to open, short enough to be harmless if pasted. */
export const STUDIO_LINK_LIFETIME_S = 10 * 60;

/** The page a document is shown on, in its own language (undefined: not a page of its own). */
export function documentPath(doc: { _type: string; language?: unknown; slug?: unknown; pageKey?: unknown }) {
  const lang = isLang(doc.language) ? doc.language : SOURCE_LANG;
  const slug = (doc.slug as { current?: unknown } | undefined)?.current;
  const bySlug: Record<string, string> = {
    article: "/news/",
    event: "/events/",
    investmentOpportunity: "/invest/opportunities/",
    industrialPark: "/invest/industrial-parks/",
  };
  if (bySlug[doc._type] && typeof slug === "string" && slug)
    return href(lang, bySlug[doc._type] + encodeURIComponent(slug));
  if (doc._type === "page" && typeof doc.pageKey === "string") {
    return href(lang, doc.pageKey === "home" ? "" : `/${doc.pageKey}`);
  }
  return undefined;
}

export function previewLinkRoute(options: {
  store: ContentStore;
  secret: string | undefined;
  /** Absolute links when set (PUBLIC_URL); else a path on the origin the Studio is served from. */
  publicUrl?: string;
}): StoreRoute {
  return async (ctx) => {
    if (ctx.path !== "/site/preview-url") return false;
    if (ctx.method !== "GET") throw new StoreError(405, "methodNotAllowed", "GET only");
    const identity = await ctx.identity();
    if (!identity) throw new StoreError(401, "unauthorized", "Log in to preview drafts");
    if (!options.secret) throw new StoreError(404, "notFound", "Preview is off (no PREVIEW_SECRET)");
    const id = (ctx.url.searchParams.get("id") ?? "").replace(/^drafts\./, "");
    if (!/^[A-Za-z0-9._-]{1,200}$/.test(id)) throw new StoreError(400, "badRequest", "id must be a document id");
    const doc = options.store.getDocument(`drafts.${id}`) ?? options.store.getDocument(id);
    if (!doc) throw new StoreError(404, "notFound", `No document ${id}`);
    const path = documentPath(doc as unknown as Parameters<typeof documentPath>[0]);
    if (!path || !sitePath(path)) throw new StoreError(404, "notFound", `${doc._type} has no page of its own`);
    const exp = Math.floor(Date.now() / 1000) + STUDIO_LINK_LIFETIME_S;
    const lang = path.split("/")[1];
    const link = `/${lang}/preview?${signPreviewLink(options.secret, path, exp)}`;
    const origin = options.publicUrl ? new URL(options.publicUrl).origin : "";
    ctx.send(200, { url: origin + link, path, expires: exp });
    return true;
  };
}

/**
 * The language of a request, from the URL only, and its content fallback chain.
 *
 * Every loader and action under `/$lang` (the layout route included) reads the language
 * through `requireLang`, so a page never disagrees with its frame about what its URL
 * means. The document frame (root loader, entry.server, the browser) reads it with
 * `langFromPath` instead, which never fails: it must also render the 404 page of an
 * unknown prefix, in the source language.
 */
import type { Params } from "@remix-run/react";
import { redirect } from "@remix-run/node";
import { fallbackChain, matchLang, type Lang } from "~/i18n/languages";
import { href, parseFallbackOrder } from "~/i18n/routing";
import { env } from "~/utils/env.server";
import { notFound } from "~/utils/responses";

const order = () => parseFallbackOrder(env().CONTENT_FALLBACK);

export interface RequestLanguage {
  lang: Lang;
  /** Where content missing in `lang` is taken from: `lang`, then CONTENT_FALLBACK's order. */
  chain: Lang[];
}

/**
 * The `$lang` route parameter as a language and its chain. A known tag in the wrong case
 * (`/zh-hans/news`) is redirected (301) to its one URL (`/zh-Hans/news`), query kept;
 * anything else is the 404 page. A form posted to a wrong-case URL is a 404 too: a 301
 * would turn it into a GET and lose what was sent.
 */
export function requireLang({ params, request }: { params: Params; request: Request }): RequestLanguage {
  const lang = matchLang(params.lang);
  if (!lang) throw notFound();
  if (lang !== params.lang) {
    if (request.method !== "GET" && request.method !== "HEAD") throw notFound();
    const url = new URL(request.url);
    throw redirect(href(lang, url.pathname.split("/").slice(2).join("/")) + url.search, 301);
  }
  return { lang, chain: chainFor(lang) };
}

export function chainFor(lang: Lang): Lang[] {
  return fallbackChain(lang, order());
}

/**
 * The origin of absolute URLs (canonical, hreflang, sitemap, feeds, share images):
 * PUBLIC_URL, else the request's, whose Host server.js has checked against the allow-list
 * (docs/decisions/0020), so a forged Host never reaches a cacheable page.
 */
export function publicOrigin(request: Request): string {
  return env().PUBLIC_URL?.replace(/\/$/, "") ?? new URL(request.url).origin;
}

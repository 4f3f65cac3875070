/** The language of a request, from the URL only, and its content fallback chain. */
import { fallbackChain, matchLang, type Lang } from "~/i18n/languages";
import { parseFallbackOrder } from "~/i18n/routing";
import { env } from "~/utils/env.server";
import { notFound } from "~/utils/responses";

const order = () => parseFallbackOrder(env().CONTENT_FALLBACK);

/** The `$lang` route parameter as a language, or a 404 for anything else. */
export function requireLang(params: { lang?: string }): Lang {
  const lang = matchLang(params.lang);
  if (!lang || lang !== params.lang) throw notFound();
  return lang;
}

export function chainFor(lang: Lang): Lang[] {
  return fallbackChain(lang, order());
}

export function publicOrigin(request: Request): string {
  return env().PUBLIC_URL?.replace(/\/$/, "") ?? new URL(request.url).origin;
}

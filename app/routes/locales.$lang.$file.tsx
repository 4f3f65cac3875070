/**
 * UI strings for the browser: /locales/:lang/:namespace.json, cacheable, versioned by
 * ?v=<hash>. The strings are the request's (base plus staff's overrides), the same the
 * server rendered with, so hydration sees the same text; the hash changes with both.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { NAMESPACES } from "~/i18n/config";
import { currentUiStrings } from "~/i18n/i18next.server";
import { matchLang } from "~/i18n/languages";
import { CACHE } from "~/utils/cache";
import { notFound } from "~/utils/responses";

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = matchLang(params.lang);
  const ns = NAMESPACES.find((n) => params.file === `${n}.json`);
  if (!lang || lang !== params.lang || !ns) throw notFound();
  const strings = currentUiStrings();
  const versioned = new URL(request.url).searchParams.get("v") === strings.version;
  return new Response(JSON.stringify(strings.namespace(lang, ns)), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": versioned ? CACHE.immutable : CACHE.strings,
    },
  });
}

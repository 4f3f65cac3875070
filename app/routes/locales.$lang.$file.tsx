/** UI strings for the browser: /locales/:lang/:namespace.json, cacheable, versioned by ?v=<hash>. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { NAMESPACES } from "~/i18n/config";
import { matchLang } from "~/i18n/languages";
import { resources } from "~/i18n/resources.server";
import { stringsVersion } from "~/i18n/strings-version.server";
import { CACHE } from "~/utils/cache";
import { notFound } from "~/utils/responses";

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = matchLang(params.lang);
  const ns = NAMESPACES.find((n) => params.file === `${n}.json`);
  if (!lang || lang !== params.lang || !ns) throw notFound();
  const versioned = new URL(request.url).searchParams.get("v") === stringsVersion;
  return new Response(JSON.stringify(resources[lang][ns]), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": versioned ? CACHE.immutable : CACHE.strings,
    },
  });
}

/**
 * `/` chooses a language and redirects (302): the language cookie, then
 * Accept-Language, else Vietnamese. `Vary` keeps shared caches from mixing them up.
 */
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { SOURCE_LANG } from "~/i18n/languages";
import { href, langFromCookie, negotiateLanguage } from "~/i18n/routing";
import { CACHE } from "~/utils/cache";

export function loader({ request }: LoaderFunctionArgs) {
  const lang =
    langFromCookie(request.headers.get("Cookie")) ??
    negotiateLanguage(request.headers.get("Accept-Language")) ??
    SOURCE_LANG;
  return redirect(href(lang), {
    status: 302,
    headers: { Vary: "Cookie, Accept-Language", "Cache-Control": CACHE.negotiated },
  });
}

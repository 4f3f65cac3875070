/** robots.txt: everything public may be crawled; the sitemap lists every language. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicOrigin } from "~/i18n/locale.server";
import { CACHE } from "~/utils/cache";

export function loader({ request }: LoaderFunctionArgs) {
  const body = `User-agent: *\nAllow: /\nDisallow: /locales/\n\nSitemap: ${publicOrigin(request)}/sitemap.xml\n`;
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE.strings },
  });
}

/** sitemap.xml: every public page in each language it exists in, with hreflang alternates (app/seo/sitemap.server.ts). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicOrigin } from "~/i18n/locale.server";
import { sitemapGroups, sitemapXml } from "~/seo/sitemap.server";
import { CACHE } from "~/utils/cache";

export async function loader({ request }: LoaderFunctionArgs) {
  const xml = sitemapXml(publicOrigin(request), await sitemapGroups());
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": CACHE.list },
  });
}

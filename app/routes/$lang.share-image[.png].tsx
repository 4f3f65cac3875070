/** /{lang}/share-image.png: the Open Graph / Twitter image of every page in that language (app/seo/share-image.server.ts). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLang } from "~/i18n/locale.server";
import { shareImage } from "~/seo/share-image.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang } = requireLang({ params, request });
  const { version, png } = shareImage(lang);
  const body = await png;
  const etag = `"share-${lang}-${version}"`;
  const headers = {
    "Content-Type": "image/png",
    // A day: it changes only when staff reword the site's name; crawlers fetch it rarely anyway.
    "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800",
    ETag: etag,
  };
  if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : new Uint8Array(body), {
    headers: { ...headers, "Content-Length": String(body.length) },
  });
}

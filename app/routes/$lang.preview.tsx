/**
 * /{lang}/preview: GET with a signed link (`?path=&exp=&sig=`, app/content/preview.server.ts)
 * turns draft preview on with a cookie and redirects to the path; a forged or expired link
 * is a localized 403 page. POST (the preview bar's "Exit preview") clears the cookie and
 * returns to the page. Without PREVIEW_SECRET the address does not exist.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import {
  clearPreviewCookie,
  isHttps,
  previewCookie,
  previewSecret,
  sitePath,
  verifyPreviewLink,
} from "~/content/preview.server";
import { requireLang } from "~/i18n/locale.server";
import { href } from "~/i18n/routing";
import { CACHE, cacheHeaders } from "~/utils/cache";
import { notFound } from "~/utils/responses";

function forbidden(): Response {
  return new Response("Forbidden", { status: 403, statusText: "Forbidden", headers: { "Cache-Control": CACHE.none } });
}

export function loader({ params, request }: LoaderFunctionArgs) {
  const { lang } = requireLang({ params, request });
  const secret = previewSecret();
  if (!secret) throw notFound();
  const nowS = Math.floor(Date.now() / 1000);
  const path = verifyPreviewLink(secret, new URL(request.url).searchParams, nowS);
  if (!path) {
    console.warn(`[preview] refused a preview link for /${lang} (forged, expired or malformed)`);
    throw forbidden();
  }
  return redirect(path, {
    status: 303,
    headers: { "Set-Cookie": previewCookie(secret, nowS, isHttps(request)), "Cache-Control": CACHE.none },
  });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const { lang } = requireLang({ params, request });
  if (!previewSecret()) throw notFound();
  const form = await request.formData();
  const back = sitePath(String(form.get("path") ?? "")) ?? href(lang);
  return redirect(back, {
    status: 303,
    headers: { "Set-Cookie": clearPreviewCookie(isHttps(request)), "Cache-Control": CACHE.none },
  });
}

export const headers = cacheHeaders("none");

/** Never shown: the loader redirects or throws (the root's error boundary renders the 403). */
export default function PreviewRedirect() {
  return null;
}

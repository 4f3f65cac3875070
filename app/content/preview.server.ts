/**
 * Draft preview (docs/decisions/0009). A preview link is
 * `/{lang}/preview?path=<site path>&exp=<unix seconds>&sig=<HMAC-SHA256(PREVIEW_SECRET, path + "\n" + exp)>`;
 * a valid one sets the preview cookie (itself signed, with its own expiry) and redirects
 * to the path. While the cookie is valid, every loadQuery of that request reads the
 * drafts perspective (the request runs inside `withPreview`, an AsyncLocalStorage, so no
 * route passes a flag around) and the response is made `private, no-store` for browsers
 * and CDNs alike. Without PREVIEW_SECRET preview does not exist; on Sanity it also
 * needs SANITY_READ_TOKEN, since drafts are private there.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { CACHE } from "~/utils/cache";
import { env } from "~/utils/env.server";

export const PREVIEW_COOKIE = "hg_preview";
/** How long a preview lasts once entered (the link itself may expire sooner). */
export const PREVIEW_SESSION_S = 60 * 60;
/** Links are made for at most a day: a leaked link stops working soon. */
export const MAX_LINK_LIFETIME_S = 24 * 60 * 60;

/** The secret when preview can work in this process, else undefined. */
export function previewSecret(): string | undefined {
  const e = env();
  if (!e.PREVIEW_SECRET) return undefined;
  if (e.SANITY_PROJECT_ID && !e.SANITY_READ_TOKEN) return undefined;
  return e.PREVIEW_SECRET;
}

const hmac = (secret: string, text: string) => createHmac("sha256", secret).update(text).digest("hex");

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A site path: absolute, on our origin, no scheme-relative `//` or backslash tricks. */
export function sitePath(value: string): string | undefined {
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return undefined;
  const url = new URL(value, "http://site.invalid");
  if (url.origin !== "http://site.invalid") return undefined;
  return url.pathname + url.search;
}

/** The query of a preview link for `path`, valid until `exp` (unix seconds). */
export function signPreviewLink(secret: string, path: string, exp: number): string {
  const params = new URLSearchParams({ path, exp: String(exp), sig: hmac(secret, `${path}\n${exp}`) });
  return params.toString();
}

const linkSchema = z.object({
  path: z.string().min(1).max(2_000),
  exp: z.string().regex(/^\d{1,12}$/),
  sig: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The path a preview link opens, or undefined for a forged, expired or malformed one. */
export function verifyPreviewLink(secret: string, search: URLSearchParams, nowS: number): string | undefined {
  const parsed = linkSchema.safeParse(Object.fromEntries(search));
  if (!parsed.success) return undefined;
  const { path, exp, sig } = parsed.data;
  const expires = Number(exp);
  if (expires < nowS || expires > nowS + MAX_LINK_LIFETIME_S) return undefined;
  if (!sameHex(sig, hmac(secret, `${path}\n${exp}`))) return undefined;
  return sitePath(path);
}

/** The cookie that turns preview on until `exp`. */
export function previewCookie(secret: string, nowS: number, secure: boolean): string {
  const exp = nowS + PREVIEW_SESSION_S;
  const value = `${exp}.${hmac(secret, `cookie\n${exp}`)}`;
  return `${PREVIEW_COOKIE}=${value}; Path=/; Max-Age=${PREVIEW_SESSION_S}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

export function clearPreviewCookie(secure: boolean): string {
  return `${PREVIEW_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/** True when the request carries a valid, unexpired preview cookie. */
export function hasPreviewCookie(request: Request, nowS = Math.floor(Date.now() / 1000)): boolean {
  const secret = previewSecret();
  if (!secret) return false;
  const cookies = request.headers.get("Cookie") ?? "";
  const value = cookies
    .split(/;\s*/)
    .find((c) => c.startsWith(`${PREVIEW_COOKIE}=`))
    ?.slice(PREVIEW_COOKIE.length + 1);
  const match = /^(\d{1,12})\.([0-9a-f]{64})$/.exec(value ?? "");
  if (!match) return false;
  if (Number(match[1]) < nowS) return false;
  return sameHex(match[2], hmac(secret, `cookie\n${match[1]}`));
}

/** Whether the response should say Secure on its cookies (https, also behind a trusted proxy). */
export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

const previewing = new AsyncLocalStorage<boolean>();

/** True inside a request that previews drafts. */
export function isPreview(): boolean {
  return previewing.getStore() === true;
}

/**
 * Runs the site's handler for one request, in preview when its cookie is valid; a preview
 * response is never cached, by the browser or by any shared cache or CDN.
 */
export async function withPreview(request: Request, handle: () => Promise<Response>): Promise<Response> {
  if (!hasPreviewCookie(request)) return handle();
  const response = await previewing.run(true, handle);
  // New headers: a redirect's are immutable.
  const headers = new Headers(response.headers);
  headers.set("Cache-Control", CACHE.none);
  headers.set("CDN-Cache-Control", "no-store");
  headers.set("Surrogate-Control", "no-store");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

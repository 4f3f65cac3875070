/**
 * Session-less form protection. The browser holds a random client id in an HttpOnly,
 * SameSite=Lax cookie; each served form carries a token signed with the server secret
 * over that id, the time it was served and a nonce:
 *
 *   <issuedAt base36>.<nonce>.<HMAC-SHA256(secret, "inquiry|clientId|issuedAt|nonce")>
 *
 * Another site can neither read the cookie nor make the browser send it on a
 * cross-site POST, so it cannot produce a matching pair (double-submit, signed). The
 * signed time gives the minimum fill time and the expiry; the nonce doubles as the
 * idempotency key of the submission, so sending the same form twice stores one inquiry.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const CLIENT_COOKIE = "inquiry_client";
const CLIENT_ID = /^[A-Za-z0-9_-]{22}$/;

export type TokenCheck =
  { ok: true; nonce: string; issuedAt: number } | { ok: false; reason: "missing" | "forged" | "expired" | "tooFast" };

function sign(secret: string, clientId: string, issuedAt: string, nonce: string): string {
  return createHmac("sha256", secret).update(`inquiry|${clientId}|${issuedAt}|${nonce}`).digest("base64url");
}

export function newClientId(): string {
  return randomBytes(16).toString("base64url");
}

export function issueToken(secret: string, clientId: string, now = Date.now()): string {
  const issuedAt = now.toString(36);
  const nonce = randomBytes(12).toString("base64url");
  return `${issuedAt}.${nonce}.${sign(secret, clientId, issuedAt, nonce)}`;
}

export function verifyToken(
  secret: string,
  token: unknown,
  clientId: string | undefined,
  { now = Date.now(), minFillMs, maxAgeMs }: { now?: number; minFillMs: number; maxAgeMs: number },
): TokenCheck {
  if (typeof token !== "string" || token === "" || !clientId) return { ok: false, reason: "missing" };
  const parts = token.split(".");
  if (parts.length !== 3 || !/^[0-9a-z]{1,12}$/.test(parts[0]) || !/^[A-Za-z0-9_-]{16}$/.test(parts[1])) {
    return { ok: false, reason: "forged" };
  }
  const [issued, nonce, signature] = parts;
  const expected = Buffer.from(sign(secret, clientId, issued, nonce));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "forged" };
  const issuedAt = parseInt(issued, 36);
  // A token from the future is as good as forged: only this server makes them.
  if (issuedAt > now + 60_000) return { ok: false, reason: "forged" };
  if (now - issuedAt > maxAgeMs) return { ok: false, reason: "expired" };
  if (now - issuedAt < minFillMs) return { ok: false, reason: "tooFast" };
  return { ok: true, nonce, issuedAt };
}

export function readClientId(cookieHeader: string | null): string | undefined {
  for (const pair of (cookieHeader ?? "").split(";")) {
    const [name, ...rest] = pair.trim().split("=");
    if (name === CLIENT_COOKIE) {
      const value = rest.join("=");
      return CLIENT_ID.test(value) ? value : undefined;
    }
  }
  return undefined;
}

export function clientCookie(clientId: string, secure: boolean, maxAgeS: number): string {
  return `${CLIENT_COOKIE}=${clientId}; Path=/; Max-Age=${maxAgeS}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

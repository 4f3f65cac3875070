/**
 * The smallest Authenticator: the automation token from the environment
 * (`STORE_API_TOKEN`, sent as `Authorization: Bearer …`) is an administrator; anything
 * else is anonymous. It lets scripts and the contract tests write before, or without,
 * the Studio's login (which supplies the full Authenticator with users and sessions).
 */
import { timingSafeEqual } from "node:crypto";
import type { Authenticator, Identity } from "./types";

export const API_TOKEN_IDENTITY: NonNullable<Identity> = {
  id: "api-token",
  name: "Automation token",
  email: "",
  role: "administrator",
  via: "api-token",
};

/** The bearer token of an Authorization header, if any. */
export function bearerToken(headers: Record<string, string | string[] | undefined>): string | undefined {
  const value = headers.authorization;
  const header = Array.isArray(value) ? value[0] : value;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function tokenAuthenticator(apiToken: string | undefined): Authenticator {
  return {
    async identify(headers) {
      const token = bearerToken(headers);
      return apiToken && token && sameSecret(token, apiToken) ? API_TOKEN_IDENTITY : null;
    },
  };
}

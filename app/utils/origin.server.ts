/**
 * The Origin check for state-changing requests, done by server.js before Remix's own.
 * Remix 2 compares a POST's Origin with X-Forwarded-Host or Host by throwing inside its
 * handler (`throwIfPotentialCSRFAttack`): a foreign, `null` or malformed Origin became a
 * 500 with an empty body and the reader's input was lost. Here the same rule gives a
 * verdict instead; server.js then leaves the Origin header out of the request it hands to
 * Remix and tells the route (`context.foreignOrigin`), so the inquiry form answers 403
 * with the input kept, and any other route gets the 403 page.
 */

export type OriginVerdict = "absent" | "same" | "foreign";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface OriginInput {
  method: string;
  /** The Origin header as sent (undefined when absent). */
  origin: string | undefined;
  /** The Host header (host[:port]). */
  host: string | undefined;
  /** The first X-Forwarded-Host value; counted only behind a trusted proxy. */
  forwardedHost?: string | undefined;
  trustProxy: boolean;
  /** PUBLIC_URL: its host is always this site's. */
  publicUrl?: string | undefined;
}

function hostOf(url: string): string | undefined {
  try {
    const { protocol, host } = new URL(url);
    return (protocol === "http:" || protocol === "https:") && host ? host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** `absent` for safe methods and requests without Origin (non-browser clients, old browsers): the form token decides. */
export function originVerdict(input: OriginInput): OriginVerdict {
  if (!UNSAFE_METHODS.has(input.method.toUpperCase()) || input.origin === undefined) return "absent";
  const from = input.origin === "null" ? undefined : hostOf(input.origin);
  if (!from) return "foreign";
  const ours = new Set<string>();
  if (input.host) ours.add(input.host.trim().toLowerCase());
  if (input.trustProxy && input.forwardedHost) ours.add(input.forwardedHost.split(",")[0].trim().toLowerCase());
  const publicHost = input.publicUrl ? hostOf(input.publicUrl) : undefined;
  if (publicHost) ours.add(publicHost);
  return ours.has(from) ? "same" : "foreign";
}

/** Routes that answer a foreign Origin themselves, keeping what the reader typed: the inquiry form (and its `.data` twin). */
export function keepsInputOnForeignOrigin(pathname: string): boolean {
  return /^\/[^/]+\/invest\/inquiry(\/|\.data)?$/.test(pathname);
}

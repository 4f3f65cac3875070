/** Error responses that Remix's error boundaries recognise (statusText is required for isRouteErrorResponse). */
import { CACHE } from "./cache";

export function notFound(message = "Not Found"): Response {
  return new Response(message, { status: 404, statusText: "Not Found", headers: { "Cache-Control": CACHE.none } });
}

export function badRequest(message = "Bad Request"): Response {
  return new Response(message, { status: 400, statusText: "Bad Request", headers: { "Cache-Control": CACHE.none } });
}

/** A fault that retrying later may fix (e.g. a database that cannot be read): 503 with Retry-After. */
export function unavailable(retryAfterS: number, message = "Service Unavailable"): Response {
  return new Response(message, {
    status: 503,
    statusText: "Service Unavailable",
    headers: { "Cache-Control": CACHE.none, "Retry-After": String(retryAfterS) },
  });
}

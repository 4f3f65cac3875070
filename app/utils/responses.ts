/** Error responses that Remix's error boundaries recognise (statusText is required for isRouteErrorResponse). */
import { CACHE } from "./cache";

export function notFound(message = "Not Found"): Response {
  return new Response(message, { status: 404, statusText: "Not Found", headers: { "Cache-Control": CACHE.none } });
}

export function badRequest(message = "Bad Request"): Response {
  return new Response(message, { status: 400, statusText: "Bad Request", headers: { "Cache-Control": CACHE.none } });
}

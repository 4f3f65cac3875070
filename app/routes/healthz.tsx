/** Readiness for load balancers and tests: 200 once content can be read, else 503. Never cached. */
import { loadQuery } from "~/content/load.server";
import { SITE_SETTINGS_QUERY } from "~/content/queries";
import { CACHE } from "~/utils/cache";

export async function loader() {
  try {
    await loadQuery(SITE_SETTINGS_QUERY, {});
    return new Response("ok\n", {
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE.none },
    });
  } catch {
    return new Response("content unavailable\n", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE.none, "Retry-After": "30" },
    });
  }
}

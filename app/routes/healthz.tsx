/**
 * Readiness for load balancers and tests, never cached, answered within a second whatever
 * the content source does:
 * - 200 `ok`: content was just read from the source;
 * - 200 `degraded: <reason>`: the source is slow or failing, pages are served from their
 *   last good copies. Still 200 on purpose: every instance reads the same source, so a load
 *   balancer that took degraded instances out would turn a CMS outage into a site outage;
 *   monitoring reads the body;
 * - 503 `content unavailable`: nothing can be read and nothing was kept (a fresh process
 *   during an outage), so readers would only get the 503 page.
 * The reason names the kind of failure (`HTTP 503`, `no answer within 400 ms`), never a URL or token.
 */
import { contentHealth, loadQuery } from "~/content/load.server";
import { SITE_SETTINGS_QUERY } from "~/content/queries";
import { CACHE } from "~/utils/cache";

/** Below the one second a health check may take: the stale budget is spent well inside it. */
const DEADLINE_MS = 800;

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE.none };

export async function loader() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), DEADLINE_MS)));
  const read = loadQuery(SITE_SETTINGS_QUERY, {}).then(
    () => "read" as const,
    () => "failed" as const,
  );
  const outcome = await Promise.race([read, late]);
  clearTimeout(timer);
  if (outcome === "read") {
    const health = contentHealth();
    if (health.state === "ok") return new Response("ok\n", { headers: TEXT });
    return new Response(`degraded: ${health.kind} content source ${health.reason}\n`, { headers: TEXT });
  }
  const reason = outcome === "late" ? `no answer within ${DEADLINE_MS} ms` : (contentHealth().reason ?? "failed");
  return new Response(`content unavailable: ${reason}\n`, {
    status: 503,
    headers: { ...TEXT, "Retry-After": "30" },
  });
}

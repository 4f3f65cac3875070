/**
 * POST /api/webhooks/sanity: Sanity's "document published" webhook (GROQ-powered webhook
 * with SANITY_WEBHOOK_SECRET as its secret). A valid call purges the content caches and
 * answers 200 at once; forged or stale/replayed → 401, malformed → 400, each changing
 * nothing. Without SANITY_WEBHOOK_SECRET the endpoint does not exist (404).
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import { purgeContentCaches } from "~/content/load.server";
import { MAX_BODY_BYTES, ReplayGuard, SIGNATURE_HEADER_NAME, verifyWebhook } from "~/content/webhook.server";
import { CACHE } from "~/utils/cache";
import { env } from "~/utils/env.server";
import { notFound } from "~/utils/responses";

const guard = new ReplayGuard();

function answer(status: number, body: Record<string, unknown>) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": CACHE.none },
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const secret = env().SANITY_WEBHOOK_SECRET;
  if (!secret) throw notFound();
  if (request.method !== "POST") return answer(405, { error: "POST only" });
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_BODY_BYTES) {
    return answer(413, { error: "body too large" });
  }
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return answer(413, { error: "body too large" });
  const verdict = await verifyWebhook({
    body,
    signature: request.headers.get(SIGNATURE_HEADER_NAME),
    secret,
    now: Date.now(),
    guard,
  });
  if (!verdict.ok) {
    console.warn(`[webhook] refused (${verdict.status}): ${verdict.reason}`);
    return answer(verdict.status, { error: verdict.reason });
  }
  purgeContentCaches();
  const id = (verdict.payload as { _id?: unknown } | null)?._id;
  console.log(`[webhook] content caches purged${typeof id === "string" ? ` (${id})` : ""}`);
  return answer(200, { purged: true });
}

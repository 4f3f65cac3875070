/**
 * The Sanity webhook (hosted Content Lake): Sanity POSTs when a document is published, and
 * the site purges what it keeps of earlier content (the source's result cache, the
 * last-good results, the UI-string overrides) so readers see the change on their next
 * request instead of after the cache's expiry.
 *
 * Only a call Sanity signed counts: the `sanity-webhook-signature` header is checked with
 * @sanity/webhook against the raw body (re-encoded JSON would not match), its timestamp
 * must be within TOLERANCE_MS of now, and a signature is accepted once (a replay inside
 * the window is refused). Every refusal changes nothing.
 */
import { decodeSignatureHeader, isValidSignature, SIGNATURE_HEADER_NAME } from "@sanity/webhook";

/** How far the signed time may be from ours: Sanity sends at once, retries within minutes. */
export const TOLERANCE_MS = 5 * 60 * 1000;
/** Bodies are a projection of one document; anything larger is not ours. */
export const MAX_BODY_BYTES = 1_000_000;

export type WebhookVerdict = { ok: true; payload: unknown } | { ok: false; status: 400 | 401; reason: string };

/** Signatures seen within the tolerance window, by signature, with their timestamp. */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  /** True the first time a signature is offered; old entries are dropped as time passes. */
  accept(signature: string, timestamp: number, now: number): boolean {
    for (const [s, t] of this.seen) if (Math.abs(now - t) > TOLERANCE_MS) this.seen.delete(s);
    if (this.seen.has(signature)) return false;
    this.seen.set(signature, timestamp);
    return true;
  }
}

export async function verifyWebhook(input: {
  body: string;
  signature: string | null;
  secret: string;
  now: number;
  guard: ReplayGuard;
}): Promise<WebhookVerdict> {
  const { body, signature, secret, now, guard } = input;
  if (!signature) return { ok: false, status: 401, reason: `no ${SIGNATURE_HEADER_NAME} header` };
  let timestamp: number;
  try {
    timestamp = decodeSignatureHeader(signature).timestamp;
  } catch {
    return { ok: false, status: 400, reason: "malformed signature header" };
  }
  if (!body) return { ok: false, status: 400, reason: "empty body" };
  if (!(await isValidSignature(body, signature, secret))) return { ok: false, status: 401, reason: "bad signature" };
  if (Math.abs(now - timestamp) > TOLERANCE_MS) return { ok: false, status: 401, reason: "stale signature" };
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return { ok: false, status: 400, reason: "body is not JSON" };
  }
  // Last, so a malformed call does not use up its signature.
  if (!guard.accept(signature, timestamp, now)) return { ok: false, status: 401, reason: "replayed signature" };
  return { ok: true, payload };
}

export { SIGNATURE_HEADER_NAME };

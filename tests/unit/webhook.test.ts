/**
 * The Sanity webhook's verification on payloads signed here with @sanity/webhook's own
 * encoder: a valid call passes once; a forged, stale or replayed one is 401, a malformed
 * one 400, and a refusal does not use up a signature.
 */
import { encodeSignatureHeader } from "@sanity/webhook";
import { describe, expect, it } from "vitest";
import { ReplayGuard, TOLERANCE_MS, verifyWebhook } from "../../app/content/webhook.server";

const SECRET = "webhook-secret-for-tests-0123456789";
const BODY = JSON.stringify({ _id: "article-1", _type: "article" });
const NOW = Date.parse("2026-05-01T10:00:00Z");

async function verify(body: string, signature: string | null, guard = new ReplayGuard(), now = NOW) {
  return verifyWebhook({ body, signature, secret: SECRET, now, guard });
}

describe("verifyWebhook", () => {
  it("accepts a call signed with the secret, once", async () => {
    const guard = new ReplayGuard();
    const signature = await encodeSignatureHeader(BODY, NOW - 1_000, SECRET);
    expect(await verify(BODY, signature, guard)).toEqual({ ok: true, payload: JSON.parse(BODY) });
    expect(await verify(BODY, signature, guard)).toMatchObject({
      ok: false,
      status: 401,
      reason: "replayed signature",
    });
  });

  it("refuses another secret, an edited body and a missing header with 401", async () => {
    const forged = await encodeSignatureHeader(BODY, NOW, "some-other-secret-0123456789");
    expect(await verify(BODY, forged)).toMatchObject({ ok: false, status: 401 });
    const signature = await encodeSignatureHeader(BODY, NOW, SECRET);
    expect(await verify(BODY.replace("article-1", "article-2"), signature)).toMatchObject({ ok: false, status: 401 });
    // The raw body is what was signed: the same JSON re-encoded with spaces does not match.
    expect(await verify(JSON.stringify(JSON.parse(BODY), null, 1), signature)).toMatchObject({ status: 401 });
    expect(await verify(BODY, null)).toMatchObject({ ok: false, status: 401 });
  });

  it("refuses a signature older or newer than the tolerance with 401", async () => {
    const old = await encodeSignatureHeader(BODY, NOW - TOLERANCE_MS - 1_000, SECRET);
    expect(await verify(BODY, old)).toMatchObject({ ok: false, status: 401, reason: "stale signature" });
    const future = await encodeSignatureHeader(BODY, NOW + TOLERANCE_MS + 1_000, SECRET);
    expect(await verify(BODY, future)).toMatchObject({ ok: false, status: 401, reason: "stale signature" });
  });

  it("refuses a malformed header or body with 400, without using up the signature", async () => {
    expect(await verify(BODY, "v1=abc")).toMatchObject({ ok: false, status: 400 });
    const guard = new ReplayGuard();
    const signedText = await encodeSignatureHeader("not json", NOW, SECRET);
    expect(await verify("not json", signedText, guard)).toMatchObject({ ok: false, status: 400 });
    const signature = await encodeSignatureHeader(BODY, NOW, SECRET);
    expect(await verify("", signature, guard)).toMatchObject({ ok: false, status: 400 });
    expect(await verify(BODY, signature, guard)).toMatchObject({ ok: true });
  });
});

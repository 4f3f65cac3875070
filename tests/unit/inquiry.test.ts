/**
 * The inquiry form's rules and protections, without a server: the shared zod schema and
 * its messages in every language, the signed form token (tamper, expiry, minimum fill
 * time, cookie binding), the SQLite store (idempotent insert, references, outbox state)
 * and the outbox worker's retry and exactly-once bookkeeping.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resources } from "../../app/i18n/resources";
import { LANGUAGE_IDS } from "../../app/i18n/languages";
import { issueToken, newClientId, readClientId, verifyToken } from "../../app/inquiries/csrf.server";
import { OutboxWorker, inquiryDocument, type InquiryDocument } from "../../app/inquiries/outbox.server";
import {
  FIELDS,
  LIMITS,
  isEmailAddress,
  validateInquiry,
  type Inquiry,
  type InquiryValues,
} from "../../app/inquiries/schema";
import { InquiryStore, REFERENCE_PATTERN } from "../../app/inquiries/store.server";

const VALID: InquiryValues = {
  name: "Nguyễn Văn An",
  organisation: "Mekong Agro JSC",
  country: "VN",
  email: "an@example.vn",
  phone: "+84 293 123 4567",
  preferredLanguage: "vi",
  topic: "opportunity",
  opportunity: "opp-1",
  message: "Xin thông tin về khu công nghiệp.",
  consent: "yes",
};
const KNOWN = new Set(["opp-1", "opp-1-en"]);

describe("the inquiry schema", () => {
  it("accepts a complete inquiry and trims what it keeps", () => {
    const result = validateInquiry({ ...VALID, name: "  Nguyễn Văn An  " }, KNOWN);
    expect(result).toEqual({ ok: true, data: { ...VALID, name: "Nguyễn Văn An" } });
  });

  it("names every missing required field at once, and only those", () => {
    const result = validateInquiry({}, KNOWN);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      name: "required",
      organisation: "required",
      country: "required",
      email: "required",
      preferredLanguage: "required",
      topic: "required",
      message: "required",
      consent: "required",
    });
  });

  it("tells malformed from missing, and checks lengths and lists", () => {
    const result = validateInquiry(
      {
        ...VALID,
        name: "x".repeat(LIMITS.name + 1),
        country: "XX",
        email: "an.example.vn",
        phone: "call me",
        preferredLanguage: "de",
        message: "hi",
        consent: "on",
        opportunity: "opp-404",
      },
      KNOWN,
    );
    expect(result.ok ? {} : result.errors).toEqual({
      name: "tooLong",
      country: "required",
      email: "invalid",
      phone: "invalid",
      preferredLanguage: "required",
      message: "tooShort",
      consent: "required",
      opportunity: "invalid",
    });
  });

  it("accepts internationalised e-mail addresses as typed (NFC) and still refuses malformed ones", () => {
    for (const email of [
      "user@bücher.de",
      "đức@ví-dụ.vn",
      "用户@例子.广告",
      "a.b+c@xn--bcher-kva.de",
      "hanako@example.jp",
    ]) {
      expect([email, isEmailAddress(email)]).toEqual([email, true]);
    }
    const result = validateInquiry({ ...VALID, email: " user@bu\u0308cher.de " }, KNOWN);
    expect(result.ok && result.data.email).toBe("user@bücher.de");
    for (const email of [
      "user@bücher",
      "a@b@c.de",
      "a b@c.de",
      "user@exa mple.com",
      "user@a.com/x",
      "user@[1.2.3.4]",
      "user@a.com:80",
      'us"er@a.de',
      "user@-a.de",
      "user@a..de",
      ".a@b.de",
      "@x.de",
      "x@",
    ]) {
      expect([email, isEmailAddress(email)]).toEqual([email, false]);
    }
  });

  it("needs an opportunity only when the topic is one, and drops it otherwise", () => {
    const missing = validateInquiry({ ...VALID, opportunity: "" }, KNOWN);
    expect(missing.ok ? {} : missing.errors).toEqual({ opportunity: "required" });
    const general = validateInquiry({ ...VALID, topic: "incentives", opportunity: "opp-404" }, KNOWN);
    expect(general.ok && general.data.opportunity).toBe("");
  });

  it("counts the message limit as the browser's maxlength does", () => {
    expect(validateInquiry({ ...VALID, message: "投".repeat(LIMITS.message) }, KNOWN).ok).toBe(true);
    expect(validateInquiry({ ...VALID, message: "投".repeat(LIMITS.message + 1) }, KNOWN).ok).toBe(false);
  });

  it("has a message for every field and code it can produce, in every language, each in that language", () => {
    const codes: Record<string, string[]> = {
      name: ["required", "tooLong"],
      organisation: ["required", "tooLong"],
      country: ["required"],
      email: ["required", "invalid", "tooLong"],
      phone: ["invalid", "tooLong"],
      preferredLanguage: ["required"],
      topic: ["required"],
      opportunity: ["required", "invalid"],
      message: ["required", "tooShort", "tooLong"],
      consent: ["required"],
    };
    expect(Object.keys(codes).sort()).toEqual([...FIELDS].sort());
    for (const [field, list] of Object.entries(codes)) {
      for (const code of list) {
        const texts = LANGUAGE_IDS.map((lang) => {
          const errors = (resources[lang].inquiry as { errors: Record<string, Record<string, string>> }).errors;
          return errors[field]?.[code];
        });
        expect(
          texts.every((t) => typeof t === "string" && t.length > 0),
          `${field}.${code}`,
        ).toBe(true);
        // Six languages, six different sentences: none left in English by mistake.
        expect(new Set(texts).size, `${field}.${code}`).toBe(LANGUAGE_IDS.length);
      }
    }
  });
});

describe("the signed form token", () => {
  const secret = "s".repeat(40);
  const options = { minFillMs: 3_000, maxAgeMs: 60_000 };
  const client = newClientId();
  const t0 = 1_800_000_000_000;

  it("verifies for its own client after the minimum fill time and gives a nonce", () => {
    const token = issueToken(secret, client, t0);
    const check = verifyToken(secret, token, client, { ...options, now: t0 + 3_000 });
    expect(check).toMatchObject({ ok: true, issuedAt: t0 });
    expect(check.ok && check.nonce).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it("refuses a form sent before the minimum fill time", () => {
    const token = issueToken(secret, client, t0);
    expect(verifyToken(secret, token, client, { ...options, now: t0 + 2_999 })).toEqual({
      ok: false,
      reason: "tooFast",
    });
  });

  it("refuses an expired form", () => {
    const token = issueToken(secret, client, t0);
    expect(verifyToken(secret, token, client, { ...options, now: t0 + 60_001 })).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("refuses a token changed in any part, signed with another secret, or for another client", () => {
    const token = issueToken(secret, client, t0);
    const [issued, nonce, sig] = token.split(".");
    const now = t0 + 5_000;
    // An earlier time would dodge the minimum fill time: the signature must cover it.
    const earlier = `${(t0 - 10_000).toString(36)}.${nonce}.${sig}`;
    const otherNonce = `${issued}.${"A".repeat(16)}.${sig}`;
    const flipped = `${issued}.${nonce}.${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`;
    for (const bad of [earlier, otherNonce, flipped, "garbage", `${issued}.${nonce}`]) {
      expect(verifyToken(secret, bad, client, { ...options, now }), bad).toEqual({ ok: false, reason: "forged" });
    }
    expect(verifyToken("t".repeat(40), token, client, { ...options, now })).toEqual({ ok: false, reason: "forged" });
    expect(verifyToken(secret, token, newClientId(), { ...options, now })).toEqual({ ok: false, reason: "forged" });
    expect(verifyToken(secret, token, undefined, { ...options, now })).toEqual({ ok: false, reason: "missing" });
    expect(verifyToken(secret, undefined, client, { ...options, now })).toEqual({ ok: false, reason: "missing" });
  });

  it("reads the client cookie and ignores a malformed one", () => {
    expect(readClientId(`lang=ja; inquiry_client=${client}`)).toBe(client);
    expect(readClientId("inquiry_client=<script>")).toBeUndefined();
    expect(readClientId(null)).toBeUndefined();
  });
});

describe("the inquiry store and outbox", () => {
  const dirs: string[] = [];
  const open = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "inquiry-unit-"));
    dirs.push(dir);
    return new InquiryStore(path.join(dir, "nested", "inquiries.sqlite"));
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const input = (key: string) => ({
    ...(VALID as Inquiry),
    submissionKey: key,
    pageLanguage: "vi",
    opportunityTitle: "KCN",
  });

  it("stores with a readable unique reference, once per submission key, in WAL mode", () => {
    const store = open();
    const first = store.insert(input("k1"), new Date("2026-03-01T00:00:00Z"));
    expect(first.created).toBe(true);
    expect(first.inquiry.reference).toMatch(REFERENCE_PATTERN);
    expect(first.inquiry.reference.startsWith("HG-2026-")).toBe(true);
    const again = store.insert(input("k1"));
    expect(again).toEqual({ inquiry: first.inquiry, created: false });
    const second = store.insert(input("k2"));
    expect(second.inquiry.reference).not.toBe(first.inquiry.reference);
    expect(store.count()).toBe(2);
    expect(store.byReference(first.inquiry.reference)?.email).toBe(VALID.email);
    store.close();
  });

  it("keeps a row due until it is marked sent, with backoff after failures", () => {
    const store = open();
    const { inquiry } = store.insert(input("k1"), new Date(1_000));
    expect(store.due(1_000).map((e) => e.inquiry.id)).toEqual([inquiry.id]);
    store.markFailed(inquiry.id, "503", 5_000);
    expect(store.due(4_999)).toEqual([]);
    expect(store.due(5_000)[0].attempts).toBe(1);
    store.markSent(inquiry.id);
    expect(store.due(Number.MAX_SAFE_INTEGER)).toEqual([]);
    expect(store.nextDue()).toBeUndefined();
    store.close();
  });

  it("the worker retries a failing destination and sends each inquiry once it recovers", async () => {
    const store = open();
    let now = 10_000;
    let up = false;
    const delivered: InquiryDocument[] = [];
    const worker = new OutboxWorker(
      store,
      async (doc) => {
        if (!up) throw new Error("503 Service Unavailable");
        delivered.push(doc);
      },
      { baseDelayMs: 1_000, maxDelayMs: 8_000, now: () => now },
    );
    const a = store.insert(input("a"), new Date(now)).inquiry;
    const b = store.insert(input("b"), new Date(now)).inquiry;
    expect(await worker.drain()).toBe(0);
    expect(store.due(now)).toEqual([]);
    up = true;
    now += 10_000;
    expect(await worker.drain()).toBe(2);
    expect(await worker.drain()).toBe(0);
    worker.stop();
    expect(delivered.map((d) => d._id).sort()).toEqual([`inquiry.${a.id}`, `inquiry.${b.id}`].sort());
    expect(delivered[0]).toMatchObject({ _type: "inquiry", status: "new", consent: true });
    store.close();
  });

  it("backs off exponentially within ±20 % and up to the cap", () => {
    const worker = new OutboxWorker(open(), async () => {}, { baseDelayMs: 1_000, maxDelayMs: 8_000 });
    for (const [failures, nominal] of [
      [1, 1_000],
      [2, 2_000],
      [3, 4_000],
      [4, 8_000],
      [9, 8_000],
    ] as const) {
      const d = worker.delayAfter(failures);
      expect(d).toBeGreaterThanOrEqual(nominal * 0.8);
      expect(d).toBeLessThanOrEqual(nominal * 1.2);
    }
  });

  it("maps a stored inquiry to a private Sanity document with a weak opportunity reference", () => {
    const store = open();
    const { inquiry } = store.insert(input("k"));
    const doc = inquiryDocument(inquiry);
    expect(doc._id).toBe(`inquiry.${inquiry.id}`);
    expect(doc.opportunity).toEqual({ _type: "reference", _ref: "opp-1", _weak: true });
    store.close();
  });
});

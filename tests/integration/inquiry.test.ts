/**
 * The investor inquiry over HTTP on the production server: each bad input gets its
 * status and a message in the page's language with the input kept; a good one is
 * committed to SQLite and confirmed with a reference. The rate limit runs on a server
 * of its own with a small limit.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { VALID_FIELDS, openForm, postForm, referenceOf, sleep, type FormSession } from "../support/inquiry-client";
import { startServer, type RunningServer } from "../support/server";
import en from "../../locales/en/inquiry.json";
import fr from "../../locales/fr/inquiry.json";
import ja from "../../locales/ja/inquiry.json";
import vi from "../../locales/vi/inquiry.json";

const baseUrl = inject("baseUrl");
const OPPORTUNITY_EN = "investmentOpportunity-dong-phu-2-industrial-park-en";

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

describe("the inquiry form", () => {
  const sessions: Record<string, FormSession> = {};

  beforeAll(async () => {
    // Every form used below is opened now, and one minimum fill time (3 s) waited once.
    for (const name of ["empty", "invalid", "honeypot", "forged", "success"]) {
      sessions[name] = await openForm(baseUrl, name === "invalid" ? "fr" : name === "success" ? "vi" : "ja");
    }
    await sleep(3_100);
  });

  it("is served fresh for every reader with a form token bound to an HttpOnly cookie", async () => {
    const response = await fetch(`${baseUrl}/ja/invest/inquiry`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^inquiry_client=[A-Za-z0-9_-]{22};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    const html = await response.text();
    expect(html).toContain('method="post" action="/ja/invest/inquiry"');
    // Countries named in Japanese, replies in the page's language unless changed.
    expect(html).toContain('<option value="JP">日本</option>');
    expect(html).toMatch(/<option value="ja" selected="">日本語<\/option>/);
    expect(html).toContain('href="/ja/privacy"');
    // The honeypot: hidden from everyone, out of the tab order, never autofilled.
    expect(html).toMatch(
      /<div class="visually-hidden" aria-hidden="true"><label for="inquiry-website">[^<]+<\/label><input type="text" id="inquiry-website" name="website" tabindex="-1" autocomplete="off"/i,
    );
  });

  it("preselects the opportunity named by ?opportunity= (any language version's id)", async () => {
    const { html } = await openForm(baseUrl, "vi", `?opportunity=${OPPORTUNITY_EN}`);
    expect(html).toMatch(/<option value="opportunity" selected="">/);
    expect(html).toMatch(
      /<option value="investmentOpportunity-dong-phu-2-industrial-park-vi" selected="">Khu công nghiệp Đông Phú 2/,
    );
  });

  it("empty form: 400, every required field named in the summary and at the field, in Japanese", async () => {
    const s = sessions.empty;
    const r = await postForm(baseUrl, "ja", { formToken: s.token, website: "" }, { cookie: s.cookie });
    expect(r.status).toBe(400);
    expect(r.headers.get("cache-control")).toBe("private, no-store");
    expect(r.html).toContain(ja.errors.summaryTitle);
    for (const [field, text] of [
      ["name", ja.errors.name.required],
      ["email", ja.errors.email.required],
      ["country", ja.errors.country.required],
      ["message", ja.errors.message.required],
      ["consent", ja.errors.consent.required],
    ] as const) {
      expect(r.html).toContain(`<a href="#inquiry-${field}">${text}</a>`);
      expect(r.html).toContain(`id="inquiry-${field}-error"`);
      expect(r.html).toMatch(
        new RegExp(`id="inquiry-${field}"[^>]*aria-invalid="true"[^>]*aria-describedby="[^"]*inquiry-${field}-error`),
      );
    }
    // The summary takes the focus when the page loads.
    expect(r.html).toMatch(/<div class="form-errors" tabindex="-1" autofocus=""/);
    expect(r.html).not.toContain(en.errors.name.required);
  });

  it("invalid values: 400 in French, the input kept and escaped, never run as markup", async () => {
    const s = sessions.invalid;
    const name = '<script>alert("x")</script>';
    const r = await postForm(
      baseUrl,
      "fr",
      { ...VALID_FIELDS, formToken: s.token, name, email: "pas-une-adresse", phone: "appelez-moi", message: "ok" },
      { cookie: s.cookie },
    );
    expect(r.status).toBe(400);
    expect(r.html).toContain(fr.errors.email.invalid);
    expect(r.html).toContain(fr.errors.phone.invalid);
    expect(r.html).toContain(fr.errors.message.tooShort.replace("{{min}}", "5"));
    expect(r.html).not.toContain(name);
    expect(r.html).toContain(`value="${escape(name)}"`);
    expect(r.html).toContain('value="pas-une-adresse"');
    expect(r.html).toContain(`value="${VALID_FIELDS.organisation}"`);
    expect(r.html).toMatch(/<option value="JP" selected="">Japon<\/option>/);
  });

  it("honeypot filled: 400 with its message, the input kept", async () => {
    const s = sessions.honeypot;
    const r = await postForm(
      baseUrl,
      "ja",
      { ...VALID_FIELDS, formToken: s.token, website: "http://spam.example" },
      { cookie: s.cookie },
    );
    expect(r.status).toBe(400);
    expect(r.html).toContain(ja.formErrors.honeypot);
    expect(r.html).toContain(`value="${VALID_FIELDS.email}"`);
  });

  it("sent faster than a person fills it in: 400 with its message, the input kept", async () => {
    const s = await openForm(baseUrl, "vi");
    const r = await postForm(baseUrl, "vi", { ...VALID_FIELDS, formToken: s.token }, { cookie: s.cookie });
    expect(r.status).toBe(400);
    expect(r.html).toContain(vi.formErrors.tooFast);
    expect(r.html).toContain(escape(VALID_FIELDS.message));
  });

  it("a forged token or a missing cookie: 403 with the input kept and a fresh form to send again", async () => {
    const s = sessions.forged;
    const forged = await postForm(
      baseUrl,
      "ja",
      { ...VALID_FIELDS, formToken: s.token.slice(0, -2) + "xx" },
      { cookie: s.cookie },
    );
    expect(forged.status).toBe(403);
    expect(forged.html).toContain(ja.formErrors.csrf);
    expect(forged.html).toContain(`value="${VALID_FIELDS.name}"`);
    const noCookie = await postForm(baseUrl, "ja", { ...VALID_FIELDS, formToken: s.token });
    expect(noCookie.status).toBe(403);
    // A new cookie comes with the re-rendered form, so the next try can succeed.
    expect(noCookie.headers.get("set-cookie")).toMatch(/^inquiry_client=/);
  });

  it("too large: 413 before anything is read; not a form: 415", async () => {
    const big = await postForm(baseUrl, "en", { ...VALID_FIELDS, message: "x".repeat(70_000) });
    expect(big.status).toBe(413);
    expect(big.html).toContain(en.formErrors.tooLarge);
    const json = await fetch(`${baseUrl}/en/invest/inquiry`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect(json.status).toBe(415);
    expect(await json.text()).toContain(en.formErrors.unsupported);
  });

  it("a valid inquiry is committed to SQLite, then confirmed with its reference; sending the form again changes nothing", async () => {
    const s = sessions.success;
    const fields = {
      ...VALID_FIELDS,
      formToken: s.token,
      topic: "opportunity",
      opportunity: "investmentOpportunity-dong-phu-2-industrial-park-vi",
    };
    const r = await postForm(baseUrl, "vi", fields, { cookie: s.cookie });
    expect(r.status).toBe(303);
    const reference = referenceOf(r.location);
    expect(reference).toMatch(/^HG-\d{4}-[2-9A-HJKMNP-Z]{6}$/);

    const again = await postForm(baseUrl, "vi", fields, { cookie: s.cookie });
    expect(again.status).toBe(303);
    expect(again.location).toBe(r.location);

    const page = await fetch(`${baseUrl}${r.location}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    const html = await page.text();
    expect(html).toContain(`data-reference="${reference}"`);
    expect(html).toContain(vi.confirmation.title);
    // Nothing of what the sender wrote is on the confirmation.
    expect(html).not.toContain(VALID_FIELDS.email);
    expect(html).not.toContain(VALID_FIELDS.name);

    const file = inject("inquiryDb");
    if (file) {
      const db = new Database(file, { readonly: true });
      const rows = db.prepare("SELECT * FROM inquiries WHERE reference = ?").all(reference) as Record<
        string,
        unknown
      >[];
      db.close();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        email: VALID_FIELDS.email,
        country: "JP",
        page_language: "vi",
        consent: 1,
        opportunity_title: "Khu công nghiệp Đông Phú 2",
      });
    }
  });

  it("the confirmation of an unknown or malformed reference is a 404", async () => {
    expect((await fetch(`${baseUrl}/en/invest/inquiry/HG-2000-ZZZZZZ`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/en/invest/inquiry/%3Cscript%3E`)).status).toBe(404);
  });
});

describe("the rate limit per client", () => {
  let server: RunningServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "inquiry-rate-"));
    server = await startServer({
      INQUIRY_DB: path.join(dir, "inquiries.sqlite"),
      INQUIRY_RATE_LIMIT: "2",
      INQUIRY_RATE_WINDOW_S: "600",
      INQUIRY_MIN_FILL_MS: "0",
      // Clients are told apart by X-Forwarded-For only behind a trusted proxy.
      TRUST_PROXY: "1",
    });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 429 with Retry-After and a localized message once a client is over its limit, and keeps the input; other clients go on", async () => {
    const a = { "X-Forwarded-For": "198.51.100.7" };
    // Invalid posts are charged to the junk bucket, not the submission limit (tests/integration/inquiry-hardening.test.ts).
    const invalid = await openForm(server.baseUrl, "en");
    const rejected = await postForm(
      server.baseUrl,
      "en",
      { ...VALID_FIELDS, formToken: invalid.token, email: "" },
      { cookie: invalid.cookie, headers: a },
    );
    expect(rejected.status).toBe(400);
    let cookie = invalid.cookie;
    for (let i = 0; i < 2; i++) {
      const form = await openForm(server.baseUrl, "en", "", cookie);
      cookie = form.cookie;
      const r = await postForm(
        server.baseUrl,
        "en",
        { ...VALID_FIELDS, formToken: form.token },
        { cookie, headers: a },
      );
      expect(r.status).toBe(303);
    }
    const s = await openForm(server.baseUrl, "en", "", cookie);
    const limited = await postForm(
      server.baseUrl,
      "en",
      { ...VALID_FIELDS, formToken: s.token },
      { cookie: s.cookie, headers: a },
    );
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(500);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(limited.html).toContain(en.formErrors.rateLimited_other.replace("{{count}}", "10"));
    expect(limited.html).toContain(`value="${VALID_FIELDS.organisation}"`);

    const other = await postForm(
      server.baseUrl,
      "en",
      { ...VALID_FIELDS, formToken: s.token },
      { cookie: s.cookie, headers: { "X-Forwarded-For": "198.51.100.8" } },
    );
    expect(other.status).toBe(303);
  });
});

/**
 * The inquiry form under hostile input and faults (issue 11), each on servers of its own
 * so that rate limits and a locked database never bleed into other tests: junk cannot
 * lock out a real reader behind the same address, a foreign Origin is a 403 that keeps
 * the input, a second message on a used form is not silently dropped, internationalised
 * addresses are accepted, the cookie is Secure under an https PUBLIC_URL, reference
 * look-ups are rate-limited, and a read-only database is a 503 that loses nothing.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VALID_FIELDS, openForm, postForm, referenceOf } from "../support/inquiry-client";
import { startServer, type RunningServer } from "../support/server";
import commonEn from "../../locales/en/common.json";
import en from "../../locales/en/inquiry.json";
import fr from "../../locales/fr/inquiry.json";
import ja from "../../locales/ja/inquiry.json";
import ko from "../../locales/ko/inquiry.json";
import vi from "../../locales/vi/inquiry.json";

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function rows(file: string, where: string, ...params: unknown[]): Record<string, unknown>[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT * FROM inquiries WHERE ${where}`).all(...params) as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

describe("the inquiry form under hostile input", () => {
  let server: RunningServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "inquiry-hardening-"));
    server = await startServer({
      INQUIRY_DB: path.join(dir, "inquiries.sqlite"),
      INQUIRY_MIN_FILL_MS: "0",
      // Each test speaks as its own client (X-Forwarded-For), which counts only behind a trusted proxy.
      TRUST_PROXY: "1",
    });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("junk posts (no token, forged token, invalid fields, not a form) never lock out a real reader behind the same address", async () => {
    const client = { "X-Forwarded-For": "203.0.113.5" };
    const s = await openForm(server.baseUrl, "en");
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const kind = i % 4;
      const fields =
        kind === 0
          ? { ...VALID_FIELDS }
          : kind === 1
            ? { ...VALID_FIELDS, formToken: s.token.slice(0, -2) + "xx" }
            : { ...VALID_FIELDS, formToken: s.token, email: "" };
      const r =
        kind === 3
          ? await fetch(`${server.baseUrl}/en/invest/inquiry`, {
              method: "POST",
              headers: { "Content-Type": "text/plain", Cookie: s.cookie, ...client },
              body: "junk",
            })
          : await postForm(server.baseUrl, "en", fields, { cookie: s.cookie, headers: client });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([403, 403, 400, 415, 403, 403, 400, 415, 403, 403, 400, 415]);
    const real = await postForm(
      server.baseUrl,
      "en",
      { ...VALID_FIELDS, formToken: s.token, email: "real.reader@example.org" },
      { cookie: s.cookie, headers: client },
    );
    expect(real.status).toBe(303);
    expect(referenceOf(real.location)).toBeDefined();

    // A flood of junk runs out its own (looser) bucket and gets 429; a real reader's next form still goes through.
    let flooded: Awaited<ReturnType<typeof postForm>> | undefined;
    for (let i = 0; i < 120 && !flooded; i++) {
      const r = await postForm(server.baseUrl, "en", { ...VALID_FIELDS }, { cookie: s.cookie, headers: client });
      if (r.status === 429) flooded = r;
      else expect(r.status).toBe(403);
    }
    expect(flooded?.status).toBe(429);
    expect(Number(flooded?.headers.get("retry-after"))).toBeGreaterThan(0);
    const next = await openForm(server.baseUrl, "en", "", s.cookie);
    const again = await postForm(
      server.baseUrl,
      "en",
      { ...VALID_FIELDS, formToken: next.token, email: "real.reader2@example.org" },
      { cookie: s.cookie, headers: client },
    );
    expect(again.status).toBe(303);
  });

  it("the per-client submission limit still counts real submissions: the 11th in the window is a 429 with the input kept", async () => {
    const client = { "X-Forwarded-For": "203.0.113.6" };
    let cookie = "";
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof postForm>> | undefined;
    for (let i = 0; i < 11; i++) {
      const s = await openForm(server.baseUrl, "fr", "", cookie);
      cookie = s.cookie;
      last = await postForm(
        server.baseUrl,
        "fr",
        { ...VALID_FIELDS, formToken: s.token, message: `Demande numéro ${i} sur les terrains industriels.` },
        { cookie, headers: client },
      );
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(303));
    expect(last!.status).toBe(429);
    expect(last!.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(last!.html).toContain(fr.formErrors.rateLimited_other.replace("{{count}}", "10"));
    expect(last!.html).toContain("Demande numéro 10 sur les terrains industriels.");
  });

  it("a foreign, null or malformed Origin: 403 with a localized explanation and the input kept; nothing stored", async () => {
    const client = { "X-Forwarded-For": "203.0.113.7" };
    const s = await openForm(server.baseUrl, "ja");
    for (const origin of ["https://evil.example", "null", "http://[not-a-host", "javascript:alert(1)"]) {
      const r = await postForm(
        server.baseUrl,
        "ja",
        { ...VALID_FIELDS, formToken: s.token, email: "origin@example.org" },
        { cookie: s.cookie, headers: { ...client, Origin: origin } },
      );
      expect([origin, r.status]).toEqual([origin, 403]);
      expect(r.html).toContain(ja.formErrors.origin);
      expect(r.html).toContain(`value="${VALID_FIELDS.organisation}"`);
      expect(r.html).toContain(escape(VALID_FIELDS.message));
    }
    expect(rows(server.inquiryDb, "email = ?", "origin@example.org")).toHaveLength(0);

    // Another route than the form: the 403 page, not Remix's empty 500.
    const other = await fetch(`${server.baseUrl}/en/news`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "null", ...client },
      body: "a=1",
    });
    expect(other.status).toBe(403);
    expect(await other.text()).toContain(commonEn.error.originRefusedTitle);

    // The site's own origin goes through.
    const ok = await postForm(
      server.baseUrl,
      "ja",
      { ...VALID_FIELDS, formToken: s.token, email: "origin@example.org" },
      { cookie: s.cookie, headers: { ...client, Origin: server.baseUrl } },
    );
    expect(ok.status).toBe(303);
    expect(rows(server.inquiryDb, "email = ?", "origin@example.org")).toHaveLength(1);
  });

  it("the same form with another message: 409 naming the first reference, the new message kept to send anew; the same message stays idempotent", async () => {
    const client = { "X-Forwarded-For": "203.0.113.8" };
    const s = await openForm(server.baseUrl, "vi");
    const first = { ...VALID_FIELDS, formToken: s.token, email: "twice@example.org" };
    const r1 = await postForm(server.baseUrl, "vi", first, { cookie: s.cookie, headers: client });
    expect(r1.status).toBe(303);
    const reference = referenceOf(r1.location)!;

    const second = { ...first, message: "Một câu hỏi khác: giá thuê đất năm 2026 là bao nhiêu?" };
    const r2 = await postForm(server.baseUrl, "vi", second, { cookie: s.cookie, headers: client });
    expect(r2.status).toBe(409);
    expect(r2.html).toContain(escape(vi.formErrors.alreadySent.replace("{{reference}}", reference)));
    expect(r2.html).toContain(escape(second.message));
    // A fresh form token comes with it, so the kept message can be sent as a new inquiry.
    const fresh = /name="formToken" value="([^"]+)"/.exec(r2.html)?.[1];
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(s.token);
    const r3 = await postForm(
      server.baseUrl,
      "vi",
      { ...second, formToken: fresh! },
      { cookie: s.cookie, headers: client },
    );
    expect(r3.status).toBe(303);
    expect(referenceOf(r3.location)).not.toBe(reference);

    // The first message sent again: its own reference, nothing new.
    const r4 = await postForm(server.baseUrl, "vi", first, { cookie: s.cookie, headers: client });
    expect(r4.status).toBe(303);
    expect(r4.location).toBe(r1.location);
    const stored = rows(server.inquiryDb, "email = ? ORDER BY received_at", "twice@example.org");
    expect(stored.map((row) => row.message)).toEqual([first.message, second.message]);
  });

  it("internationalised e-mail addresses are accepted and stored as typed", async () => {
    const client = { "X-Forwarded-For": "203.0.113.9" };
    for (const email of ["user@bücher.de", "đức.nguyễn@ví-dụ.vn"]) {
      const s = await openForm(server.baseUrl, "en");
      const r = await postForm(
        server.baseUrl,
        "en",
        { ...VALID_FIELDS, formToken: s.token, email },
        { cookie: s.cookie, headers: client },
      );
      expect([email, r.status]).toEqual([email, 303]);
      expect(rows(server.inquiryDb, "reference = ?", referenceOf(r.location))[0]?.email).toBe(email);
    }
    const s = await openForm(server.baseUrl, "en");
    const bad = await postForm(
      server.baseUrl,
      "en",
      { ...VALID_FIELDS, formToken: s.token, email: "user@bücher" },
      { cookie: s.cookie, headers: client },
    );
    expect(bad.status).toBe(400);
    expect(bad.html).toContain(en.errors.email.invalid);
  });

  it("reference look-ups are rate-limited per client: a localized 429 with Retry-After; other clients go on", async () => {
    const client = { "X-Forwarded-For": "203.0.113.10" };
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const guess = `HG-2026-${"ABCDEFGHJK"[i % 10]}${"23456789"[i % 8]}ZZZZ`;
      statuses.push((await fetch(`${server.baseUrl}/ja/invest/inquiry/${guess}`, { headers: client })).status);
    }
    expect(statuses).toEqual(Array(20).fill(404));
    const limited = await fetch(`${server.baseUrl}/ja/invest/inquiry/HG-2026-ZZZZZZ`, { headers: client });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get("cache-control")).toBe("private, no-store");
    const html = await limited.text();
    expect(html).toContain(ja.confirmation.rateLimitedTitle);
    expect(html).toContain(ja.confirmation.rateLimited_other.replace("{{count}}", "1"));
    const other = await fetch(`${server.baseUrl}/ja/invest/inquiry/HG-2026-ZZZZZZ`, {
      headers: { "X-Forwarded-For": "203.0.113.11" },
    });
    expect(other.status).toBe(404);
  });
});

describe("the form cookie under an https PUBLIC_URL", () => {
  let server: RunningServer;
  beforeAll(async () => {
    // Plain http to the server, as behind a TLS proxy without TRUST_PROXY.
    server = await startServer({ PUBLIC_URL: "https://haugiang.example.org" });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("is Secure even though the request came over http", async () => {
    const response = await fetch(`${server.baseUrl}/en/invest/inquiry`);
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^inquiry_client=/);
    expect(cookie).toMatch(/; Secure(;|$)/);
  });
});

describe("a read-only inquiry database", () => {
  let dir: string;
  let db: string;
  let servers: RunningServer[] = [];
  // As root, permission bits do not stop writes; the immutable attribute does.
  const asRoot = process.getuid?.() === 0;
  const lock = (locked: boolean) => {
    const files = readdirSync(dir).map((f) => path.join(dir, f));
    if (asRoot) {
      execFileSync("chattr", [locked ? "+i" : "-i", ...(locked ? [...files, dir] : [dir, ...files])]);
    } else if (locked) {
      for (const f of files) chmodSync(f, 0o444);
      chmodSync(dir, 0o555);
    } else {
      chmodSync(dir, 0o755);
      for (const f of files) chmodSync(f, 0o644);
    }
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "inquiry-readonly-"));
    db = path.join(dir, "inquiries.sqlite");
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    try {
      lock(false);
    } catch {
      // already unlocked
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("the form answers 503 with a localized message and the input kept; what was acknowledged before is all there after", async () => {
    const env = { INQUIRY_DB: db, INQUIRY_MIN_FILL_MS: "0" };
    const before = await startServer(env);
    servers.push(before);
    const s0 = await openForm(before.baseUrl, "en");
    const r0 = await postForm(
      before.baseUrl,
      "en",
      { ...VALID_FIELDS, formToken: s0.token, email: "before@example.org" },
      { cookie: s0.cookie },
    );
    expect(r0.status).toBe(303);
    const acknowledged = referenceOf(r0.location);
    await before.stop();
    servers = [];

    lock(true);
    const locked = await startServer(env);
    servers.push(locked);
    const s1 = await openForm(locked.baseUrl, "ko");
    const fields = { ...VALID_FIELDS, formToken: s1.token, email: "during@example.org" };
    const refused = await postForm(locked.baseUrl, "ko", fields, { cookie: s1.cookie });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(refused.html).toContain(ko.formErrors.unavailable);
    expect(refused.html).toContain(`value="${VALID_FIELDS.organisation}"`);
    expect(refused.html).toContain(escape(VALID_FIELDS.message));
    // What was acknowledged stays readable (SQLite falls back to reading), or at worst a 503, never a 500.
    const lookup = await fetch(`${locked.baseUrl}/en/invest/inquiry/${acknowledged}`);
    expect([200, 503]).toContain(lookup.status);

    // Writable again: the same server takes the same form, and both inquiries are there once each.
    lock(false);
    const retried = await postForm(locked.baseUrl, "ko", fields, { cookie: s1.cookie });
    expect(retried.status).toBe(303);
    expect((await fetch(`${locked.baseUrl}/en/invest/inquiry/${acknowledged}`)).status).toBe(200);
    expect(
      rows(db, "email IN ('before@example.org', 'during@example.org') ORDER BY received_at").map((r) => r.email),
    ).toEqual(["before@example.org", "during@example.org"]);
  });
});

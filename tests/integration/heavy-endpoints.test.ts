// Expensive endpoints that must not starve pages: image variants snap to a few sizes and qualities and are kept on disk across restarts; prospectus PDFs are cached, never rendered for HEAD, and rate-limited per client with a localized page.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import ja from "../../locales/ja/prospectus.json";
import { startServer, type RunningServer } from "../support/server";

const baseUrl = inject("baseUrl");

/** The first embedded image file on the English home page (its path, without the query). */
async function imagePath(origin: string): Promise<string> {
  const html = await (await fetch(`${origin}/en`)).text();
  const found = /\/images\/[^"?]+\.(?:png|jpg|jpeg|webp)/.exec(html)?.[0];
  expect(found).toBeDefined();
  return found!;
}

async function get(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe("image variants", () => {
  it("snaps w and q to the allowed lists: nearby parameters give the same variant", async () => {
    const file = await imagePath(baseUrl);
    const a = await get(`${baseUrl}${file}?w=790&q=70&fm=webp`);
    const b = await get(`${baseUrl}${file}?w=800&q=80&fm=webp`);
    const c = await get(`${baseUrl}${file}?w=800&fm=webp`);
    for (const r of [a, b, c]) expect(r.response.status).toBe(200);
    expect(a.response.headers.get("etag")).toMatch(/^"[^"]+"$/);
    expect(b.response.headers.get("etag")).toBe(a.response.headers.get("etag"));
    expect(c.response.headers.get("etag")).toBe(a.response.headers.get("etag"));
    expect(b.body.equals(a.body)).toBe(true);
    // Another quality step is another variant.
    const other = await get(`${baseUrl}${file}?w=800&q=95&fm=webp`);
    expect(other.response.headers.get("etag")).not.toBe(a.response.headers.get("etag"));
  });

  it("snaps out-of-range values instead of refusing them, and ignores junk", async () => {
    const file = await imagePath(baseUrl);
    const low = await get(`${baseUrl}${file}?w=800&q=1&fm=webp`);
    const high = await get(`${baseUrl}${file}?w=99999&q=100&fm=webp`);
    const junk = await get(`${baseUrl}${file}?w=800&q=best&fm=webp`);
    for (const r of [low, high, junk]) expect(r.response.status).toBe(200);
    expect(junk.response.headers.get("etag")).toBe(
      (await get(`${baseUrl}${file}?w=800&fm=webp`)).response.headers.get("etag"),
    );
  });

  it("answers 304 to a request that already has the variant", async () => {
    const file = await imagePath(baseUrl);
    const first = await get(`${baseUrl}${file}?w=480&fm=webp`);
    const again = await fetch(`${baseUrl}${file}?w=480&q=73&fm=webp`, {
      headers: { "If-None-Match": first.response.headers.get("etag")! },
    });
    expect(again.status).toBe(304);
  });

  describe("on disk", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hg-image-cache-test-"));
    const env = { STORE_DB: path.join(dir, "store.sqlite"), INQUIRY_DB: path.join(dir, "inquiries.sqlite") };
    let server: RunningServer | undefined;
    afterAll(async () => {
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it("writes a transformed file beside the store and reads it again after a restart", async () => {
      server = await startServer(env);
      const file = await imagePath(server.baseUrl);
      const url = `${file}?w=320&q=50&fm=png`;
      const cacheDir = path.join(dir, "image-cache");
      // The page may have had images made already (none of this size and quality).
      const before = new Set(existsSync(cacheDir) ? readdirSync(cacheDir) : []);
      const first = await get(server.baseUrl + url);
      expect(first.response.status).toBe(200);
      const written = readdirSync(cacheDir).filter((name) => !before.has(name));
      expect(written).toHaveLength(1);
      expect(written[0]).toMatch(/^[a-f0-9]{40}\.bin$/);
      expect(readdirSync(cacheDir).some((name) => name.endsWith(".tmp"))).toBe(false);
      await server.stop();

      // The restarted server serves what the file holds: proof that it read it rather than transforming anew.
      const marker = Buffer.concat([first.body, Buffer.from("cached on disk")]);
      writeFileSync(path.join(cacheDir, written[0]), marker);
      server = await startServer(env);
      const again = await get(server.baseUrl + url);
      expect(again.response.status).toBe(200);
      expect(again.response.headers.get("etag")).toBe(first.response.headers.get("etag"));
      expect(again.body.equals(marker)).toBe(true);
    }, 90_000);
  });
});

describe("prospectus PDF under load", () => {
  it("answers HEAD with the PDF's headers and no body, without rendering it", async () => {
    const url = `${baseUrl}/ko/invest/prospectus.pdf?sector=logistics`;
    const head = await fetch(url, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("application/pdf");
    expect(head.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(head.headers.get("x-cache")).toBeNull();
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    // Had HEAD rendered, the PDF would now be cached.
    const { response } = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-cache")).toBe("miss");
  });

  it("keeps a bad choice a 400 on HEAD too", async () => {
    const head = await fetch(`${baseUrl}/en/invest/prospectus.pdf?sector=mining`, { method: "HEAD" });
    expect(head.status).toBe(400);
  });

  it("serves a second identical request from its cache, whatever the order of the choice", async () => {
    const html = await (await fetch(`${baseUrl}/en/invest/prospectus`)).text();
    const ids = [...html.matchAll(/name="opportunity"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="opportunity"/g)]
      .map((m) => m[1] ?? m[2])
      .slice(0, 2);
    expect(ids).toHaveLength(2);
    const query = (list: string[]) => list.map((id) => `opportunity=${encodeURIComponent(id)}`).join("&");
    const first = await get(`${baseUrl}/en/invest/prospectus.pdf?${query(ids)}`);
    const second = await get(`${baseUrl}/en/invest/prospectus.pdf?${query([...ids].reverse())}`);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get("x-cache")).toBe("miss");
    expect(second.response.headers.get("x-cache")).toBe("hit");
    expect(second.body.equals(first.body)).toBe(true);
    // The same request again is answered before the content query (its key as it came), with
    // the same headers: the localized file name and no shared caching.
    const third = await get(`${baseUrl}/en/invest/prospectus.pdf?${query(ids)}`);
    expect(third.response.headers.get("x-cache")).toBe("hit");
    expect(third.body.equals(first.body)).toBe(true);
    for (const name of ["content-type", "content-disposition", "cache-control", "content-length"])
      expect(third.response.headers.get(name)).toBe(first.response.headers.get(name));
    // Another language is another PDF, never the cached one.
    const french = await get(`${baseUrl}/fr/invest/prospectus.pdf?${query(ids)}`);
    expect(french.response.headers.get("x-cache")).toBe("miss");
    expect(french.response.headers.get("content-disposition")).not.toBe(
      first.response.headers.get("content-disposition"),
    );
  });

  it("refuses OPTIONS", async () => {
    const response = await fetch(`${baseUrl}/en/invest/prospectus.pdf?sector=energy`, { method: "OPTIONS" });
    expect(response.status).toBe(405);
  });

  describe("per client", () => {
    let server: RunningServer | undefined;
    afterAll(() => server?.stop());

    it("answers renders beyond the limit with a localized 429 and Retry-After; cached PDFs still come", async () => {
      server = await startServer({ PROSPECTUS_RATE_LIMIT: "2", PROSPECTUS_RATE_WINDOW_S: "600" });
      const pdf = (lang: string, sector: string) => `${server!.baseUrl}/${lang}/invest/prospectus.pdf?sector=${sector}`;
      expect((await get(pdf("en", "industry"))).response.status).toBe(200);
      expect((await get(pdf("en", "tourism"))).response.status).toBe(200);
      const refused = await fetch(pdf("ja", "energy"));
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(refused.headers.get("content-type")).toMatch(/^text\/html/);
      const html = await refused.text();
      expect(html).toMatch(/<html lang="ja"/);
      expect(html).toContain(ja.error.rateLimited);
      expect(html).toContain('href="/ja/invest/prospectus"');
      const cached = await get(pdf("en", "industry"));
      expect(cached.response.status).toBe(200);
      expect(cached.response.headers.get("x-cache")).toBe("hit");
    }, 60_000);
  });
});

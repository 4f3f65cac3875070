// The page cache over HTTP: a repeat view is answered from it with the same bytes, entity tag
// and policy; conditional requests get 304; personal, preview and error responses never
// come from it; a publish through the store is on the next view; PAGE_CACHE_MB=0 turns it off.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../support/server";
import { queryStore, storeClient } from "../support/store-client";

const baseUrl = inject("baseUrl");
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(baseUrl + path, { headers, redirect: "manual" });

describe("the page cache", () => {
  it("answers a repeat view from the cache, with the same body, ETag and CSP", async () => {
    const path = "/ja/news?cache-test=1";
    const first = await get(path);
    const second = await get(path);
    expect(first.status).toBe(200);
    expect(second.headers.get("x-cache")).toBe("hit");
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(second.headers.get("content-security-policy")).toBe(first.headers.get("content-security-policy"));
    expect(second.headers.get("cache-control")).toMatch(/\bpublic\b/);
    expect(second.headers.get("vary")).toMatch(/accept-encoding/i);
  });

  it("answers If-None-Match with 304 and no body", async () => {
    const first = await get("/vi");
    const etag = first.headers.get("etag")!;
    expect(etag).toBeTruthy();
    const again = await get("/vi", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await get("/vi", { "If-None-Match": 'W/"other"' })).status).toBe(200);
  });

  it("sends brotli, gzip or identity as the reader accepts, the same page in each", async () => {
    const { request } = await import("node:http");
    const { brotliDecompressSync, gunzipSync } = await import("node:zlib");
    await get("/en/about");
    const raw = (encoding: string) =>
      new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
        request(`${baseUrl}/en/about`, { headers: { "Accept-Encoding": encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
        })
          .on("error", reject)
          .end();
      });
    const [br, gz, plain] = await Promise.all([raw("br"), raw("gzip"), raw("identity")]);
    expect(br.encoding).toBe("br");
    expect(gz.encoding).toBe("gzip");
    expect(plain.encoding).toBeUndefined();
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });

  it("answers HEAD from the cache with the headers and no body", async () => {
    await get("/fr/news");
    const head = await fetch(`${baseUrl}/fr/news`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("x-cache")).toBe("hit");
    expect(await head.text()).toBe("");
  });

  it("never shares an entry between host names (their canonical URLs differ)", async () => {
    const { request } = await import("node:http");
    const fetchWithHost = (host: string) =>
      new Promise<{ cache?: string; body: string }>((resolve, reject) => {
        request(`${baseUrl}/en/invest`, { headers: { Host: host } }, (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (body += c));
          res.on("end", () => resolve({ cache: res.headers["x-cache"] as string, body }));
        })
          .on("error", reject)
          .end();
      });
    // Two of the hosts the server answers (ADR 0020: any other Host is a 400).
    const port = new URL(baseUrl).port;
    await fetchWithHost(`localhost:${port}`);
    const other = await fetchWithHost(`[::1]:${port}`);
    expect(other.cache).toBe("miss");
    expect(other.body).not.toContain(`localhost:${port}`);
  });

  it("never keeps a personal page, an error or a preview", async () => {
    for (const path of ["/en/invest/inquiry", "/en/invest/inquiry"]) {
      const res = await get(path);
      expect(res.headers.get("x-cache"), path).toBeNull();
      expect(res.headers.get("set-cookie"), path).toBeTruthy();
    }
    await get("/en/no-such-page");
    const missing = await get("/en/no-such-page");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-cache")).toBeNull();
    await get("/en");
    const previewing = await get("/en", { Cookie: "hg_preview=1.abc" });
    expect(previewing.headers.get("x-cache")).not.toBe("hit");
  });

  it("shows a publish on the next view", async () => {
    const [article] = await queryStore<{ _id: string; title: string; slug: string }[]>(
      baseUrl,
      `*[_type == "article" && language == "en" && !(_id in path("drafts.**"))] | order(publishedAt desc)[0..0]{_id, title, "slug": slug.current}`,
    );
    const path = `/en/news/${article.slug}`;
    await get(path);
    expect((await get(path)).headers.get("x-cache")).toBe("hit");
    const staff = storeClient(baseUrl);
    const edited = `${article.title} (cache test)`;
    await staff.patch(article._id).set({ title: edited }).commit();
    try {
      const after = await get(path);
      expect(after.headers.get("x-cache")).toBe("miss");
      expect(await after.text()).toContain(edited);
    } finally {
      await staff.patch(article._id).set({ title: article.title }).commit();
    }
  });
});

describe("PAGE_CACHE_MB=0", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ PAGE_CACHE_MB: "0" });
  });
  afterAll(() => server?.stop());

  it("renders every view", async () => {
    await fetch(`${server.baseUrl}/en`);
    const again = await fetch(`${server.baseUrl}/en`);
    expect(again.status).toBe(200);
    expect(again.headers.get("x-cache")).toBeNull();
    expect(again.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-/);
  });
});

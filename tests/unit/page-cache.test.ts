// The page cache's rules (what may be shared, encodings, entity tags, freshness) and the hash-based CSP.
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { describe, expect, it, vi } from "vitest";
import { contentSecurityPolicy, inlineScripts, scriptHashes } from "~/utils/csp.server";
import { chooseEncoding, freshSeconds, isShareable, matchesEtag, PageCache } from "~/utils/page-cache.server";

const PUBLIC_HTML = { "Cache-Control": "public, max-age=60, s-maxage=300", "Content-Type": "text/html; charset=utf-8" };

describe("isShareable", () => {
  it("keeps a public 200 page", () => {
    expect(isShareable("GET", 200, new Headers(PUBLIC_HTML))).toBe(true);
  });
  it.each([
    ["HEAD", 200, PUBLIC_HTML],
    ["POST", 200, PUBLIC_HTML],
    ["GET", 404, PUBLIC_HTML],
    ["GET", 302, PUBLIC_HTML],
    ["GET", 200, { ...PUBLIC_HTML, "Cache-Control": "private, no-store" }],
    ["GET", 200, { ...PUBLIC_HTML, "Cache-Control": "public, no-cache" }],
    ["GET", 200, { ...PUBLIC_HTML, "Set-Cookie": "token=1" }],
    ["GET", 200, { ...PUBLIC_HTML, Vary: "Accept-Encoding, Cookie" }],
    ["GET", 200, { ...PUBLIC_HTML, "Content-Type": "application/pdf" }],
    ["GET", 200, { "Content-Type": "text/html" }],
  ] as const)("refuses %s %s %o", (method, status, headers) => {
    expect(isShareable(method, status, new Headers(headers))).toBe(false);
  });
  it("keeps public feeds and data of text types", () => {
    for (const type of ["application/json", "text/csv", "application/xml", "application/geo+json"]) {
      expect(isShareable("GET", 200, new Headers({ ...PUBLIC_HTML, "Content-Type": type })), type).toBe(true);
    }
  });
});

describe("chooseEncoding", () => {
  it.each([
    ["gzip, deflate, br", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip;q=0.5", "gzip"],
    ["identity", "identity"],
    [undefined, "identity"],
    ["*", "br"],
    ["*;q=0", "identity"],
  ] as const)("%s → %s", (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe("matchesEtag", () => {
  it("compares weakly, in a list, and with *", () => {
    expect(matchesEtag('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag("*", 'W/"abc"')).toBe(true);
    expect(matchesEtag('W/"abd"', 'W/"abc"')).toBe(false);
    expect(matchesEtag(undefined, 'W/"abc"')).toBe(false);
  });
});

describe("freshSeconds", () => {
  it("takes s-maxage over max-age", () => {
    expect(freshSeconds("public, max-age=60, s-maxage=300, stale-while-revalidate=3600")).toBe(300);
    expect(freshSeconds("public, max-age=60")).toBe(60);
    expect(freshSeconds("public")).toBe(0);
  });
});

describe("PageCache", () => {
  const request = (init: Partial<IncomingMessage>) =>
    ({ method: "GET", url: "/en", headers: {}, ...init }) as IncomingMessage;

  it("serves an entry only for the version it was rendered from, and only while fresh", async () => {
    let version = "v1";
    const cache = new PageCache({ maxBytes: 1 << 20, version: () => version });
    const key = cache.keyFor(request({}), "http://a.example")!;
    await cache.put(key, "v1", 200, new Headers(PUBLIC_HTML), Buffer.from("<p>one</p>"));
    expect(cache.get(key)?.bodies.identity.toString()).toBe("<p>one</p>");
    version = "v2";
    expect(cache.get(key)).toBeUndefined();
    await cache.put(
      key,
      "v2",
      200,
      new Headers({ ...PUBLIC_HTML, "Cache-Control": "public, max-age=0" }),
      Buffer.from("x"),
    );
    expect(cache.get(key), "max-age=0 is stale at once").toBeUndefined();
  });

  it("stores compressed bodies that decode to the page", async () => {
    const { gunzipSync, brotliDecompressSync } = await import("node:zlib");
    const cache = new PageCache({ maxBytes: 1 << 20, version: () => "v" });
    const html = Buffer.from("<p>Hậu Giang 後江</p>".repeat(200));
    const entry = await cache.put("k", "v", 200, new Headers(PUBLIC_HTML), html);
    expect(gunzipSync(entry.bodies.gzip).equals(html)).toBe(true);
    expect(brotliDecompressSync(entry.bodies.br).equals(html)).toBe(true);
    expect(entry.bodies.gzip.length).toBeLessThan(html.length / 4);
  });

  it("answers the first reader in its own encoding and keeps the entry once every encoding is made", async () => {
    const { gunzipSync, brotliDecompressSync } = await import("node:zlib");
    const cache = new PageCache({ maxBytes: 1 << 20, version: () => "v" });
    const html = Buffer.from("<p>Hậu Giang 後江</p>".repeat(200));
    const plain = await cache.put("plain", "v", 200, new Headers(PUBLIC_HTML), html, "identity");
    expect(plain.bodies.identity.equals(html)).toBe(true);
    const gz = await cache.put("gz", "v", 200, new Headers(PUBLIC_HTML), html, "gzip");
    expect(gunzipSync(gz.bodies.gzip).equals(html)).toBe(true);
    const br = await cache.put("br", "v", 200, new Headers(PUBLIC_HTML), html, "br");
    expect(brotliDecompressSync(br.bodies.br).equals(html)).toBe(true);
    for (const key of ["plain", "gz", "br"]) {
      await vi.waitFor(() => expect(cache.get(key), key).toBeDefined());
      const kept = cache.get(key)!;
      expect(gunzipSync(kept.bodies.gzip).equals(html)).toBe(true);
      expect(brotliDecompressSync(kept.bodies.br).equals(html)).toBe(true);
      expect(kept.size).toBeGreaterThan(html.length);
    }
  });

  it("keys by origin and path, and never answers credentials, a bypassed request or a POST", () => {
    const cache = new PageCache({ maxBytes: 1 << 20, version: () => "v", bypass: (r) => !!r.headers.cookie });
    expect(cache.keyFor(request({}), "http://a.example")).not.toBe(cache.keyFor(request({}), "http://b.example"));
    expect(cache.keyFor(request({ url: "/en?page=2" }), "http://a")).not.toBe(cache.keyFor(request({}), "http://a"));
    expect(cache.keyFor(request({ headers: { authorization: "Bearer x" } }), "http://a")).toBeUndefined();
    expect(cache.keyFor(request({ headers: { cookie: "hg_preview=1" } }), "http://a")).toBeUndefined();
    expect(cache.keyFor(request({ method: "POST" }), "http://a")).toBeUndefined();
  });

  it("stays within its byte bound, dropping the least recently used", async () => {
    const cache = new PageCache({ maxBytes: 64 * 1024, version: () => "v" });
    const page = (i: number) => Buffer.from(createHash("sha512").update(String(i)).digest("hex").repeat(40));
    for (let i = 0; i < 40; i++) await cache.put(`k${i}`, "v", 200, new Headers(PUBLIC_HTML), page(i));
    expect(cache.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(cache.get("k39")).toBeDefined();
    expect(cache.get("k0")).toBeUndefined();
  });

  it("is off with no bytes", () => {
    const cache = new PageCache({ maxBytes: 0, version: () => "v" });
    expect(cache.enabled).toBe(false);
    expect(cache.keyFor(request({}), "http://a")).toBeUndefined();
  });
});

describe("hash-based CSP", () => {
  const html = [
    '<script>window.__remixContext = {"a":1};</script>',
    '<script type="module" async="">import "/build/entry.js";</script>',
    '<script src="/build/x.js"></script>',
    '<script type="application/ld+json">{"@type":"Event"}</script>',
    '<script>window.__remixContext = {"a":1};</script>',
  ].join("");

  it("hashes each executable inline script once, and no external or data block", () => {
    expect(inlineScripts(html)).toEqual([
      'window.__remixContext = {"a":1};',
      'import "/build/entry.js";',
      'window.__remixContext = {"a":1};',
    ]);
    const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    expect(scriptHashes(html)).toEqual([sha('window.__remixContext = {"a":1};'), sha('import "/build/entry.js";')]);
  });

  it("names the hashes in script-src and allows nothing inline otherwise", () => {
    const policy = contentSecurityPolicy({ scriptHashes: ["'sha256-abc='"] });
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

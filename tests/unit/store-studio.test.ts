// The built Studio at /studio (hashed assets immutable, precompressed, SPA fallback, a CSP that names only our origins) and the HTTP/2 listener's self-signed certificate.
import { X509Certificate } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, get, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStudioHandler } from "../../app/store/studio.server";
import { loadTlsCredentials } from "../../app/store/tls.server";

const INLINE = "window.__errors = [];";
let server: Server;
let base: string;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "hg-studio-"));
  mkdirSync(path.join(dir, "static"));
  writeFileSync(
    path.join(dir, "index.html"),
    `<!DOCTYPE html><html><head><script>${INLINE}</script></head><body><div id="sanity"></div><script src="/studio/static/sanity-AbCd1234.js" type="module"></script></body></html>`,
  );
  const js = "console.log('studio');".repeat(100);
  writeFileSync(path.join(dir, "static", "sanity-AbCd1234.js"), js);
  writeFileSync(path.join(dir, "static", "sanity-AbCd1234.js.br"), brotliCompressSync(js));
  writeFileSync(path.join(dir, "static", "favicon.svg"), "<svg/>");
  const studio = createStudioHandler({ dir, projectId: "demo1234" });
  server = createServer((req, res) => {
    if (!studio(req, res)) res.writeHead(418).end("not the studio");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the Studio at /studio", () => {
  it("answers every Studio route with the app shell, revalidated, and leaves other paths alone", async () => {
    for (const route of ["/studio", "/studio/", "/studio/structure/content;article"]) {
      const res = await fetch(`${base}${route}`);
      expect(res.status, route).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(await res.text()).toContain('<div id="sanity">');
    }
    expect((await fetch(`${base}/studiox`)).status).toBe(418);
    expect((await fetch(`${base}/vi`)).status).toBe(418);
  });

  it("sends hashed bundles as immutable, brotli when accepted, and 404s unknown files", async () => {
    const br = await fetch(`${base}/studio/static/sanity-AbCd1234.js`, { headers: { "accept-encoding": "br, gzip" } });
    expect(br.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(await br.text()).toContain("console.log('studio')");
    const icon = await fetch(`${base}/studio/static/favicon.svg`);
    expect(icon.headers.get("cache-control")).toBe("public, max-age=3600");
    expect((await fetch(`${base}/studio/static/nope.js`)).status).toBe(404);
  });

  it("allows its inline script by hash and connects only to our origin and the project host", async () => {
    // fetch may not set Host; node:http may.
    const csp = await new Promise<string>((resolve, reject) => {
      get(`${base}/studio/`, { headers: { host: "localhost:3000" } }, (res) => {
        res.resume();
        resolve(String(res.headers["content-security-policy"] ?? ""));
      }).on("error", reject);
    });
    const hash = (await import("node:crypto")).createHash("sha256").update(INLINE).digest("base64");
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(csp).toMatch(
      /connect-src 'self' http:\/\/demo1234\.localhost:3000 https:\/\/demo1234\.localhost:3000 ws:\/\/demo1234\.localhost:3000 wss:\/\/demo1234\.localhost:3000;/,
    );
    expect(csp).not.toMatch(/sanity\.io|sanity-cdn|\*/);
  });

  it("refuses writes", async () => {
    expect((await fetch(`${base}/studio/`, { method: "POST" })).status).toBe(405);
  });
});

describe("the HTTP/2 listener's certificate", () => {
  it("makes a self-signed pair for localhost and the project host once, then reuses it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hg-tls-"));
    const first = await loadTlsCredentials({ projectId: "demo1234", dir });
    const cert = new X509Certificate(first.cert);
    expect(cert.checkHost("localhost")).toBe("localhost");
    expect(cert.checkHost("demo1234.localhost")).toBe("demo1234.localhost");
    expect(cert.checkIP("127.0.0.1")).toBe("127.0.0.1");
    const second = await loadTlsCredentials({ projectId: "demo1234", dir });
    expect(second.cert).toBe(first.cert);
    expect(readFileSync(path.join(dir, "localhost-key.pem"), "utf8")).toBe(first.key);
  });

  it("uses the given files, and refuses only one of the two", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hg-tls-"));
    const made = await loadTlsCredentials({ projectId: "demo1234", dir });
    const given = await loadTlsCredentials({
      projectId: "demo1234",
      keyFile: path.join(dir, "localhost-key.pem"),
      certFile: path.join(dir, "localhost-cert.pem"),
    });
    expect(given.cert).toBe(made.cert);
    await expect(loadTlsCredentials({ projectId: "demo1234", keyFile: "x.pem" })).rejects.toThrow(/both/);
  });
});

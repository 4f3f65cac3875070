/**
 * The hostile-input corpus (issue 11): bad requests against the production server, kept
 * in one data table so that a new route joins it with a line. Every case: no 5xx, no
 * reflected script, the status it should have, and a clear message (in the path's
 * language where the path names one). Then the host allow-list with PUBLIC_URL set
 * (ADR 0020), the connection limits, security headers on every response type, and a scan
 * of the built client assets for the values of every server-only variable.
 *
 * Requests go through node:http, not fetch: fetch refuses TRACE, a forged Host, raw
 * paths and chunked bodies of our choosing.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ENV_VARIABLES, SECRET_VARIABLES } from "../../app/utils/env.server";
import { startServer, type RunningServer } from "../support/server";
import { VALID_FIELDS, openForm } from "../support/inquiry-client";
import enCommon from "../../locales/en/common.json";
import frCommon from "../../locales/fr/common.json";
import jaCommon from "../../locales/ja/common.json";
import viCommon from "../../locales/vi/common.json";
import enInquiry from "../../locales/en/inquiry.json";

const baseUrl = inject("baseUrl");
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The script every case tries to get reflected; a page may show it escaped, never as markup. */
const SCRIPT = `"><script>alert(1337)</script><img src=x onerror=alert(1337)>`;
const REFLECTED = /<script>alert\(1337\)|<img src=x onerror/i;
const enc = encodeURIComponent;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface Send {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** Sent with Content-Length, or in chunks without it when `chunked`. */
  body?: string | Buffer;
  chunked?: boolean;
}

/** One request as written, on a connection of its own. */
function send(origin: string, { method = "GET", path: target, headers = {}, body, chunked }: Send): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: hostname,
        port,
        method,
        path: target,
        headers: { Connection: "close", ...headers },
        setHost: !Object.keys(headers).some((h) => h.toLowerCase() === "host"),
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    request.on("error", reject);
    if (body !== undefined && !chunked) request.setHeader("Content-Length", Buffer.byteLength(body));
    if (body !== undefined && chunked) {
      // Several writes with no Content-Length: Node sends Transfer-Encoding: chunked.
      const buffer = Buffer.from(body);
      for (let at = 0; at < buffer.length; at += 8_192) request.write(buffer.subarray(at, at + 8_192));
    } else if (body !== undefined) request.write(body);
    request.end();
  });
}

const FORM = { "Content-Type": "application/x-www-form-urlencoded" };
const BIG = "message=" + "x".repeat(100 * 1024);
const words = { en: enCommon.error, fr: frCommon.error, ja: jaCommon.error, vi: viCommon.error };

interface HostileCase extends Send {
  group: string;
  name: string;
  status: number;
  /** Text the answer must contain (the message that says why). */
  says?: string;
  /** The answer's `<html lang>`, for an HTML page. */
  lang?: string;
}

// The corpus. A new route adds its bad requests here.
const CASES: HostileCase[] = [
  // Language prefixes
  { group: "language prefix", name: "unknown", path: "/xx/news", status: 404, says: words.vi.notFoundTitle },
  { group: "language prefix", name: "a region tag", path: "/en-US/news", status: 404, says: words.vi.notFoundTitle },
  { group: "language prefix", name: "an encoded NUL", path: "/e%00n/news", status: 404, lang: "vi" },
  { group: "language prefix", name: "malformed encoding", path: "/%ZZ/news", status: 404, lang: "vi" },
  { group: "language prefix", name: "script", path: `/${enc(SCRIPT)}/news`, status: 404, lang: "vi" },
  { group: "language prefix", name: "overlong", path: `/${"e".repeat(2_000)}/news`, status: 404, lang: "vi" },
  // Slugs
  { group: "slug", name: "encoded traversal", path: "/en/news/..%2F..%2Fetc%2Fpasswd", status: 404, lang: "en" },
  { group: "slug", name: "raw traversal", path: "/en/news/../../../etc/passwd", status: 404 },
  { group: "slug", name: "encoded NUL", path: "/en/news/abc%00def", status: 404, says: words.en.notFoundTitle },
  { group: "slug", name: "only a NUL", path: "/fr/events/%00", status: 404, says: words.fr.notFoundTitle },
  { group: "slug", name: "overlong", path: `/en/news/${"a".repeat(5_000)}`, status: 404, lang: "en" },
  {
    group: "slug",
    name: "mixed scripts (Cyrillic а)",
    path: encodeURI("/ja/news/pаypal-news"),
    status: 404,
    lang: "ja",
  },
  { group: "slug", name: "script", path: `/en/events/${enc(SCRIPT)}`, status: 404, lang: "en" },
  { group: "slug", name: "opportunity with script", path: `/en/invest/opportunities/${enc(SCRIPT)}`, status: 404 },
  // Query strings
  { group: "query", name: "search for a script", path: `/en/search?q=${enc(SCRIPT)}`, status: 200, lang: "en" },
  { group: "query", name: "a page number that is a script", path: `/en/news?page=${enc(SCRIPT)}`, status: 400 },
  {
    group: "query",
    name: "a sector that is a script",
    path: `/en/invest/opportunities?sector=${enc(SCRIPT)}`,
    status: 400,
  },
  // Trailing slash and open redirects
  { group: "trailing slash", name: "a page", path: "/en/news/?page=2", status: 301 },
  { group: "trailing slash", name: "two leading slashes", path: "//evil.example/", status: 301 },
  { group: "trailing slash", name: "a leading backslash", path: "/%5Cevil.example/", status: 301 },
  // Methods
  {
    group: "method",
    name: "TRACE on a page",
    method: "TRACE",
    path: "/en",
    status: 405,
    says: words.en.methodNotAllowedTitle,
  },
  { group: "method", name: "TRACE on the sitemap", method: "TRACE", path: "/sitemap.xml", status: 405 },
  { group: "method", name: "PUT on the sitemap", method: "PUT", path: "/sitemap.xml", status: 405 },
  { group: "method", name: "DELETE on a feed", method: "DELETE", path: "/en/news/feed.rss", status: 405 },
  { group: "method", name: "PATCH on JSON", method: "PATCH", path: "/api/indicators.json", status: 405 },
  { group: "method", name: "PUT on the calendar", method: "PUT", path: "/ja/events/calendar.ics", status: 405 },
  {
    group: "method",
    name: "OPTIONS",
    method: "OPTIONS",
    path: "/fr",
    status: 405,
    says: words.fr.methodNotAllowedTitle,
  },
  { group: "method", name: "POST on a page without a form", method: "POST", path: "/en/news", status: 405 },
  { group: "method", name: "POST on a resource route", method: "POST", path: "/sitemap.xml", status: 405 },
  // Host
  { group: "host", name: "foreign", path: "/en", headers: { Host: "evil.example" }, status: 400, lang: "en" },
  {
    group: "host",
    name: "foreign, on the sitemap",
    path: "/sitemap.xml",
    headers: { Host: "evil.example" },
    status: 400,
  },
  {
    group: "host",
    name: "foreign, on robots.txt",
    path: "/robots.txt",
    headers: { Host: "evil.example" },
    status: 400,
  },
  {
    group: "host",
    name: "foreign, on a feed",
    path: "/en/news/feed.atom",
    headers: { Host: "evil.example" },
    status: 400,
  },
  { group: "host", name: "empty", path: "/ja", headers: { Host: "" }, status: 400, says: words.ja.badRequestTitle },
  { group: "host", name: "with a space", path: "/fr/news", headers: { Host: "bad host" }, status: 400, lang: "fr" },
  { group: "host", name: "with userinfo", path: "/en", headers: { Host: "localhost@evil.example" }, status: 400 },
  { group: "host", name: "with a script", path: "/en", headers: { Host: SCRIPT }, status: 400 },
  // Sizes
  {
    group: "size",
    name: "headers over 16 KB",
    path: "/en",
    headers: { "X-Filler": "a".repeat(20_000) },
    status: 431,
    says: "Request headers too large",
  },
  { group: "size", name: "a request line over 16 KB", path: `/en/news/${"a".repeat(20_000)}`, status: 431 },
  {
    group: "size",
    name: "form body over 64 KB",
    method: "POST",
    path: "/en/invest/inquiry",
    headers: FORM,
    body: BIG,
    status: 413,
    says: enInquiry.formErrors.tooLarge,
  },
  {
    group: "size",
    name: "chunked form body over 64 KB",
    method: "POST",
    path: "/en/invest/inquiry",
    headers: FORM,
    body: BIG,
    chunked: true,
    status: 413,
    says: enInquiry.formErrors.tooLarge,
  },
  // Forms
  {
    group: "form",
    name: "no CSRF token",
    method: "POST",
    path: "/en/invest/inquiry",
    headers: FORM,
    body: new URLSearchParams(VALID_FIELDS).toString(),
    status: 403,
    says: enInquiry.formErrors.csrf,
  },
  {
    group: "form",
    name: "fields with script and homoglyphs",
    method: "POST",
    path: "/en/invest/inquiry",
    headers: FORM,
    body: new URLSearchParams({
      ...VALID_FIELDS,
      name: SCRIPT,
      email: "hаnako@exаmple.jp",
      message: SCRIPT,
    }).toString(),
    status: 403,
  },
  {
    group: "form",
    name: "not a form",
    method: "POST",
    path: "/en/invest/inquiry",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name: SCRIPT }),
    status: 415,
  },
  ...["https://evil.example", "null", "::::"].map((origin): HostileCase => ({
    group: "form",
    name: `Origin ${origin}`,
    method: "POST",
    path: "/en/invest/inquiry",
    headers: { ...FORM, Origin: origin },
    body: new URLSearchParams(VALID_FIELDS).toString(),
    status: 403,
  })),
  // Webhook (unset secret on this server: the route does not exist)
  {
    group: "webhook",
    name: "forged, with no secret configured",
    method: "POST",
    path: "/api/webhooks/sanity",
    headers: { "Content-Type": "application/json", "sanity-webhook-signature": "t=1,v1=forged" },
    body: "{}",
    status: 404,
  },
];

describe("the hostile-input corpus", () => {
  it.each(CASES.map((c) => [`${c.group}: ${c.name}`, c] as const))("%s", async (_label, c) => {
    const run = async () => {
      const answer = await send(baseUrl, c);
      const where = `${c.method ?? "GET"} ${c.path.slice(0, 80)}`;
      expect(answer.status, where).toBeLessThan(500);
      expect(answer.status, where).toBe(c.status);
      expect(answer.body, `${where}: reflected script`).not.toMatch(REFLECTED);
      if (c.says) expect(answer.body, where).toContain(c.says);
      if (c.lang) expect(answer.body, where).toMatch(new RegExp(`<html lang="${c.lang}"`));
      if (answer.status >= 400) {
        // A message, not an empty body; never a stack trace or a public cache.
        expect(answer.body.trim().length, where).toBeGreaterThan(0);
        expect(answer.body, where).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\.js:\d+:\d+/);
        expect(answer.headers["cache-control"] ?? "", where).not.toMatch(/\bpublic\b/);
      }
      if (answer.status === 405) expect(answer.headers.allow, where).toMatch(/^GET, HEAD/);
      if (answer.status === 301) {
        const location = answer.headers.location ?? "";
        // Always a path on this site, never `//host` (a protocol-relative URL).
        expect(location, where).toMatch(/^\/(?![/\\])/);
        expect(location.endsWith("/") && location !== "/", where).toBe(false);
      }
    };
    await run();
  });

  it("keeps the query when it drops a trailing slash", async () => {
    const answer = await send(baseUrl, { path: "/en/news/?page=2" });
    expect(answer.headers.location).toBe("/en/news?page=2");
  });

  it("never builds a URL from a foreign Host: its name appears nowhere", async () => {
    for (const target of ["/en", "/sitemap.xml", "/robots.txt", "/en/news/feed.rss", "/en/events/calendar.ics"]) {
      const answer = await send(baseUrl, { path: target, headers: { Host: "poison.example" } });
      expect(answer.status, target).toBe(400);
      expect(answer.body, target).not.toContain("poison.example");
    }
  });

  it("still answers a real form post of normal size (the body limit reads the whole body)", async () => {
    const session = await openForm(baseUrl, "en");
    const answer = await send(baseUrl, {
      method: "POST",
      path: "/en/invest/inquiry",
      headers: { ...FORM, Cookie: session.cookie },
      body: new URLSearchParams({ ...VALID_FIELDS, formToken: session.token, message: "y".repeat(3_000) }).toString(),
      chunked: true,
    });
    // Too fast for the form's minimum fill time: the form again, with its words, and the input kept.
    expect(answer.status).toBeLessThan(500);
    expect(answer.body).toContain("y".repeat(3_000));
  });
});

describe("security headers on every response type", () => {
  const checked: [label: string, make: () => Promise<Answer>][] = [
    ["HTML", () => send(baseUrl, { path: "/en" })],
    ["JSON", () => send(baseUrl, { path: "/api/indicators.json" })],
    ["XML", () => send(baseUrl, { path: "/sitemap.xml" })],
    ["RSS", () => send(baseUrl, { path: "/en/news/feed.rss" })],
    ["ICS", () => send(baseUrl, { path: "/en/events/calendar.ics" })],
    ["PNG", () => send(baseUrl, { path: "/en/share-image.png" })],
    [
      "PDF",
      async () => {
        const page = await send(baseUrl, { path: "/en/invest/prospectus" });
        const id = /name="opportunity"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="opportunity"/.exec(page.body);
        return send(baseUrl, { path: `/en/invest/prospectus.pdf?opportunity=${enc(id?.[1] ?? id?.[2] ?? "")}` });
      },
    ],
    ["static file", () => send(baseUrl, { path: "/favicon.svg" })],
    ["404", () => send(baseUrl, { path: "/en/no-such-page" })],
    ["405", () => send(baseUrl, { method: "PUT", path: "/sitemap.xml" })],
    [
      "413",
      () => send(baseUrl, { method: "POST", path: "/en/invest/inquiry", headers: FORM, body: BIG, chunked: true }),
    ],
    ["400 (foreign Host)", () => send(baseUrl, { path: "/en", headers: { Host: "evil.example" } })],
    ["301 (trailing slash)", () => send(baseUrl, { path: "/en/news/" })],
  ];

  it.each(checked)("%s", async (label, make) => {
    const answer = await make();
    expect(answer.status, label).toBeLessThan(500);
    const h = answer.headers;
    expect(h["x-content-type-options"], label).toBe("nosniff");
    expect(Number(/max-age=(\d+)/.exec(String(h["strict-transport-security"]))?.[1]), label).toBeGreaterThan(
      15_000_000,
    );
    expect(h["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"], label).toBe("DENY");
    expect(String(h["content-security-policy"]), label).toMatch(/frame-ancestors 'none'/);
    expect(String(h["content-security-policy"]), label).toMatch(/object-src 'none'/);
    expect(String(h["permissions-policy"]), label).toMatch(/camera=\(\)/);
    if (answer.status >= 400) expect(h["cache-control"], label).toBe("private, no-store");
  });

  it("431 (headers too large, answered by Node before the app): nosniff, a policy, a text that says why", async () => {
    const answer = await send(baseUrl, { path: "/en", headers: { "X-Filler": "a".repeat(20_000) } });
    expect(answer.status).toBe(431);
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["content-security-policy"]).toMatch(/default-src/);
    expect(answer.headers["content-type"]).toMatch(/^text\/plain/);
  });
});

/** Distinctive values for every server-only variable, so a leak is unmistakable. */
const SECRET_VALUES: Record<string, string> = Object.fromEntries(
  SECRET_VARIABLES.map((name) => [name, `leak-probe-${name.toLowerCase().replace(/_/g, "-")}-7f3a9c1e5b`]),
);

describe("a server with PUBLIC_URL, ALLOWED_HOSTS, short timeouts and a low connection cap", () => {
  let server: RunningServer;
  const TIMEOUT_MS = 600;

  beforeAll(async () => {
    server = await startServer({
      PUBLIC_URL: "https://haugiang.example.org",
      ALLOWED_HOSTS: "www.haugiang.example.org",
      HTTP_HEADERS_TIMEOUT_MS: String(TIMEOUT_MS),
      HTTP_REQUEST_TIMEOUT_MS: "1500",
      HTTP_KEEPALIVE_TIMEOUT_MS: "300",
      HTTP_MAX_CONNECTIONS_PER_CLIENT: "4",
      ...SECRET_VALUES,
    });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("uses PUBLIC_URL for every absolute URL, whatever allowed Host the request names", async () => {
    for (const host of ["www.haugiang.example.org", new URL(server.baseUrl).host]) {
      const page = await send(server.baseUrl, { path: "/en/news", headers: { Host: host } });
      expect(page.status, host).toBe(200);
      expect(page.body, host).toMatch(/<link rel="canonical" href="https:\/\/haugiang\.example\.org\/en\/news"/);
      const robots = await send(server.baseUrl, { path: "/robots.txt", headers: { Host: host } });
      expect(robots.body, host).toContain("https://haugiang.example.org/sitemap.xml");
      const sitemap = await send(server.baseUrl, { path: "/sitemap.xml", headers: { Host: host } });
      expect(sitemap.body, host).not.toContain(`://${host}`);
      expect(sitemap.body, host).toContain("<loc>https://haugiang.example.org/");
    }
  });

  it("refuses a Host outside PUBLIC_URL's, ALLOWED_HOSTS and localhost with the 400 page", async () => {
    const answer = await send(server.baseUrl, { path: "/en", headers: { Host: "evil.example" } });
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain("evil.example");
    // A Host that differs only in case or by the default port is the same host.
    const upper = await send(server.baseUrl, { path: "/en", headers: { Host: "WWW.haugiang.example.org:80" } });
    expect(upper.status).toBe(200);
  });

  it("answers a forged webhook 401 and a chunked one over the limit with the 413 page (the route fails on the cut-off body)", async () => {
    const headers = { "Content-Type": "application/json", "sanity-webhook-signature": "t=1,v1=forged" };
    const forged = await send(server.baseUrl, { method: "POST", path: "/api/webhooks/sanity", headers, body: "{}" });
    expect(forged.status, server.output()).toBe(401);
    const big = JSON.stringify({ _id: "x".repeat(100 * 1024) });
    const oversized = await send(server.baseUrl, {
      method: "POST",
      path: "/api/webhooks/sanity",
      headers,
      body: big,
      chunked: true,
    });
    expect(oversized.status, server.output()).toBe(413);
    expect(oversized.body).toContain(words.vi.payloadTooLargeTitle);
    expect(oversized.headers.connection).toBe("close");
  });

  it("closes a connection that sends nothing once the header timeout has passed", async () => {
    const { hostname, port } = new URL(server.baseUrl);
    const socket = net.connect(Number(port), hostname);
    let received = "";
    socket.on("data", (chunk) => (received += chunk.toString()));
    const closed = await new Promise<boolean>((resolve) => {
      socket.once("close", () => resolve(true));
      // Generous: Node checks the timeouts on an interval; a connection kept for ever fails here.
      setTimeout(() => resolve(false), TIMEOUT_MS * 10);
    });
    socket.destroy();
    expect(closed).toBe(true);
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it("closes a kept-alive connection left idle after a response", async () => {
    const { hostname, port } = new URL(server.baseUrl);
    const socket = net.connect(Number(port), hostname);
    socket.resume();
    socket.write(`GET /healthz HTTP/1.1\r\nHost: ${hostname}:${port}\r\n\r\n`);
    const closed = await new Promise<boolean>((resolve) => {
      socket.once("close", () => resolve(true));
      setTimeout(() => resolve(false), 5_000);
    });
    socket.destroy();
    expect(closed).toBe(true);
  });

  it("refuses connections from one address over the cap with 429, and accepts again once they close", async () => {
    const { hostname, port } = new URL(server.baseUrl);
    const open = (): Promise<{ socket: net.Socket; first: Promise<string> }> =>
      new Promise((resolve) => {
        const socket = net.connect(Number(port), hostname, () => {
          const first = new Promise<string>((done) => {
            let text = "";
            socket.on("data", (c) => (text += c.toString()));
            socket.on("close", () => done(text));
          });
          resolve({ socket, first });
        });
      });
    const held = await Promise.all(Array.from({ length: 4 }, open));
    const extra = await open();
    const refused = await extra.first;
    expect(refused).toMatch(/^HTTP\/1\.1 429 /);
    expect(refused).toMatch(/Retry-After: \d+/);
    for (const { socket } of held) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await send(server.baseUrl, { path: "/healthz" });
    expect(again.status).toBeLessThan(500);
  });

  it("shows the value of no server-only variable in the built client assets or the served pages", async () => {
    const values = Object.values(SECRET_VALUES);
    expect(values.length).toBeGreaterThanOrEqual(6);
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else files.push(file);
      }
    };
    walk(path.join(ROOT, "public/build"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, "latin1");
      for (const value of values) expect(text.includes(value), `${value} in ${file}`).toBe(false);
    }
    // The pages' data (Remix's context scripts) and the served scripts, as a browser gets them.
    const served = [
      "/en",
      "/vi/invest/inquiry",
      "/en/news",
      "/en/preview",
      ...files
        .filter((f) => f.endsWith(".js"))
        .map((f) => `/build/${path.relative(path.join(ROOT, "public/build"), f)}`),
    ];
    for (const target of served) {
      const answer = await send(server.baseUrl, { path: target });
      for (const value of values) expect(answer.body.includes(value), `${value} in ${target}`).toBe(false);
    }
  });
});

describe("the list of server-only variables", () => {
  it("names every token and secret the server reads", () => {
    for (const name of ENV_VARIABLES.filter((n) => /TOKEN|SECRET/.test(n))) expect(SECRET_VARIABLES).toContain(name);
  });
});

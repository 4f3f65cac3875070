// Security and caching headers: hash-based CSP, HSTS, nosniff, referrer and permissions policies, and no public caching of errors.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { inlineScripts } from "~/utils/csp.server";
import { PAGES } from "../pages";
import { startServer, type RunningServer } from "../support/server";

const baseUrl = inject("baseUrl");

const CONTENT_PAGES = PAGES.filter((p) => p.type.status === 200 && !p.type.personal);
const PERSONAL_PAGES = PAGES.filter((p) => p.type.personal);
const ERROR_PATHS = ["/vi/no-such-page", "/xx/news", "/en/news/no-such-article", "/%E0%A4%A/"];
const SAMPLE_PATHS = [
  CONTENT_PAGES[0].path,
  ...CONTENT_PAGES.filter((p) => p.type.name === "article")
    .map((p) => p.path)
    .slice(0, 1),
  ERROR_PATHS[0],
];

function get(path: string) {
  return fetch(baseUrl + path, { redirect: "manual" });
}

/** CSP directives by name; a later duplicate is ignored, as browsers do. */
function cspDirectives(response: Response): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of (response.headers.get("content-security-policy") ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

function scriptSources(response: Response): string[] {
  const csp = cspDirectives(response);
  return csp.get("script-src") ?? csp.get("default-src") ?? [];
}

/** The hash sources of script-src. */
function hashesOf(response: Response): string[] {
  return scriptSources(response).filter((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s));
}

/** Opening <script> tags that a browser would execute (JSON-LD and other data blocks run nothing). */
function executableScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => {
      const type = /\stype\s*=\s*"([^"]*)"/i.exec(tag)?.[1]?.trim().toLowerCase();
      return !type || type === "module" || type === "text/javascript" || type === "application/javascript";
    });
}

describe("Content-Security-Policy", () => {
  it("names no nonce: one rendered page can be shared by every reader (ADR 0010)", async () => {
    const [a, b] = await Promise.all([get("/vi"), get("/vi")]);
    expect(scriptSources(a).some((s) => s.startsWith("'nonce-"))).toBe(false);
    expect(a.headers.get("content-security-policy")).toBe(b.headers.get("content-security-policy"));
  });

  it.each(CONTENT_PAGES.filter((p) => p.lang === "vi").map((p) => [p.label, p.path] as const))(
    "%s: every inline script is allowed by a hash in the policy, and nothing else inline",
    async (_label, path) => {
      const response = await get(path);
      const html = await response.text();
      const hashes = hashesOf(response);
      expect(executableScripts(html).length, `${path}: Remix hydrates with scripts`).toBeGreaterThan(0);
      const inline = inlineScripts(html);
      expect(inline.length, path).toBeGreaterThan(0);
      const wanted = inline.map((text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`);
      expect(new Set(hashes), path).toEqual(new Set(wanted));
    },
  );

  it.each(SAMPLE_PATHS)("%s: no 'unsafe-inline' scripts, framing only by ourselves", async (path) => {
    const response = await get(path);
    const csp = cspDirectives(response);
    expect(scriptSources(response), path).not.toContain("'unsafe-inline'");
    expect(scriptSources(response), path).not.toContain("'unsafe-eval'");
    const frameAncestors = csp.get("frame-ancestors");
    expect(frameAncestors, `${path}: frame-ancestors`).toBeDefined();
    expect(["'none'", "'self'"]).toEqual(expect.arrayContaining(frameAncestors!));
    expect(csp.get("object-src"), path).toEqual(["'none'"]);
    expect(csp.get("base-uri"), path).toBeDefined();
  });
});

describe("other security headers", () => {
  it.each(SAMPLE_PATHS)("%s", async (path) => {
    const response = await get(path);
    const hsts = response.headers.get("strict-transport-security") ?? "";
    expect(Number(/max-age=(\d+)/i.exec(hsts)?.[1] ?? 0), `${path}: HSTS max-age`).toBeGreaterThanOrEqual(15_552_000);
    expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
    expect(
      ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"],
      `${path}: Referrer-Policy`,
    ).toContain(response.headers.get("referrer-policy"));
    const permissions = response.headers.get("permissions-policy") ?? "";
    expect(permissions, `${path}: Permissions-Policy`).toMatch(/(^|,)\s*camera=\(\)/);
    expect(permissions, `${path}: Permissions-Policy`).toMatch(/(^|,)\s*microphone=\(\)/);
  });
});

describe("Cache-Control", () => {
  it.each(CONTENT_PAGES.map((p) => [p.label, p.path] as const))("%s is publicly cacheable", async (_label, path) => {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get("cache-control") ?? "", path).toMatch(/(^|,)\s*public\b/);
  });

  it.each(PERSONAL_PAGES.map((p) => [p.label, p.path] as const))(
    "%s (personal) is never stored by any cache",
    async (_label, path) => {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control"), path).toBe("private, no-store");
    },
  );

  it.each(ERROR_PATHS)("%s (an error) is never publicly cacheable", async (path) => {
    const response = await get(path);
    expect(response.status, path).toBeGreaterThanOrEqual(400);
    const cacheControl = response.headers.get("cache-control") ?? "";
    expect(cacheControl, path).not.toMatch(/\bpublic\b/);
    expect(cacheControl, path).toMatch(/\b(no-store|private)\b/);
  });

  it("the language redirect is not shared between visitors", async () => {
    const response = await get("/");
    expect(response.status).toBe(302);
    expect(response.headers.get("cache-control") ?? "").not.toMatch(/\bpublic\b/);
  });
});

describe("the 503 page during a content outage", () => {
  let outage: RunningServer;

  beforeAll(async () => {
    // A Sanity source whose API refuses connections, on a fresh server with no last
    // good result to fall back on: the only case where readers get a 503.
    outage = await startServer({
      SANITY_PROJECT_ID: "outage-test",
      SANITY_API_HOST: "http://127.0.0.1:9",
      SANITY_TIMEOUT_MS: "1000",
    });
  });

  afterAll(async () => {
    await outage?.stop();
  });

  it("is a 503 that no shared cache keeps", async () => {
    const response = await fetch(`${outage.baseUrl}/vi/news`, { redirect: "manual" });
    expect(response.status, outage.output()).toBe(503);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const cacheControl = response.headers.get("cache-control") ?? "";
    expect(cacheControl).not.toMatch(/\bpublic\b/);
    expect(cacheControl).toMatch(/\b(no-store|private)\b/);
  });

  it("tells clients when to retry", async () => {
    const response = await fetch(`${outage.baseUrl}/en/about`, { redirect: "manual" });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("says the site is not ready on /healthz", async () => {
    const response = await fetch(`${outage.baseUrl}/healthz`);
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control") ?? "").toMatch(/no-store/);
  });
});

describe("/healthz", () => {
  it("is 200 once content can be read, and never cached", async () => {
    const response = await get("/healthz");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ok\n");
    expect(response.headers.get("cache-control") ?? "").toMatch(/no-store/);
  });
});

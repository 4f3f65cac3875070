/**
 * Draft preview over HTTP on the content store: a signed link sets an HttpOnly cookie and
 * redirects; with it, pages show the draft, the localized preview bar and are never
 * cached; without it (no cookie, an expired or forged one) the published page shows; a
 * forged or expired link is a localized 403; "Exit preview" clears the cookie.
 */
import { createHmac } from "node:crypto";
import type { SanityClient } from "@sanity/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLE_WITHOUT_JA } from "../pages";
import { startServer, type RunningServer } from "../support/server";
import { storeClient } from "../support/store-client";

const SECRET = "preview-secret-for-tests-0123456789abcdef";
let server: RunningServer;
let editor: SanityClient;
const en = ARTICLE_WITHOUT_JA.get("en")!;
const path = `/en/news/${en.slug}`;
const draftTitle = `${en.title} — draft in preview`;

const now = () => Math.floor(Date.now() / 1000);
const sign = (text: string, secret = SECRET) => createHmac("sha256", secret).update(text).digest("hex");
const link = (lang: string, target: string, exp: number, secret = SECRET) =>
  `/${lang}/preview?${new URLSearchParams({ path: target, exp: String(exp), sig: sign(`${target}\n${exp}`, secret) })}`;

beforeAll(async () => {
  server = await startServer({ PREVIEW_SECRET: SECRET });
  editor = storeClient(server.baseUrl);
  await editor.request({
    method: "POST",
    url: "/data/actions/production",
    body: {
      actions: [
        {
          actionType: "sanity.action.document.edit",
          draftId: `drafts.${en._id}`,
          publishedId: en._id,
          patch: { set: { title: draftTitle } },
        },
      ],
    },
  });
});

afterAll(async () => {
  await server?.stop();
});

async function get(target: string, cookie?: string) {
  return fetch(server.baseUrl + target, { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
}

async function enter(): Promise<string> {
  const response = await get(link("en", path, now() + 300));
  expect(response.status, server.output()).toBe(303);
  expect(response.headers.get("location")).toBe(path);
  const setCookie = response.headers.get("set-cookie") ?? "";
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Lax/);
  expect(setCookie, "plain http: no Secure flag").not.toMatch(/Secure/);
  return setCookie.split(";")[0];
}

describe("draft preview", () => {
  it("is off without a cookie: the published title, publicly cacheable, no bar", async () => {
    const response = await get(path);
    const html = await response.text();
    expect(html).toContain(en.title);
    expect(html).not.toContain(draftTitle);
    expect(html).not.toContain("data-preview-bar");
    expect(response.headers.get("cache-control")).toMatch(/\bpublic\b/);
  });

  it("with the cookie shows the draft and the bar, and nothing of it is cached", async () => {
    const cookie = await enter();
    const response = await get(path, cookie);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(draftTitle);
    expect(html).toContain("data-preview-bar");
    expect(html).toContain("Preview: this page shows unpublished drafts.");
    expect(html).toContain('action="/en/preview"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("cdn-cache-control")).toBe("no-store");
    // Every response in preview, also the data requests of client navigations and other languages.
    const data = await get(`${path}?_data=root`, cookie);
    expect(data.headers.get("cache-control")).toBe("private, no-store");
    const vi = await get("/vi/news", cookie);
    expect(await vi.text()).toContain("Bản xem trước: trang này hiển thị cả bản nháp chưa xuất bản.");
    expect(vi.headers.get("cache-control")).toBe("private, no-store");
  });

  it("ignores an expired or forged cookie", async () => {
    const past = now() - 10;
    for (const cookie of [
      `hg_preview=${past}.${sign(`cookie\n${past}`)}`,
      `hg_preview=${now() + 600}.${sign(`cookie\n${now() + 600}`, "another-secret-0123456789abcdef0123")}`,
      `hg_preview=${now() + 600}.${"0".repeat(64)}`,
    ]) {
      const response = await get(path, cookie);
      const html = await response.text();
      expect(html).toContain(en.title);
      expect(html).not.toContain(draftTitle);
      expect(response.headers.get("cache-control")).toMatch(/\bpublic\b/);
    }
  });

  it("answers a forged or expired link with a localized 403 and no cookie", async () => {
    const cases: [string, string][] = [
      [link("en", path, now() - 1), "Access denied"],
      [link("ja", path, now() + 300, "another-secret-0123456789abcdef0123"), "アクセスできません"],
      [link("fr", path, now() + 300).replace(/sig=[0-9a-f]+/, `sig=${"a".repeat(64)}`), "Accès refusé"],
      [`/ko/preview?path=${encodeURIComponent(path)}`, "접근할 수 없습니다"],
    ];
    for (const [target, words] of cases) {
      const response = await get(target);
      expect(response.status, target).toBe(403);
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(response.headers.get("cache-control")).toMatch(/no-store/);
      expect(await response.text()).toContain(words);
    }
  });

  it("refuses a link to another origin", async () => {
    const response = await get(link("en", "//evil.example/x", now() + 300));
    expect(response.status).toBe(403);
  });

  it("exits: the cookie is cleared and the page is published again", async () => {
    const cookie = await enter();
    const response = await fetch(`${server.baseUrl}/en/preview`, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ path }),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(path);
    expect(response.headers.get("set-cookie")).toMatch(/^hg_preview=; .*Max-Age=0/);
  });

  it("signs a link for a logged-in Studio user, to the document's page in its language", async () => {
    const endpoint = `${server.baseUrl}/api/store/v2025-02-19/site/preview-url?id=${encodeURIComponent(en._id)}`;
    expect((await fetch(endpoint)).status, "anonymous").toBe(401);
    const answer = (await editor.request({ uri: "/site/preview-url", query: { id: en._id } })) as { url: string };
    expect(answer.url).toMatch(/^\/en\/preview\?path=/);
    const entered = await get(answer.url);
    expect(entered.status).toBe(303);
    expect(entered.headers.get("location")).toBe(path);
    const cookie = (entered.headers.get("set-cookie") ?? "").split(";")[0];
    expect(await (await get(path, cookie)).text()).toContain(draftTitle);
  });
});

// Staff edit in the real, built Sanity Studio against our own store: log in, translate a Vietnamese article into Japanese, publish, see it on the site; two tabs see each other's edits; nothing is loaded from outside and no store request fails.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page, Request, Response } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ARTICLE_WITHOUT_JA } from "../pages";
import { launchBrowser, screenshot, type Browser } from "../support/browser";
import { freePort, startServer, TEST_STORE_TOKEN, type RunningServer } from "../support/server";
import { queryStore } from "../support/store-client";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PROJECT = "demo1234";
const EMAIL = "bien-tap@example.org";
const PASSWORD = "mật khẩu đủ dài 2026";
const SOURCE = ARTICLE_WITHOUT_JA.get("vi");

let server: RunningServer;
let browser: Browser;
let studioOrigin: string;
let apiOrigin: string;
/** Requests that left our origins, and store answers with an error status, from every page. */
const outside: string[] = [];
const storeErrors: string[] = [];

/** GROQ against the store with the automation token (raw: drafts too). */
const query = <T>(groq: string, params: Record<string, unknown> = {}) => queryStore<T>(server.baseUrl, groq, params);

function watch(page: Page): void {
  const ours = (url: URL) =>
    ["data:", "blob:", "about:"].includes(url.protocol) ||
    url.hostname === "localhost" ||
    url.hostname === "127.0.0.1" ||
    url.hostname.endsWith(".localhost");
  page.on("request", (request: Request) => {
    const url = new URL(request.url());
    if (!ours(url)) outside.push(`${request.method()} ${request.url()}`);
  });
  page.on("response", (response: Response) => {
    const url = new URL(response.url());
    if (url.origin === apiOrigin && response.status() >= 400)
      storeErrors.push(`${response.status()} ${response.request().method()} ${url.pathname}`);
  });
}

async function openStudioPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  watch(page);
  await page.goto(`${studioOrigin}/studio${path}`);
  return page;
}

/** expect.poll waits one second by default; the Studio takes longer to load a form. */
const SLOW = { timeout: 30_000 };

/** The title input of the open document form. */
const titleInput = (page: Page) => page.locator('[data-testid="field-title"] input').first();

beforeAll(async () => {
  if (!existsSync(`${ROOT}/studio/dist/index.html`)) {
    throw new Error("No built Studio: run `npm run studio:build` (scripts/test.sh does) before this test.");
  }
  const tlsPort = await freePort();
  server = await startServer({ STORE_TLS_PORT: String(tlsPort), STORE_PROJECT_ID: PROJECT });
  studioOrigin = `https://localhost:${tlsPort}`;
  apiOrigin = `https://${PROJECT}.localhost:${tlsPort}`;
  // The account, made the way an administrator makes one.
  const added = spawnSync(
    process.execPath,
    ["scripts/store-user.mjs", "add", EMAIL, "--name", "Biên tập viên", "--role", "editor", "--db", server.storeDb],
    { cwd: ROOT, input: `${PASSWORD}\n`, encoding: "utf8" },
  );
  expect(added.status, added.stderr).toBe(0);
  browser = await launchBrowser({ ignoreCertificateErrors: true, viewport: { width: 1440, height: 900 } });
  browser.context.setDefaultTimeout(30_000);
  watch(browser.page);
}, 180_000);

// What each open page showed when a step failed (SHOTS_DIR), to read the failure by.
afterEach(async (context) => {
  if (context.task.result?.state !== "fail" || !browser) return;
  for (const [i, page] of browser.context.pages().entries())
    await screenshot(page, `studio-editing-${context.task.name}-${i}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the built Studio on our store", () => {
  let jaId = "";
  let newTitle = "";

  it("logs in through our login page and lands in the desk", async () => {
    const { page } = browser;
    await page.goto(`${studioOrigin}/studio/`);
    // redirectOnSingle: straight to our form on the API host.
    await page.waitForURL(/\/v1\/auth\/login\/local\?/);
    expect(new URL(page.url()).origin).toBe(apiOrigin);
    await page.fill("#email", EMAIL);
    await page.fill("#password", PASSWORD);
    await Promise.all([page.waitForURL(`${studioOrigin}/studio/**`), page.click("button[type=submit]")]);
    // The desk's first item, the settings singleton, is listed once the Studio has loaded.
    await expect.poll(() => page.getByText("Site settings").first().isVisible(), { timeout: 60_000 }).toBe(true);
    // The protocol the Studio's listen streams need.
    const protocol = await page.evaluate(
      () => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).nextHopProtocol,
    );
    expect(protocol).toBe("h2");
  });

  it("opens Site settings without making a draft of it", async () => {
    const { page } = browser;
    await page.goto(`${studioOrigin}/studio/intent/edit/id=siteSettings;type=siteSettings/`);
    await expect.poll(() => page.locator('[data-testid="field-localityName"]').first().isVisible(), SLOW).toBe(true);
    // Long enough for the field inputs' effects (the old empty Vietnamese entry) to have run.
    await page.waitForTimeout(3_000);
    expect(await query<string | null>(`*[_id == "drafts.siteSettings"][0]._id`)).toBeNull();
  });

  it("creates the Japanese translation of a Vietnamese article, retitles and publishes it", async () => {
    expect(SOURCE, "the demo dataset has a Vietnamese article without a Japanese version").toBeDefined();
    const { page } = browser;
    await page.goto(`${studioOrigin}/studio/intent/edit/id=${SOURCE!._id};type=article/`);
    await expect.poll(() => titleInput(page).inputValue(), SLOW).toBe(SOURCE!.title);

    await page.locator('[data-testid="document-internationalization-menu"]').click();
    await page.getByRole("button", { name: /日本語/ }).click();
    // The plugin makes a draft and links it in the translation metadata.
    await expect
      .poll(
        async () =>
          (await query<string | null>(
            `*[_type == "translation.metadata" && references($id)][0].translations[language == "ja"][0].value._ref`,
            { id: SOURCE!._id },
          )) ?? "",
        { timeout: 20_000 },
      )
      .not.toBe("");
    jaId = await query<string>(
      `*[_type == "translation.metadata" && references($id)][0].translations[language == "ja"][0].value._ref`,
      { id: SOURCE!._id },
    );

    await page.goto(`${studioOrigin}/studio/intent/edit/id=${jaId};type=article/`);
    await expect.poll(() => titleInput(page).inputValue(), SLOW).toBe(SOURCE!.title);
    newTitle = `ハウザン省の新しい記事 ${Date.now()}`;
    await titleInput(page).fill(newTitle);
    await expect
      .poll(() => query<string | null>(`*[_id == $id][0].title`, { id: `drafts.${jaId}` }), { timeout: 20_000 })
      .toBe(newTitle);
    // Japanese is a public language: Publish waits until the translation is approved.
    await page.locator('[data-testid="action-menu-button"]').click();
    await page.getByRole("menuitem", { name: "Mark as reviewed and current" }).click();
    await expect
      .poll(() => query<string | null>(`*[_id == $id][0].translation.state`, { id: `drafts.${jaId}` }), {
        timeout: 20_000,
      })
      .toBe("approved");
    // The footer's Publish button (the shortcut needs focus in the form, which the menu took),
    // clicked again while the Studio still syncs that patch.
    const publish = page.locator("button", { hasText: /^Xuất bản$/ }).last();
    await expect
      .poll(
        async () => {
          if (await publish.isEnabled()) await publish.click();
          return query<string | null>(`*[_id == $id][0].title`, { id: jaId });
        },
        { timeout: 30_000, interval: 2_000 },
      )
      .toBe(newTitle);
    expect(await query<string | null>(`*[_id == $id][0]._id`, { id: `drafts.${jaId}` })).toBeNull();
  });

  it("shows the new title on the site's Japanese page, with no fallback notice", async () => {
    const slug = await query<string>(`*[_id == $id][0].slug.current`, { id: jaId });
    const page = await browser.context.newPage();
    const response = await page.goto(`${server.baseUrl}/ja/news/${slug}`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").first().innerText()).toBe(newTitle);
    expect(await page.locator("[data-fallback-notice]").count()).toBe(0);
    await page.close();
  });

  it("two Studio tabs see each other's edit through listen", async () => {
    const [a, b] = await Promise.all([
      openStudioPage(`/intent/edit/id=${jaId};type=article/`),
      openStudioPage(`/intent/edit/id=${jaId};type=article/`),
    ]);
    await expect.poll(() => titleInput(a).inputValue(), { timeout: 60_000 }).toBe(newTitle);
    await expect.poll(() => titleInput(b).inputValue(), { timeout: 60_000 }).toBe(newTitle);
    const fromA = `${newTitle} (A)`;
    await titleInput(a).fill(fromA);
    await expect.poll(() => titleInput(b).inputValue(), { timeout: 20_000 }).toBe(fromA);
    const fromB = `${newTitle} (B)`;
    await titleInput(b).fill(fromB);
    await expect.poll(() => titleInput(a).inputValue(), { timeout: 20_000 }).toBe(fromB);
    await Promise.all([a.close(), b.close()]);
  });

  it("loaded nothing from outside our origin, and the store answered every request without an error", async () => {
    const ledger = await fetch(`${server.baseUrl}/api/store/v1/_store/unknown-endpoints`, {
      headers: { authorization: `Bearer ${TEST_STORE_TOKEN}` },
    });
    const unknown = ((await ledger.json()) as { method: string; path: string }[]).map((e) => `${e.method} ${e.path}`);
    // One assertion, so a failure lists every problem at once.
    expect({ outside, storeErrors, unknown: [...new Set(unknown)] }).toEqual({
      outside: [],
      storeErrors: [],
      unknown: [],
    });
  });
});

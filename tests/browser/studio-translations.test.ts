// The translation workflow in the built Studio against our store: "Create translation from Vietnamese" makes a draft with its provenance, the Translations tool lists it as identical to its source; once translated, reviewed and published it is current; an edit to the Vietnamese source makes it stale in the tool and on the public page.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, type Browser } from "../support/browser";
import { freePort, startServer, type RunningServer } from "../support/server";
import { queryStore } from "../support/store-client";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PROJECT = "demo1234";
const EMAIL = "dich-thuat@example.org";
const PASSWORD = "một mật khẩu dài cho người dịch";
/** A Vietnamese article with no Korean version in the demo dataset. */
const SOURCE_ID = "article-economy-2024-vi";
const KO_ID = "article-economy-2024-ko";

let server: RunningServer;
let browser: Browser;
let studioOrigin: string;

/** GROQ against the store with the automation token (raw: drafts too). */
const query = <T>(groq: string, params: Record<string, unknown> = {}) => queryStore<T>(server.baseUrl, groq, params);

const SLOW = { timeout: 30_000 };
const titleInput = (page: Page) => page.locator('[data-testid="field-title"] input').first();

/** Runs a document action from the footer's "…" menu. */
async function runMenuAction(page: Page, label: string): Promise<void> {
  await page.locator('[data-testid="action-menu-button"]').click();
  await page.getByRole("menuitem", { name: label }).click();
}

/**
 * Publishes the open document with the footer's Publish button (the Studio's interface is in
 * Vietnamese), clicked again while the Studio still syncs the last edit and ignores it.
 */
async function publishUntil(page: Page, id: string, title: string): Promise<void> {
  const publish = publishButton(page);
  await expect
    .poll(
      async () => {
        if (await publish.isEnabled()) await publish.click();
        return query<string | null>(`*[_id == $id][0].title`, { id });
      },
      { timeout: 30_000, interval: 2_000 },
    )
    .toBe(title);
}

const publishButton = (page: Page) => page.locator("button", { hasText: /^Xuất bản$/ }).last();

/** The status the Translations tool shows for the Korean translation of the source. */
async function toolStatus(page: Page): Promise<string | null> {
  await page.goto(`${studioOrigin}/studio/translations`);
  const row = page.locator(`tr[data-source="${SOURCE_ID}"][data-language="ko"]`);
  await row.waitFor({ timeout: 30_000 });
  return row.getAttribute("data-status");
}

beforeAll(async () => {
  if (!existsSync(`${ROOT}/studio/dist/index.html`)) {
    throw new Error("No built Studio: run `npm run studio:build` (scripts/test.sh does) before this test.");
  }
  const tlsPort = await freePort();
  server = await startServer({ STORE_TLS_PORT: String(tlsPort), STORE_PROJECT_ID: PROJECT });
  studioOrigin = `https://localhost:${tlsPort}`;
  const added = spawnSync(
    process.execPath,
    ["scripts/store-user.mjs", "add", EMAIL, "--name", "Người dịch", "--role", "editor", "--db", server.storeDb],
    { cwd: ROOT, input: `${PASSWORD}\n`, encoding: "utf8" },
  );
  expect(added.status, added.stderr).toBe(0);
  browser = await launchBrowser({ ignoreCertificateErrors: true, viewport: { width: 1440, height: 900 } });
  browser.context.setDefaultTimeout(30_000);
}, 180_000);

afterEach(async (context) => {
  if (context.task.result?.state !== "fail" || !browser) return;
  for (const [i, page] of browser.context.pages().entries())
    await screenshot(page, `studio-translations-${context.task.name}-${i}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the translation workflow in the Studio", () => {
  let newTitle = "";

  it("logs in", async () => {
    const { page } = browser;
    await page.goto(`${studioOrigin}/studio/`);
    await page.waitForURL(/\/v1\/auth\/login\/local\?/);
    await page.fill("#email", EMAIL);
    await page.fill("#password", PASSWORD);
    await Promise.all([page.waitForURL(`${studioOrigin}/studio/**`), page.click("button[type=submit]")]);
    await expect.poll(() => page.getByText("Site settings").first().isVisible(), { timeout: 60_000 }).toBe(true);
  });

  it("creates the Korean translation from the Vietnamese source as a draft that records its provenance", async () => {
    const { page } = browser;
    const source = await query<{ title: string; _rev: string }>(`*[_id == $id][0]{title, _rev}`, { id: SOURCE_ID });
    await page.goto(`${studioOrigin}/studio/intent/edit/id=${SOURCE_ID};type=article/`);
    await expect.poll(() => titleInput(page).inputValue(), SLOW).toBe(source.title);
    await runMenuAction(page, "Create translation from Vietnamese");
    await page.locator('[data-create-translation="ko"]').click();

    await expect
      .poll(
        () =>
          query<{ language: string; state: string; sourceId: string } | null>(
            `*[_id == $id][0]{language, "state": translation.state, "sourceId": translation.sourceId}`,
            { id: `drafts.${KO_ID}` },
          ),
        { timeout: 20_000 },
      )
      .toEqual({ language: "ko", state: "inTranslation", sourceId: SOURCE_ID });
    expect(await query<string | null>(`*[_id == $id][0]._id`, { id: KO_ID })).toBeNull();
    expect(
      await query<string | null>(
        `*[_type == "translation.metadata" && references($id)][0].translations[language == "ko"][0].value._ref`,
        { id: SOURCE_ID },
      ),
    ).toBe(KO_ID);
    // The action opens the new draft.
    await expect.poll(() => page.url(), SLOW).toContain(KO_ID);
  });

  it("lists the untranslated copy as identical to its source in the Translations tool", async () => {
    expect(await toolStatus(browser.page)).toBe("identical");
  });

  it("once translated, reviewed and published, the translation is current", async () => {
    const { page } = browser;
    await page.goto(`${studioOrigin}/studio/intent/edit/id=${KO_ID};type=article/`);
    await expect.poll(() => titleInput(page).inputValue(), SLOW).not.toBe("");
    newTitle = `하우장 경제 2024 ${Date.now()}`;
    await titleInput(page).fill(newTitle);
    await expect
      .poll(() => query<string | null>(`*[_id == $id][0].title`, { id: `drafts.${KO_ID}` }), { timeout: 20_000 })
      .toBe(newTitle);
    // Not yet approved: Publish is refused (the Studio's interface is in Vietnamese), and
    // the shortcut publishes nothing.
    const publish = publishButton(page);
    await expect.poll(() => publish.isDisabled(), SLOW).toBe(true);
    await page.keyboard.press("Control+Alt+p");
    await page.waitForTimeout(2_000);
    expect(await query<string | null>(`*[_id == $id][0]._id`, { id: KO_ID })).toBeNull();

    await runMenuAction(page, "Mark as reviewed and current");
    await expect
      .poll(() => query<string | null>(`*[_id == $id][0].translation.state`, { id: `drafts.${KO_ID}` }), {
        timeout: 20_000,
      })
      .toBe("approved");
    await expect.poll(() => publish.isDisabled(), SLOW).toBe(false);
    await publishUntil(page, KO_ID, newTitle);
    expect(await toolStatus(page)).toBe("current");
  });

  it("an edit to the Vietnamese source makes it stale in the tool and on the public page", async () => {
    const { page } = browser;
    await page.goto(`${studioOrigin}/studio/intent/edit/id=${SOURCE_ID};type=article/`);
    await expect.poll(() => titleInput(page).inputValue(), SLOW).not.toBe("");
    const revised = `${await titleInput(page).inputValue()} (cập nhật)`;
    await titleInput(page).fill(revised);
    await expect
      .poll(() => query<string | null>(`*[_id == $id][0].title`, { id: `drafts.${SOURCE_ID}` }), { timeout: 20_000 })
      .toBe(revised);
    await publishUntil(page, SOURCE_ID, revised);

    expect(await toolStatus(page)).toBe("stale");
    expect(await page.locator(`tr[data-source="${SOURCE_ID}"][data-language="ko"]`).innerText()).toContain("title");

    // The desk's per-language "Stale" list shows it too.
    await page.goto(`${studioOrigin}/studio/structure/translation-status;translation-status-ko;stale-ko`);
    await page.locator(`tr[data-source="${SOURCE_ID}"][data-language="ko"][data-status="stale"]`).waitFor(SLOW);

    const slug = await query<string>(`*[_id == $id][0].slug.current`, { id: KO_ID });
    const viSlug = await query<string>(`*[_id == $id][0].slug.current`, { id: SOURCE_ID });
    const site = await browser.context.newPage();
    const response = await site.goto(`${server.baseUrl}/ko/news/${slug}`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    const notice = site.locator("[data-stale-translation]");
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.innerText()).toContain("베트남어 원문은");
    expect(await notice.locator("a").getAttribute("href")).toBe(`/vi/news/${viSlug}`);
    await site.close();
  });
});

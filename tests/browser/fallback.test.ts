// An article missing in the reader's language says so, and marks the substituted text with its real language.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ARTICLE_WITHOUT_JA, shownVersion } from "../pages";
import { launchBrowser, type Browser } from "../support/browser";

const baseUrl = inject("baseUrl");
const shown = shownVersion(ARTICLE_WITHOUT_JA, "ja");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("missing translation", () => {
  it("shows a Japanese notice and the English text marked lang=en under /ja/", async () => {
    expect(shown.language).toBe("en");
    const { page } = browser;
    const response = await page.goto(`${baseUrl}/ja/news/${shown.slug}`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    expect(await page.locator("html").getAttribute("lang")).toBe("ja");

    const notice = page.locator("[data-fallback-notice]");
    await expect.poll(() => notice.first().isVisible()).toBe(true);
    // The notice is UI text, so it speaks the reader's language.
    expect(await notice.first().innerText()).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);

    const englishBlock = page.locator("body [lang='en']");
    expect(await englishBlock.count()).toBeGreaterThan(0);
    await expect.poll(() => englishBlock.first().isVisible()).toBe(true);
    // The heading is English text too, so it must sit inside the lang=en block.
    expect(await page.locator("body [lang='en'] h1, h1[lang='en']").first().innerText()).toContain(shown.title);
  });
});

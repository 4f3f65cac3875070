// The language switcher on an article leads to that article's own translation, not to a home page or a same-slug guess.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ARTICLE_WITH_JA } from "../pages";
import { launchBrowser, type Browser } from "../support/browser";

const baseUrl = inject("baseUrl");
const vi = ARTICLE_WITH_JA.get("vi")!;
const ja = ARTICLE_WITH_JA.get("ja")!;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("language switcher", () => {
  it("takes a Vietnamese article to its Japanese translation under the Japanese slug", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/vi/news/${vi.slug}`, { waitUntil: "load" });
    const viHeading = (await page.locator("h1").first().innerText()).trim();
    expect(viHeading).toBe(vi.title);

    await page.locator('nav:has(a[hreflang]) a[hreflang="ja"]').first().click();

    await page.waitForURL((url) => decodeURIComponent(url.pathname) === `/ja/news/${ja.slug}`);
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("ja");
    await expect.poll(async () => (await page.locator("h1").first().innerText()).trim()).toBe(ja.title);
    expect(ja.title).not.toBe(viHeading);
  });

  it("remembers the chosen language for the next visit to /", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/ko`, { waitUntil: "load" });
    await expect
      .poll(async () => (await page.context().cookies(baseUrl)).find((c) => c.name === "lang")?.value)
      .toBe("ko");
    await page.goto(`${baseUrl}/`, { waitUntil: "load" });
    expect(new URL(page.url()).pathname).toBe("/ko");
  });
});

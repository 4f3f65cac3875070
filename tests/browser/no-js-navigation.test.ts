// With JavaScript off, a reader still gets from the home page to the news, an article, and another language.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { clickAndNavigate, launchBrowserWithoutJs, type Browser } from "../support/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowserWithoutJs();
});

afterAll(async () => {
  await browser?.close();
});

describe("navigation without JavaScript", () => {
  it("goes home → news → article → English version through plain links", async () => {
    const { page } = browser;
    const home = await page.goto(`${baseUrl}/vi`, { waitUntil: "load" });
    expect(home?.status()).toBe(200);

    const newsLink = page.locator('header nav[aria-label] a[href="/vi/news"]').first();
    const news = await clickAndNavigate(page, () => newsLink.click());
    expect(news?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/vi/news");
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");

    const articleLink = page.locator('main a[href^="/vi/news/"]').first();
    const articleHref = await articleLink.getAttribute("href");
    const article = await clickAndNavigate(page, () => articleLink.click());
    expect(article?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(new URL(articleHref!, baseUrl).pathname);
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");

    const switchLink = page.locator('nav:has(a[hreflang]) a[hreflang="en"]').first();
    const english = await clickAndNavigate(page, () => switchLink.click());
    expect(english?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toMatch(/^\/en\/news\/[^/]+$/);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect((await page.locator("h1").first().innerText()).trim()).not.toBe("");
  });
});

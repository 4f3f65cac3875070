// The browser fetches only the UI-string namespaces a page declares, fetches a new one before a client navigation shows the page that needs it, and never shows a raw key.
import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type Browser } from "../support/browser";

const baseUrl = inject("baseUrl");
const investmentEn = JSON.parse(readFileSync(new URL("../../locales/en/investment.json", import.meta.url), "utf8")) as {
  landing: { title: string };
};
const investmentJa = JSON.parse(readFileSync(new URL("../../locales/ja/investment.json", import.meta.url), "utf8")) as {
  landing: { title: string };
};

let browser: Browser;
const fetched: string[] = [];
/** Console errors and uncaught exceptions (a suspension outside a transition would be one). */
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  browser.page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/locales/")) fetched.push(pathname);
  });
  browser.page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  browser.page.on("pageerror", (error) => errors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(errors).toEqual([]);
});

describe("UI strings in the browser", () => {
  it("a page with no feature strings (about) fetches common only", async () => {
    await browser.page.goto(`${baseUrl}/en/about`, { waitUntil: "networkidle" });
    expect(fetched).toEqual(["/locales/en/common.json"]);
  });

  it("a client navigation to the investment page fetches its namespace and shows its words, not keys", async () => {
    fetched.length = 0;
    await browser.page.locator(".site-nav a[href='/en/invest']").click();
    await browser.page.waitForURL(`${baseUrl}/en/invest`);
    await expect
      .poll(async () => (await browser.page.locator("h1").first().innerText()).trim())
      .toBe(investmentEn.landing.title);
    expect(fetched).toEqual(["/locales/en/investment.json"]);
  });

  it("a language switch fetches the new language's namespaces of the page on screen", async () => {
    fetched.length = 0;
    await browser.page.locator('nav:has(a[hreflang]) a[hreflang="ja"]').first().click();
    await browser.page.waitForURL(`${baseUrl}/ja/invest`);
    await expect
      .poll(async () => (await browser.page.locator("h1").first().innerText()).trim())
      .toBe(investmentJa.landing.title);
    expect(fetched.sort()).toEqual(["/locales/ja/common.json", "/locales/ja/investment.json"]);
  });
});

// The search form used as a reader uses it, with JavaScript off (a plain GET) and on (Remix's client navigation): type, press Enter, read the highlighted results, search again.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, launchBrowserWithoutJs, type Browser } from "../support/browser";

const baseUrl = inject("baseUrl");

describe.each([
  ["without JavaScript", launchBrowserWithoutJs],
  ["with JavaScript", launchBrowser],
] as const)("search %s", (_name, launch) => {
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    browser.page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
    });
    browser.page.on("pageerror", (e) => problems.push(e.message));
  });
  afterAll(() => browser?.close());

  it("finds a Vietnamese name typed without marks, then a Japanese word, from the form", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/ja/search`, { waitUntil: "load" });
    const field = page.getByLabel("検索する語");
    await field.fill("hau giang");
    await Promise.all([page.waitForURL(/\/ja\/search\?q=hau\+giang$/), field.press("Enter")]);
    await expect.poll(() => page.locator(".search-result mark").count()).toBeGreaterThan(0);
    expect(await page.locator("p[role=status]").innerText()).toMatch(/^「hau giang」の検索結果：\d+件/);

    await field.fill("工業団地");
    await Promise.all([page.waitForURL(/q=%E5%B7%A5%E6%A5%AD%E5%9B%A3%E5%9C%B0$/), field.press("Enter")]);
    await expect.poll(() => page.locator(".search-result mark").first().innerText()).toBe("工業団地");
    expect(await field.inputValue()).toBe("工業団地");

    // A result leads to its page in the reader's language.
    const link = page.locator(".search-result a").first();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/ja\/invest\/industrial-parks\//);
    // A document load without JavaScript, a client navigation with it: either way the URL and the heading.
    await Promise.all([
      page.waitForURL((url) => url.pathname === decodeURI(href!) || url.pathname === href),
      link.click(),
    ]);
    await expect.poll(() => page.locator("h1").first().innerText()).toContain("工業団地");
    expect(problems).toEqual([]);
  });
});

// Four journeys with the keyboard only (Tab, Shift+Tab, Enter, Space, arrow keys; no clicks), each with JavaScript on and off: the skip link, the language switcher, the opportunity filters and an inquiry sent after an error.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "../../locales/en/inquiry.json";
import investment from "../../locales/en/investment.json";
import { launchBrowser, type Browser } from "../support/browser";
import { startServer, type RunningServer } from "../support/server";

// A server of its own: the journeys post inquiries, and the shared server's rate limit
// (10 per connection per 10 minutes) belongs to the inquiry integration tests.
let server: RunningServer;
/** The form refuses a submission sooner than this after it was served (INQUIRY_MIN_FILL_MS, 3 s). */
const MIN_FILL_MS = 3_100;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

/** What has focus, as a string a failing assertion can show. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a) return "nothing";
    return `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ""} ${(a.textContent ?? "").trim().slice(0, 40)}`;
  });
}

const focusMatches = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab (or Shift+Tab) until `selector` has focus, as a reader would; fails after `max` presses. */
async function tabTo(page: Page, selector: string, { back = false, max = 120 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await focusMatches(page, selector)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  if (await focusMatches(page, selector)) return;
  throw new Error(`${selector} never got focus in ${max} presses of ${back ? "Shift+Tab" : "Tab"}`);
}

/** Whether the element is wholly inside the viewport ("" when it is, else where it is). */
function outOfView(page: Page, selector: string): Promise<string> {
  return page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    const inside = r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
    return inside
      ? ""
      : `${s}: top ${Math.round(r.top)}, bottom ${Math.round(r.bottom)} in a ${window.innerHeight} px window`;
  }, selector);
}

async function waitMs(ms: number): Promise<void> {
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

describe.each([
  ["JavaScript on", true],
  ["JavaScript off", false],
] as const)("keyboard journeys, %s", (_mode, javaScriptEnabled) => {
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser({ javaScriptEnabled });
    browser.page.on("pageerror", (error) => errors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    expect(errors).toEqual([]);
  });

  /** Loads a page; with JavaScript, after hydration (the scripts have loaded and run). */
  async function open(path: string): Promise<void> {
    const response = await browser.page.goto(server.baseUrl + path, {
      waitUntil: javaScriptEnabled ? "networkidle" : "load",
    });
    expect(response?.status(), path).toBe(200);
  }

  it("the skip link is the first stop and moves focus to the main content", async () => {
    const { page } = browser;
    await open("/en");
    await page.keyboard.press("Tab");
    expect(await focusMatches(page, "a.skip-link"), await describeFocus(page)).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => focusMatches(page, "main#main")).toBe(true);
    // The next Tab continues inside the content, not back in the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("main")), await describeFocus(page)).toBe(true);
  });

  it("switches the language with the switcher", async () => {
    const { page } = browser;
    await open("/en/invest");
    await tabTo(page, 'nav:has(a[hreflang]) a[hreflang="ja"]');
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/ja/invest");
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("ja");
    await expect.poll(() => page.locator("h1").first().innerText()).not.toBe("");
    expect(await page.locator('nav:has(a[hreflang]) a[hreflang="ja"]').getAttribute("aria-current")).toBe("true");
  });

  it("filters the opportunities, keeping focus, and clears the filters", async () => {
    const { page } = browser;
    await open("/en/invest/opportunities");
    const status = page.locator("p[role=status]");
    const before = await status.innerText();

    await tabTo(page, "#filter-status");
    await page.keyboard.press("ArrowDown");
    expect(await page.locator("#filter-status").inputValue()).toBe("open");
    await tabTo(page, ".filter-form button[type=submit]");
    await page.keyboard.press("Enter");

    await page.waitForURL((url) => url.searchParams.get("status") === "open");
    await expect.poll(() => status.innerText()).not.toBe(before);
    expect(await status.innerText()).toMatch(/^\d+ of \d+/);
    const cards = page.locator("main .card");
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await page.locator("main .card .badge").allInnerTexts()).toContain(investment.status.open);
    expect(await page.locator("#filter-status").inputValue()).toBe("open");
    if (javaScriptEnabled) {
      // The form is not rebuilt: the button that sent it still has focus (it dropped to <body>).
      expect(await focusMatches(page, ".filter-form button[type=submit]"), await describeFocus(page)).toBe(true);
      await expect.poll(() => outOfView(page, ".filter-form button[type=submit]")).toBe("");
    }
    // Without JavaScript it is a new page: the reader starts again from its top (nothing to assert).

    // Clearing is a navigation the fields did not make: they follow the address again.
    await tabTo(page, ".filter-form__actions a");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.search === "");
    await expect.poll(() => page.locator("#filter-status").inputValue()).toBe("");
    await expect.poll(() => status.innerText()).toBe(before);
  });

  it("sends an inquiry after an error: summary focused, its link focuses the field in view, then the reference", async () => {
    const { page } = browser;
    await open("/en/invest/inquiry");
    let servedAt = Date.now();

    // Only the name, then Enter: the form is sent with the other required fields empty.
    await tabTo(page, "#inquiry-name");
    await page.keyboard.type("Ada Lovelace");
    // With JavaScript the rules (fetched on first focus) answer in the page; should they still be
    // on their way, the server answers instead, so the form is given its minimum fill time either way.
    await waitMs(MIN_FILL_MS - (Date.now() - servedAt));
    await page.keyboard.press("Enter");
    await page.waitForLoadState("load");
    servedAt = Date.now(); // a server answer carries a new form token

    const summary = page.locator(".form-errors");
    await expect.poll(() => focusMatches(page, ".form-errors")).toBe(true);
    expect(await summary.locator("h2").innerText()).toBe(en.errors.summaryTitle);
    expect(await summary.locator("a").allInnerTexts()).toContain(en.errors.consent.required);
    expect(await page.locator("#inquiry-name").inputValue()).toBe("Ada Lovelace");

    // The last link of the summary, to the consent box at the very end of the form.
    await tabTo(page, '.form-errors a[href="#inquiry-consent"]');
    await page.keyboard.press("Enter");
    await expect.poll(() => focusMatches(page, "#inquiry-consent")).toBe(true);
    // Polled: the site scrolls smoothly (unless the reader asks for reduced motion).
    const consentOutOfView = async () =>
      (await outOfView(page, "#inquiry-consent")) + (await outOfView(page, 'label[for="inquiry-consent"]'));
    await expect.poll(consentOutOfView, { message: "the consent box and its label are on screen" }).toBe("");
    await page.keyboard.press("Space");
    expect(await page.locator("#inquiry-consent").isChecked()).toBe(true);

    // Back up through the form and fill in what is missing.
    await tabTo(page, "#inquiry-message", { back: true });
    await page.keyboard.type("We would like to visit the Sông Hậu industrial park in spring.");
    await tabTo(page, "#inquiry-topic", { back: true });
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await page.locator("#inquiry-topic").inputValue()).toBe("industrialPark");
    await tabTo(page, "#inquiry-country", { back: true });
    await page.keyboard.press("ArrowDown");
    expect(await page.locator("#inquiry-country").inputValue()).not.toBe("");
    await tabTo(page, "#inquiry-email", { back: true });
    await page.keyboard.type("ada@example.org");
    await tabTo(page, "#inquiry-organisation", { back: true });
    await page.keyboard.type("Analytical Engines Ltd");

    await waitMs(MIN_FILL_MS - (Date.now() - servedAt));
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => /^\/en\/invest\/inquiry\/HG-\d{4}-[A-Z0-9]{6}$/.test(url.pathname));
    await expect.poll(() => page.locator("h1").first().innerText()).toBe(en.confirmation.title);
    expect(await page.locator("main").innerText()).toContain(en.confirmation.reference);
  });
});

// The header's navigation: one disclosure ("Menu") on phones, a row on desktops; both without JavaScript, plus
// Escape and focus with it; and the hero's animation, which must end within 5 s (WCAG 2.2.2) and not run under reduce.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { NAV_ITEMS } from "../../app/components/SiteHeader";
import type { Lang } from "../../app/i18n/languages";
import { launchBrowser, launchBrowserWithoutJs, type Browser } from "../support/browser";

const baseUrl = inject("baseUrl");
const LANGS: Lang[] = ["vi", "fr", "ja"];

let js: Browser;
let noJs: Browser;
let messages: string[] = [];

beforeAll(async () => {
  [js, noJs] = await Promise.all([launchBrowser(), launchBrowserWithoutJs()]);
  js.page.on("console", (m) => m.type() === "error" && messages.push(m.text()));
  js.page.on("pageerror", (e) => messages.push(e.message));
});

afterAll(async () => {
  await Promise.all([js?.close(), noJs?.close()]);
});

/** Visible main-navigation links and the number of lines they take. */
async function navLinks(browser: Browser) {
  return browser.page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>(".site-nav a")].filter(
      (a) => a.checkVisibility() && a.getBoundingClientRect().width > 0,
    );
    return { count: links.length, lines: new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size };
  });
}

describe.each(LANGS)("header navigation (%s)", (lang) => {
  it("on a 375 px phone without JavaScript: one Menu button, the links behind it, content close to the top", async () => {
    const { page } = noJs;
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${baseUrl}/${lang}/`, { waitUntil: "load" });
    const nav = page.locator("nav.site-nav");
    const toggle = nav.locator("summary");
    await expect(toggle.isVisible()).resolves.toBe(true);
    expect((await toggle.innerText()).trim()).not.toBe("");
    expect((await navLinks(noJs)).count).toBe(0);
    // Before: three lines of links in French, about 300 px before any content.
    const headerBottom = await page.evaluate(
      () => document.querySelector(".site-header")!.getBoundingClientRect().bottom,
    );
    expect(headerBottom).toBeLessThanOrEqual(200);
    await toggle.click();
    expect((await navLinks(noJs)).count).toBe(NAV_ITEMS.length);
    const response = await Promise.all([page.waitForNavigation(), nav.locator(`a[href="/${lang}/economy"]`).click()]);
    expect(response[0]?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`/${lang}/economy`);
  });

  it("at 1280 px: no button, every link on one line, reachable by Tab (JavaScript off)", async () => {
    const { page } = noJs;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl}/${lang}/`, { waitUntil: "load" });
    await expect(page.locator("nav.site-nav summary").isVisible()).resolves.toBe(false);
    expect(await navLinks(noJs)).toEqual({ count: NAV_ITEMS.length, lines: 1 });
    await page.locator(".brand").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".site-nav") !== null)).toBe(true);
  });

  it("with JavaScript: Enter opens, Escape closes and returns focus, a link closes it; no console errors", async () => {
    const { page } = js;
    messages = [];
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${baseUrl}/${lang}/`, { waitUntil: "networkidle" });
    const toggle = page.locator("nav.site-nav summary");
    await toggle.focus();
    await page.keyboard.press("Enter");
    expect((await navLinks(js)).count).toBe(NAV_ITEMS.length);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".site-nav ul") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    expect((await navLinks(js)).count).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SUMMARY");
    await page.keyboard.press("Enter");
    await page.locator(`.site-nav a[href="/${lang}/news"]`).click();
    await page.waitForURL(`**/${lang}/news`);
    await expect.poll(async () => (await navLinks(js)).count).toBe(0);
    expect(messages).toEqual([]);
  });
});

describe("hero animation (WCAG 2.2.2)", () => {
  it("ends within 5 s by itself, so it needs no pause control", async () => {
    const { page } = js;
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await page.goto(`${baseUrl}/vi/`, { waitUntil: "load" });
    const timings = await page.evaluate(() =>
      document.getAnimations().map((a) => {
        const t = a.effect!.getComputedTiming();
        return { iterations: t.iterations, end: Number(t.endTime) };
      }),
    );
    expect(timings.length).toBeGreaterThan(0);
    for (const t of timings) {
      expect(Number.isFinite(t.iterations)).toBe(true);
      expect(t.end).toBeLessThanOrEqual(5000);
    }
  });

  it("does not run when the reader asks for reduced motion", async () => {
    const { page } = js;
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(`${baseUrl}/vi/`, { waitUntil: "load" });
    expect(await page.evaluate(() => document.querySelector(".hero-art__flow")!.getAnimations().length)).toBe(0);
    await page.emulateMedia({ reducedMotion: null });
  });
});

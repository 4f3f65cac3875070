// Home and an article fit a 375 px phone without sideways scrolling; full-page screenshots at 375 and 1280 px go to SHOTS_DIR for review.
// Every page of tests/pages.ts, in every language, fits 320 CSS px (WCAG 1.4.10 Reflow: 1280 px at 400 % zoom).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Lang } from "../../app/i18n/languages";
import { PAGES, PAGE_TYPES } from "../pages";
import { launchBrowser, recordFailedSubresources, screenshot, type Browser } from "../support/browser";

const baseUrl = inject("baseUrl");
const WIDTHS = [375, 1280] as const;
const LANGS: Lang[] = ["vi", "ja"];
const TYPES = PAGE_TYPES.filter((t) => t.name === "home" || t.name === "article");

const cases = TYPES.flatMap((type) =>
  LANGS.flatMap((lang) => WIDTHS.map((width) => [`${type.name} ${lang} ${width}px`, type.path(lang), width] as const)),
);

let browser: Browser;
let failedSubresources: () => string[];

beforeAll(async () => {
  browser = await launchBrowser();
  failedSubresources = recordFailedSubresources(browser.page);
});

afterAll(async () => {
  await browser?.close();
});

describe("layout at phone and desktop widths", () => {
  it.each(cases)("%s has no horizontal overflow", async (label, path, width) => {
    const { page } = browser;
    await page.setViewportSize({ width, height: 800 });
    failedSubresources();
    const response = await page.goto(baseUrl + path, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    await page.evaluate(() => document.fonts.ready.then(() => true));
    await screenshot(page, label.replace(/ /g, "-"));
    expect(failedSubresources(), `${path}: assets that failed to load`).toEqual([]);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${path} at ${width}px`).toBeLessThanOrEqual(width);
  });
});

describe("reflow at 320 px (WCAG 1.4.10)", () => {
  it.each(PAGES.map((visit) => [visit.label, visit] as const))(
    "%s has no horizontal overflow",
    async (_label, visit) => {
      const { page } = browser;
      await page.setViewportSize({ width: 320, height: 640 });
      const response = await page.goto(baseUrl + visit.path, { waitUntil: "load" });
      expect(response?.status()).toBe(visit.type.status);
      await page.evaluate(() => document.fonts.ready.then(() => true));
      // The widest element names the culprit (e.g. a badge that never wraps) when the page overflows.
      const { scrollWidth, widest } = await page.evaluate(() => {
        let widest = "";
        let right = 0;
        for (const el of document.body.querySelectorAll("*")) {
          const r = el.getBoundingClientRect().right;
          if (r > right && (!el.closest(".table-scroll") || getComputedStyle(el).position === "absolute"))
            [right, widest] = [r, `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`];
        }
        return {
          scrollWidth: document.documentElement.scrollWidth,
          widest: `${widest} (right edge ${Math.round(right)})`,
        };
      });
      expect(scrollWidth, `${visit.path} at 320px; widest: ${widest}`).toBeLessThanOrEqual(320);
    },
  );
});

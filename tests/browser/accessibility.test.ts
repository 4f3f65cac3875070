// axe-core finds no WCAG 2.1 A/AA violation on any page type in any language.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PAGES } from "../pages";
import { formatViolations, launchBrowser, recordFailedSubresources, runAxe, type Browser } from "../support/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
let failedSubresources: () => string[];

beforeAll(async () => {
  browser = await launchBrowser();
  failedSubresources = recordFailedSubresources(browser.page);
});

afterAll(async () => {
  await browser?.close();
});

describe("WCAG 2.1 AA (axe-core)", () => {
  it.each(PAGES.map((p) => [p.label, p] as const))("%s has no violations", async (_label, visit) => {
    failedSubresources();
    const response = await browser.page.goto(baseUrl + visit.path, { waitUntil: "load" });
    expect(response?.status(), visit.path).toBe(visit.type.status);
    // Contrast is judged on the styled page, so the styles must have arrived.
    expect(failedSubresources(), `${visit.path}: assets that failed to load`).toEqual([]);
    expect(formatViolations(await runAxe(browser.page)), visit.path).toEqual([]);
  });
});

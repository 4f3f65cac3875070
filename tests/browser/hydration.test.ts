// Every page in every language hydrates without an error: the browser's render matches the server's HTML (React throws the server HTML away and renders again when it does not) and the console stays empty.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PAGES } from "../pages";
import { launchBrowser, type Browser } from "../support/browser";

const baseUrl = inject("baseUrl");

let browser: Browser;
let messages: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  browser.page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      messages.push(`${message.type()}: ${message.text()}`);
  });
  browser.page.on("pageerror", (error) => messages.push(`uncaught: ${error.message}`));
});

afterAll(async () => {
  await browser?.close();
});

describe("hydration", () => {
  it.each(PAGES.map((visit) => [visit.label, visit] as const))(
    "%s: no console errors or warnings",
    async (_label, visit) => {
      messages = [];
      const response = await browser.page.goto(baseUrl + visit.path, { waitUntil: "networkidle" });
      expect(response?.status()).toBe(visit.type.status);
      // Hydration runs after the scripts load; give React's scheduler a frame to report.
      await browser.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
      // Chromium reports the document's own status on a 404 page; that is the page being right.
      const expected =
        visit.type.status === 404 ? [/Failed to load resource: the server responded with a status of 404/] : [];
      const unexpected = messages.filter((m) => !expected.some((pattern) => pattern.test(m)));
      expect(unexpected, visit.path).toEqual([]);
    },
  );
});

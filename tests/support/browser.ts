/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core
 * (never `npx playwright install`), plus axe-core and screenshot helpers.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import type * as Axe from "axe-core";
import { chromium, type BrowserContext, type Page, type Response } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Playwright owns --user-data-dir (it refuses the flag in args), so the profile dir is the
// first argument of launchPersistentContext, not a flag.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface LaunchOptions {
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
  locale?: string;
  /** For the HTTP/2 listener's self-signed certificate (the Studio's browser test). */
  ignoreCertificateErrors?: boolean;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** A fresh Chromium profile in a temp dir; `close` removes it. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), "hg-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: options.ignoreCertificateErrors ? [...CHROMIUM_ARGS, "--ignore-certificate-errors"] : CHROMIUM_ARGS,
    headless: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? "en-US",
  });
  // Shorter than the test timeout, so a missing element fails with its own message.
  context.setDefaultTimeout(10_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The same, with scripts off: what a reader without JavaScript (or before hydration) gets. */
export function launchBrowserWithoutJs(options: Omit<LaunchOptions, "javaScriptEnabled"> = {}): Promise<Browser> {
  return launchBrowser({ ...options, javaScriptEnabled: false });
}

/** Clicks and waits for the document navigation it starts; returns the final response. */
export async function clickAndNavigate(page: Page, click: () => Promise<void>): Promise<Response | null> {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: "load" }), click()]);
  return response;
}

/**
 * Starts recording sub-resources (styles, scripts, images, fonts) that fail to load;
 * the returned function hands over and clears what was recorded. A page whose CSS
 * 404s still "passes" layout and contrast checks in misleading ways, so checks that
 * look at rendering assert this list is empty first.
 */
export function recordFailedSubresources(page: Page): () => string[] {
  const failures: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== "document") {
      failures.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "failed";
    // A navigation cancels the previous page's pending requests; that is not a broken asset.
    if (request.resourceType() !== "document" && !reason.includes("ERR_ABORTED"))
      failures.push(`${reason} ${request.url()}`);
  });
  return () => failures.splice(0);
}

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * Runs axe-core on the current document. The source goes in through `evaluate`, not a
 * <script> tag: the site's CSP (hash-only script-src) rightly blocks injected inline
 * scripts, and loosening it for the test would test a different page.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  return page.evaluate(
    async (tags) => {
      const w = window as unknown as { axe: typeof Axe };
      const result = await w.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html, summary: n.failureSummary ?? "" })),
      }));
    },
    [...AXE_TAGS],
  );
}

/** One line per failing element, so a test failure reads as a to-do list. */
export function formatViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? "?"}): ${v.help} — ${n.target} — ${n.html.slice(0, 160)}`),
  );
}

export const SHOTS_DIR = process.env.SHOTS_DIR ?? "/tmp/shots";

/** Full-page PNG into SHOTS_DIR; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

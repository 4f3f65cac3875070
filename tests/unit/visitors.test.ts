// Visitor counts: which requests are views, one visitor per day under a salt that changes with the day, only totals on disk.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ONLINE_WINDOW_MS, VisitorCounter, vietnamDay } from "~/visitors/counter.server";
import { isCountedVisit, isHumanUserAgent } from "~/visitors/visit";

const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SAFARI_IOS =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

const page = (url: string, headers: Record<string, string> = {}) => ({
  method: "GET",
  url,
  headers: { accept: "text/html,application/xhtml+xml", "user-agent": CHROME, ...headers },
});

describe("isCountedVisit", () => {
  it("counts a browser navigating to a page", () => {
    expect(isCountedVisit(page("/vi"))).toBe(true);
    expect(isCountedVisit(page("/zh-Hans/news/some-slug?page=2", { "sec-fetch-dest": "document" }))).toBe(true);
    expect(isCountedVisit(page("/ja/invest", { "user-agent": SAFARI_IOS }))).toBe(true);
  });

  it("leaves out robots, libraries and headless browsers", () => {
    for (const ua of [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
      "curl/8.5.0",
      "python-requests/2.32.3",
      "node",
      "",
    ]) {
      expect(isHumanUserAgent(ua), ua).toBe(false);
      expect(isCountedVisit(page("/en", { "user-agent": ua })), ua).toBe(false);
    }
  });

  it("leaves out prefetches, data requests, files, other methods and non-page fetches", () => {
    expect(isCountedVisit(page("/en", { "sec-purpose": "prefetch" }))).toBe(false);
    expect(isCountedVisit(page("/en", { "sec-purpose": "prefetch;prerender" }))).toBe(false);
    expect(isCountedVisit(page("/en", { purpose: "prefetch" }))).toBe(false);
    expect(isCountedVisit(page("/en/news?_data=root"))).toBe(false);
    expect(isCountedVisit(page("/en/invest/prospectus.pdf"))).toBe(false);
    expect(isCountedVisit(page("/en/share-image.png"))).toBe(false);
    expect(isCountedVisit(page("/build/entry.client-ABC.js"))).toBe(false);
    expect(isCountedVisit(page("/"))).toBe(false);
    expect(isCountedVisit(page("/en", { accept: "*/*" }))).toBe(false);
    expect(isCountedVisit(page("/en", { "sec-fetch-dest": "iframe" }))).toBe(false);
    expect(isCountedVisit({ ...page("/en"), method: "HEAD" })).toBe(false);
  });
});

describe("VisitorCounter", () => {
  const open = (at: { now: number }) => {
    const dir = mkdtempSync(path.join(tmpdir(), "hg-visitors-"));
    const file = path.join(dir, "visitors.sqlite");
    return { dir, file, counter: new VisitorCounter(file, () => at.now) };
  };

  it("counts each visitor once a day, online for five minutes, and keeps totals across days and restarts", () => {
    const at = { now: Date.parse("2026-03-10T10:00:00+07:00") };
    const { file, counter } = open(at);
    counter.record("203.0.113.5", CHROME);
    counter.record("203.0.113.5", CHROME);
    counter.record("203.0.113.6", CHROME);
    expect(counter.counts()).toEqual({ online: 2, today: 2, total: 2 });
    at.now += ONLINE_WINDOW_MS + 1;
    counter.record("203.0.113.6", CHROME);
    expect(counter.counts()).toEqual({ online: 1, today: 2, total: 2 });
    // After midnight in Vietnam (17:00 UTC): a new day, the same reader counts again.
    at.now = Date.parse("2026-03-11T00:30:00+07:00");
    expect(vietnamDay(at.now)).toBe("2026-03-11");
    counter.record("203.0.113.5", CHROME);
    expect(counter.counts()).toEqual({ online: 1, today: 1, total: 3 });
    counter.close();
    const reopened = new VisitorCounter(file, () => at.now);
    expect(reopened.counts()).toEqual({ online: 0, today: 1, total: 3 });
    reopened.close();
  });

  it("counts a reader as online from the request on, and for today only once the page is sent", () => {
    const at = { now: Date.parse("2026-03-10T10:00:00+07:00") };
    const { counter } = open(at);
    counter.arrived("203.0.113.9", CHROME);
    expect(counter.counts()).toEqual({ online: 1, today: 0, total: 0 });
    counter.record("203.0.113.9", CHROME);
    expect(counter.counts()).toEqual({ online: 1, today: 1, total: 1 });
    counter.close();
  });

  it("writes no address, user agent or hash: only day totals", () => {
    const at = { now: Date.parse("2026-03-10T10:00:00+07:00") };
    const { dir, counter } = open(at);
    counter.record("198.51.100.77", `${CHROME} marker-ua-1234`);
    counter.close();
    for (const name of readdirSync(dir)) {
      const bytes = readFileSync(path.join(dir, name));
      expect(bytes.includes(Buffer.from("198.51.100.77")), name).toBe(false);
      expect(bytes.includes(Buffer.from("marker-ua-1234")), name).toBe(false);
    }
  });
});

/**
 * Which requests are a reader looking at a page: a GET of a page path that a browser
 * navigates to, by something that is not a crawler, a monitor or a prefetch. Decided from
 * the request alone, before the page cache answers (docs/decisions/0017-visitor-counts.md).
 */
import { LANGUAGE_IDS } from "~/i18n/languages";

export interface VisitRequest {
  method: string;
  /** Path and query, as Node gives it. */
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * User agents that are not readers: crawlers, link previews, monitors, HTTP libraries,
 * headless and audit browsers. Patterns after the lists isbot and the IAB keep, for the
 * families that reach a government site (a UA is a claim, not proof: this keeps honest
 * robots out of the numbers, nothing more).
 */
const BOT_UA =
  /bot\b|bot\/|crawl|spider|slurp|archiver|facebookexternalhit|facebookcatalog|embedly|preview|monitor|uptime|pingdom|statuscake|lighthouse|pagespeed|headlesschrome|phantomjs|puppeteer|playwright|selenium|curl|wget|httpie|python|java\/|okhttp|go-http|node-fetch|undici|axios|libwww|ruby|perl|php|scrapy|feed|rss|validator|w3c|checker|^node$|^mozilla\/5\.0$/i;

/** True for a user agent we count: present, and not a robot's. */
export function isHumanUserAgent(userAgent: string | undefined): boolean {
  if (!userAgent || userAgent.length < 20) return false;
  return !BOT_UA.test(userAgent);
}

const header = (req: VisitRequest, name: string): string => {
  const value = req.headers[name];
  return (Array.isArray(value) ? value.join(",") : (value ?? "")).toLowerCase();
};

const PAGE_PATH = new RegExp(`^/(${LANGUAGE_IDS.join("|")})(/[^.?]*)?(\\?|$)`, "i");

export function isCountedVisit(req: VisitRequest): boolean {
  if (req.method !== "GET") return false;
  const url = req.url ?? "/";
  // Pages only: a language prefix, no file extension (feeds, PDFs, CSV, images), no Remix data request.
  if (!PAGE_PATH.test(url) || /[?&]_data=/.test(url)) return false;
  // Browsers navigate with Accept: text/html and, where they send it, Sec-Fetch-Dest: document.
  if (!header(req, "accept").includes("text/html")) return false;
  const dest = header(req, "sec-fetch-dest");
  if (dest && dest !== "document") return false;
  // Prefetches and prerenders are not views (Chrome: Sec-Purpose; older: Purpose, X-Moz).
  if (/prefetch|prerender/.test(`${header(req, "sec-purpose")} ${header(req, "purpose")} ${header(req, "x-moz")}`))
    return false;
  return isHumanUserAgent(header(req, "user-agent"));
}

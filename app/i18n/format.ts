/**
 * Numbers, money, dates and time zones through Intl, in one place. Every figure the
 * site shows goes through here so that all six languages format alike.
 */
import type { DatePrecision, IndicatorUnit } from "~/content/vocabulary";
import type { Lang } from "./languages";

export const TIME_ZONE = "Asia/Ho_Chi_Minh";

// Intl constructors are slow; formatters are cached per (language, options).
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}
const numberFormat = (lang: Lang, options: Intl.NumberFormatOptions) =>
  cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(lang, options));
const dateFormat = (lang: Lang, options: Intl.DateTimeFormatOptions) =>
  cached(
    `d|${lang}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(lang, { timeZone: TIME_ZONE, ...options }),
  );

export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 2): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

/** 2.5e12 → "2,5 nghìn tỷ" (vi), "2.5 trillion" (en), "2.5兆" (ja). */
export function formatCompact(lang: Lang, value: number): string {
  return numberFormat(lang, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 1 }).format(value);
}

export function formatPercent(lang: Lang, percent: number): string {
  return numberFormat(lang, { style: "percent", maximumFractionDigits: 2 }).format(percent / 100);
}

// Intl's currency names are long ("đồng Việt Nam", "ベトナム ドン"); figures read better with
// the short word each language uses in economic reporting.
const SHORT_VND: Record<Lang, string> = { vi: "đồng", en: "VND", ja: "ドン", ko: "동", "zh-Hans": "越南盾", fr: "VND" };

/**
 * VND has no minor unit: whole đồng, or a compact form for large sums
 * (2.5e12 → "2,5 nghìn tỷ đồng", "VND 2.5 trillion", "2.5兆ドン").
 */
export function formatVnd(lang: Lang, value: number, { compact = true } = {}): string {
  if (!compact)
    return numberFormat(lang, { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(value);
  return numberFormat(lang, {
    style: "currency",
    currency: "VND",
    currencyDisplay: "name",
    notation: "compact",
    compactDisplay: "long",
    maximumFractionDigits: 1,
  })
    .formatToParts(value)
    .map((part) => (part.type === "currency" ? SHORT_VND[lang] : part.value))
    .join("")
    .trim();
}

export function formatUsd(lang: Lang, value: number): string {
  return numberFormat(lang, {
    style: "currency",
    currency: "USD",
    notation: "compact",
    compactDisplay: "short",
    maximumFractionDigits: 1,
  }).format(value);
}

/** An indicator value in its unit, e.g. 58,505 (bn VND) → "58,5 nghìn tỷ đồng Việt Nam". */
export function formatIndicator(lang: Lang, value: number, unit: IndicatorUnit | string): string {
  switch (unit) {
    case "VND_BN":
      return formatVnd(lang, value * 1e9);
    case "VND_M":
      return formatVnd(lang, value * 1e6);
    case "USD_M":
      return formatUsd(lang, value * 1e6);
    case "PERCENT":
      return formatPercent(lang, value);
    case "HECTARE":
      return numberFormat(lang, { style: "unit", unit: "hectare", maximumFractionDigits: 1 }).format(value);
    case "PEOPLE":
    case "COUNT":
    case "TONNE":
    default:
      return value >= 100_000 ? formatCompact(lang, value) : formatNumber(lang, value);
  }
}

/** A calendar date as the reader writes it, in Vietnam's time zone. */
/**
 * Node's ICU and the browser's disagree on the spaces in dates: newer CLDR data puts thin
 * spaces around a range's dash ("5\u2009–\u20096 tháng 7") and a narrow no-break space
 * before "AM"; older data plain ones. The server's text must equal what the browser
 * renders during hydration, so both are written the same way on both sides.
 */
function sameSpaces(text: string): string {
  return text.replace(/\u2009/g, " ").replace(/\u202f/g, "\u00a0");
}

export function formatDate(lang: Lang, iso: string | Date, style: "long" | "medium" | "short" = "long"): string {
  return sameSpaces(dateFormat(lang, { dateStyle: style }).format(new Date(iso)));
}

export function formatDateTime(lang: Lang, iso: string | Date): string {
  return sameSpaces(dateFormat(lang, { dateStyle: "long", timeStyle: "short" }).format(new Date(iso)));
}

/** "11–15 Dec 2023" style ranges; a single day when the range has no end. */
export function formatDateRange(lang: Lang, start: string, end?: string | null): string {
  // ICU's formatRange is the dearest call of an event list: each range is formatted once.
  const key = `${lang}|${start}|${end ?? ""}`;
  let text = ranges.get(key);
  if (text === undefined) {
    const f = dateFormat(lang, { dateStyle: "long" });
    text = sameSpaces(end ? f.formatRange(new Date(start), new Date(end)) : f.format(new Date(start)));
    if (ranges.size >= RANGES_MAX) ranges.clear();
    ranges.set(key, text);
  }
  return text;
}
const RANGES_MAX = 5_000;
const ranges = new Map<string, string>();

/** Day and short month for the calendar badge of an event. */
export function dateParts(lang: Lang, iso: string): { day: string; month: string; year: string } {
  const parts = dateFormat(lang, { day: "numeric", month: "short", year: "numeric" }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { day: get("day"), month: get("month"), year: get("year") };
}

/** Today's date (YYYY-MM-DD) in Vietnam, for "upcoming" queries. */
export function todayInVietnam(now = new Date()): string {
  // Built once: a DateTimeFormat with a time zone costs more than the home page's own queries.
  todayFormat ??= new Intl.DateTimeFormat("en-CA", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  return todayFormat.format(now);
}
let todayFormat: Intl.DateTimeFormat | undefined;

/** Short compact numbers for chart axes, where space is tight: 60000 → "60K" (en), "6万" (ja), "60 N" (vi). */
export function formatAxisNumber(lang: Lang, value: number): string {
  return numberFormat(lang, { notation: "compact", compactDisplay: "short", maximumFractionDigits: 1 }).format(value);
}

/** A foreign-currency approximation of a VND figure: 2.02e7 USD → "US$20.2M" (en), "2020万米ドル" (ja). */
export function formatMoney(lang: Lang, value: number, currency: string): string {
  return numberFormat(lang, {
    style: "currency",
    currency,
    notation: "compact",
    compactDisplay: "short",
    maximumFractionDigits: 1,
  }).format(value);
}

/** A date known only to a month or a year ("July 2023", "2022"), in Vietnam's time zone. */
export function formatPartialDate(lang: Lang, iso: string, precision: DatePrecision | null | undefined): string {
  if (precision === "year") return dateFormat(lang, { year: "numeric" }).format(new Date(iso));
  if (precision === "month") return dateFormat(lang, { year: "numeric", month: "long" }).format(new Date(iso));
  return formatDate(lang, iso);
}

/** Hectares in the reader's notation: 2800 → "2.800 ha" (vi), "2,800 ha" (en). */
export function formatHectares(lang: Lang, value: number): string {
  return numberFormat(lang, { style: "unit", unit: "hectare", maximumFractionDigits: 1 }).format(value);
}

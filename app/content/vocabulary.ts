/**
 * The closed vocabularies of the content model (docs/content-model.md), each written
 * once. The site derives its types and zod enums from them, the Studio its option lists
 * (as it takes the language list from app/i18n/languages.ts), and the tests their
 * expectations, so an option an editor can choose is always one the site understands.
 *
 * Stored values are stable keys; the site translates them through locales/, so the
 * titles here are for editors. No imports: this module is bundled for the browser and
 * for the Studio, which knows nothing of the site's `~/` paths.
 */

/** `[stored value, editor's title]` pairs, in the order editors see them. */
export type Vocabulary = readonly [readonly [string, string], ...(readonly [string, string])[]];

/** The stored values of a vocabulary as a union: `ValueOf<typeof SECTORS>` is `"agriculture" | …`. */
export type ValueOf<V extends Vocabulary> = V[number][0];

/** The stored values, in order, as a non-empty tuple (what `z.enum` wants). */
export function valuesOf<V extends Vocabulary>(vocabulary: V): [ValueOf<V>, ...ValueOf<V>[]] {
  return vocabulary.map(([value]) => value) as [ValueOf<V>, ...ValueOf<V>[]];
}

export function isValueOf<V extends Vocabulary>(vocabulary: V, value: unknown): value is ValueOf<V> {
  return vocabulary.some(([v]) => v === value);
}

/** The editor's title of a stored value (Studio previews), or undefined for anything else. */
export function titleOf(vocabulary: Vocabulary, value: unknown): string | undefined {
  return vocabulary.find(([v]) => v === value)?.[1];
}

/** Districts and towns of the former province (2020–2024 units), the `location` of parks and opportunities. */
export const DISTRICTS = [
  ["viThanh", "Vị Thanh"],
  ["ngaBay", "Ngã Bảy"],
  ["longMy", "Long Mỹ"],
  ["chauThanh", "Châu Thành"],
  ["chauThanhA", "Châu Thành A"],
  ["phungHiep", "Phụng Hiệp"],
  ["viThuy", "Vị Thủy"],
] as const satisfies Vocabulary;
export type District = ValueOf<typeof DISTRICTS>;

export const SECTORS = [
  ["agriculture", "Agriculture"],
  ["agroProcessing", "Agro-processing"],
  ["industry", "Industry"],
  ["tourism", "Tourism"],
  ["urban", "Urban development"],
  ["infrastructure", "Infrastructure"],
  ["energy", "Energy"],
  ["logistics", "Logistics"],
] as const satisfies Vocabulary;
export type Sector = ValueOf<typeof SECTORS>;

export const INVESTMENT_FORMS = [
  ["ppp", "Public-private partnership"],
  ["fdi", "Foreign direct investment"],
  ["domestic", "Domestic investment"],
  ["landLease", "Land lease"],
] as const satisfies Vocabulary;
export type InvestmentForm = ValueOf<typeof INVESTMENT_FORMS>;

export const OPPORTUNITY_STATUSES = [
  ["open", "Open"],
  ["negotiation", "In negotiation"],
  ["awarded", "Awarded"],
  ["closed", "Closed"],
] as const satisfies Vocabulary;
export type OpportunityStatus = ValueOf<typeof OPPORTUNITY_STATUSES>;

export const PARK_STATUSES = [
  ["operating", "Operating"],
  ["planned", "Planned"],
] as const satisfies Vocabulary;
export type ParkStatus = ValueOf<typeof PARK_STATUSES>;

export const INDICATOR_UNITS = [
  ["VND_BN", "Billion VND"],
  ["VND_M", "Million VND"],
  ["USD_M", "Million USD"],
  ["PERCENT", "Percent"],
  ["COUNT", "Count"],
  ["PEOPLE", "People"],
  ["HECTARE", "Hectare"],
  ["TONNE", "Tonne"],
] as const satisfies Vocabulary;
export type IndicatorUnit = ValueOf<typeof INDICATOR_UNITS>;

/** Also the order of the groups on the economy dashboard. */
export const INDICATOR_CATEGORIES = [
  ["economy", "Economy"],
  ["trade", "Trade"],
  ["investment", "Investment"],
  ["tourism", "Tourism"],
  ["agriculture", "Agriculture"],
] as const satisfies Vocabulary;
export type IndicatorCategory = ValueOf<typeof INDICATOR_CATEGORIES>;

/** Figures before the 1 Jul 2025 merger describe the former province; later ones the city. */
export const INDICATOR_SCOPES = [
  ["former-province", "Former Hậu Giang province"],
  ["can-tho-city", "Cần Thơ city"],
] as const satisfies Vocabulary;
export type IndicatorScope = ValueOf<typeof INDICATOR_SCOPES>;

/** The fixed pages; each but `home` has the path `/{lang}/{pageKey}`. */
export const PAGE_KEYS = [
  ["home", "Home"],
  ["about", "About"],
  ["contact", "Contact"],
  ["privacy", "Privacy"],
  ["accessibility", "Accessibility statement"],
] as const satisfies Vocabulary;
export type PageKey = ValueOf<typeof PAGE_KEYS>;

export const ARTICLE_KINDS = [
  ["news", "News"],
  ["pressRelease", "Press release"],
] as const satisfies Vocabulary;
export type ArticleKind = ValueOf<typeof ARTICLE_KINDS>;

/** What an event is about: the list page's filter (`?kind=`) and the calendar feeds per kind. */
export const EVENT_KINDS = [
  ["trade", "Trade fair or exhibition"],
  ["investment", "Investment promotion"],
  ["tourism", "Tourism"],
  ["culture", "Culture and festivals"],
  ["sport", "Sport"],
] as const satisfies Vocabulary;
export type EventKind = ValueOf<typeof EVENT_KINDS>;

export const EXHIBIT_KINDS = [
  ["map", "Map"],
  ["document", "Document"],
  ["book", "Book"],
  ["model", "Model"],
] as const satisfies Vocabulary;
export type ExhibitKind = ValueOf<typeof EXHIBIT_KINDS>;

export const INQUIRY_STATUSES = [
  ["new", "New"],
  ["inProgress", "In progress"],
  ["answered", "Answered"],
  ["closed", "Closed"],
] as const satisfies Vocabulary;
export type InquiryStatus = ValueOf<typeof INQUIRY_STATUSES>;

/** How much of a date a source published: "July 2023" is stored as 2023-07-01 with `month`. */
export const DATE_PRECISIONS = [
  ["day", "Day"],
  ["month", "Month"],
  ["year", "Year"],
] as const satisfies Vocabulary;
export type DatePrecision = ValueOf<typeof DATE_PRECISIONS>;

/** Currencies the investment pages convert VND into (the reader's currency per language). */
export const CURRENCIES = [
  ["USD", "US dollar"],
  ["EUR", "Euro"],
  ["JPY", "Japanese yen"],
  ["KRW", "Korean won"],
  ["CNY", "Chinese yuan"],
] as const satisfies Vocabulary;
export type Currency = ValueOf<typeof CURRENCIES>;

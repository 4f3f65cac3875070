/**
 * Closed vocabularies of the content model (docs/content-model.md). Stored values are
 * stable keys; the site translates them through locales/, so titles here are for editors.
 */
export const DISTRICTS = [
  ["viThanh", "Vị Thanh"],
  ["ngaBay", "Ngã Bảy"],
  ["longMy", "Long Mỹ"],
  ["chauThanh", "Châu Thành"],
  ["chauThanhA", "Châu Thành A"],
  ["phungHiep", "Phụng Hiệp"],
  ["viThuy", "Vị Thủy"],
] as const;

export const SECTORS = [
  ["agriculture", "Agriculture"],
  ["agroProcessing", "Agro-processing"],
  ["industry", "Industry"],
  ["tourism", "Tourism"],
  ["urban", "Urban development"],
  ["infrastructure", "Infrastructure"],
  ["energy", "Energy"],
  ["logistics", "Logistics"],
] as const;

export const INVESTMENT_FORMS = [
  ["ppp", "Public-private partnership"],
  ["fdi", "Foreign direct investment"],
  ["domestic", "Domestic investment"],
  ["landLease", "Land lease"],
] as const;

export const OPPORTUNITY_STATUSES = [
  ["open", "Open"],
  ["negotiation", "In negotiation"],
  ["awarded", "Awarded"],
  ["closed", "Closed"],
] as const;

export const PARK_STATUSES = [
  ["operating", "Operating"],
  ["planned", "Planned"],
] as const;

export const INDICATOR_UNITS = [
  ["VND_BN", "Billion VND"],
  ["VND_M", "Million VND"],
  ["USD_M", "Million USD"],
  ["PERCENT", "Percent"],
  ["COUNT", "Count"],
  ["PEOPLE", "People"],
  ["HECTARE", "Hectare"],
  ["TONNE", "Tonne"],
] as const;

export const INDICATOR_CATEGORIES = [
  ["economy", "Economy"],
  ["trade", "Trade"],
  ["investment", "Investment"],
  ["tourism", "Tourism"],
  ["agriculture", "Agriculture"],
] as const;

/** Figures before the 1 Jul 2025 merger describe the former province; later ones the city. */
export const INDICATOR_SCOPES = [
  ["former-province", "Former Hậu Giang province"],
  ["can-tho-city", "Cần Thơ city"],
] as const;

export const PAGE_KEYS = [
  ["home", "Home"],
  ["about", "About"],
  ["contact", "Contact"],
  ["privacy", "Privacy"],
] as const;

export const ARTICLE_KINDS = [
  ["news", "News"],
  ["pressRelease", "Press release"],
] as const;

export const EXHIBIT_KINDS = [
  ["map", "Map"],
  ["document", "Document"],
  ["book", "Book"],
  ["model", "Model"],
] as const;

export const INQUIRY_STATUSES = [
  ["new", "New"],
  ["inProgress", "In progress"],
  ["answered", "Answered"],
  ["closed", "Closed"],
] as const;

export type Vocabulary = readonly (readonly [string, string])[];

export function titleOf(vocabulary: Vocabulary, value: unknown): string | undefined {
  return vocabulary.find(([v]) => v === value)?.[1];
}

/** How much of a date a source published: "July 2023" is stored as 2023-07-01 with `month`. */
export const DATE_PRECISIONS = [
  ["day", "Day"],
  ["month", "Month"],
  ["year", "Year"],
] as const;

/** Currencies the investment pages convert VND into (the reader's currency per language). */
export const CURRENCIES = [
  ["USD", "US dollar"],
  ["EUR", "Euro"],
  ["JPY", "Japanese yen"],
  ["KRW", "Korean won"],
  ["CNY", "Chinese yuan"],
] as const;

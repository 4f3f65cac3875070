/**
 * The reader's currency for approximate conversions of VND figures, and the
 * conversion itself from a dated rate set (an `exchangeRateSet` document).
 * Vietnamese readers get VND only: a conversion would tell them nothing.
 */
import type { Currency } from "~/content/vocabulary";
import type { Lang } from "~/i18n/languages";

export const READER_CURRENCY: Record<Lang, Currency | null> = {
  vi: null,
  en: "USD",
  ja: "JPY",
  ko: "KRW",
  "zh-Hans": "CNY",
  fr: "EUR",
};

export interface RateSet {
  title?: string | null;
  asOf?: string | null;
  illustrative?: boolean | null;
  rates?: ({ currency?: string | null; vndPerUnit?: number | null } | null)[] | null;
  source?: { title?: string | null; publisher?: string | null; url?: string | null; accessed?: string | null } | null;
}

export interface Conversion {
  currency: Currency;
  amount: number;
  vndPerUnit: number;
  asOf: string | null;
  illustrative: boolean;
  source: NonNullable<RateSet["source"]> | null;
}

/** `vnd` (in đồng) in the reader's currency, or null when there is no currency or no usable rate. */
export function convertForReader(
  lang: Lang,
  vnd: number | null | undefined,
  set: RateSet | null | undefined,
): Conversion | null {
  const currency = READER_CURRENCY[lang];
  if (!currency || vnd == null || !set) return null;
  const rate = set.rates?.find((r) => r?.currency === currency)?.vndPerUnit;
  if (!rate || !(rate > 0)) return null;
  return {
    currency,
    amount: vnd / rate,
    vndPerUnit: rate,
    asOf: set.asOf ?? null,
    // Unless a rate set says it is published, treat it as illustrative: better to under-claim.
    illustrative: set.illustrative !== false,
    source: set.source ?? null,
  };
}

/** Helpers for `preview.prepare`, which only sees the raw stored values. */
import { SOURCE_LANG } from "../../languages";

export type InternationalizedValue = { _key: string; value?: string }[] | undefined;

/** The source-language label of an internationalized array, else the first one present. */
export function sourceLabel(values: InternationalizedValue): string | undefined {
  return values?.find((v) => v._key === SOURCE_LANG)?.value ?? values?.find((v) => v.value)?.value;
}

/** `title` plus a `[lang]` badge, so translations are told apart in lists. */
export function withLanguage(subtitle: string | undefined, language: string | undefined): string {
  return [language ? `[${language}]` : undefined, subtitle].filter(Boolean).join(" ");
}

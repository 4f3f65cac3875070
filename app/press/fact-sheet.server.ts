/** The fact sheet in one language: labels and value templates from press.json, numbers and dates formatted. */
import { formatDate, formatNumber } from "~/i18n/format";
import { getFixedT } from "~/i18n/i18next.server";
import type { Lang } from "~/i18n/languages";
import { FACTS, type Fact } from "./fact-sheet";

export interface FactRow {
  key: string;
  label: string;
  value: string;
  scope: string;
  sources: Fact["sources"];
}

export function factSheet(lang: Lang): FactRow[] {
  const t = getFixedT(lang, "press");
  return FACTS.map((fact) => {
    const values = Object.fromEntries(
      Object.entries(fact.values).map(([name, v]) => [
        name,
        "date" in v ? formatDate(lang, `${v.date}T12:00:00+07:00`) : formatNumber(lang, v.number, v.digits ?? 2),
      ]),
    );
    return {
      key: fact.key,
      label: t(`facts.${fact.key}.label`),
      value: t(`facts.${fact.key}.value`, values),
      scope: t(`scope.${fact.scope}`),
      sources: fact.sources,
    };
  });
}

/** Text in a language other than the page's carries its own `lang` (screen readers, fonts, hyphenation). */
import { createElement, type ReactNode } from "react";
import type { Shown } from "~/content/translations";
import type { Lang } from "~/i18n/languages";

export function LocalizedText({
  shown,
  pageLang,
  as = "span",
  className,
}: {
  shown: Shown<string> | null | undefined;
  pageLang: Lang;
  as?: string;
  className?: string;
}): ReactNode {
  if (!shown) return null;
  return createElement(as, { className, lang: shown.lang !== pageLang ? shown.lang : undefined }, shown.value);
}

/**
 * Sources named inside a sentence ("Source: …", "as of …, source …"): each name carries its
 * source's language as `lang` (WCAG 3.1.2), so a Vietnamese or English source title inside a
 * Japanese sentence is read in its own language. `fillSlot` puts the names where a translated
 * sentence has its placeholder: translate with `{ source: SLOT }`, then fill the slot.
 */
import { Fragment, type ReactNode } from "react";
import type { SourceRef } from "~/content/views";
import type { Lang } from "~/i18n/languages";
import { sourceLang } from "./SourceList";

/** An invisible separator (U+2063) no UI string contains: the point where the element goes. */
export const SLOT = "\u2063";

export function fillSlot(text: string, node: ReactNode): ReactNode {
  const at = text.indexOf(SLOT);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      {node}
      {text.slice(at + SLOT.length)}
    </>
  );
}

/** A source's short name: its publisher, else its title. */
export function sourceName(source: SourceRef): string {
  return source.publisher || source.title || "";
}

export function SourceNames({
  sources,
  lang,
  separator = "; ",
  name = sourceName,
}: {
  sources: readonly SourceRef[];
  lang: Lang;
  separator?: string;
  name?: (source: SourceRef) => string;
}) {
  const named = sources.filter((s) => name(s));
  return (
    <>
      {named.map((s, i) => (
        <Fragment key={i}>
          {i > 0 ? separator : null}
          <span lang={sourceLang(s, lang)}>{name(s)}</span>
        </Fragment>
      ))}
    </>
  );
}

/**
 * The sources of a page's facts, as a numbered list. Most are Vietnamese whatever the page's
 * language, so each citation carries its source's language (WCAG 3.1.2, language of parts).
 */
import { useTranslation } from "~/i18n/use-translation";
import type { SourceRef } from "~/content/views";
import { formatDate } from "~/i18n/format";
import type { Lang } from "~/i18n/languages";
import { safeHref } from "~/utils/safe-href";

export function SourceList({ sources, lang }: { sources: readonly SourceRef[] | null | undefined; lang: Lang }) {
  const { t } = useTranslation();
  const list = (sources ?? []).filter((s) => s.title || s.publisher);
  if (!list.length) return null;
  return (
    <aside className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t("sources.title")}</h2>
      <ol className="sources__list">
        {list.map((s, i) => {
          const href = safeHref(s.url);
          const label = [s.title, s.publisher].filter(Boolean).join(" — ");
          const cite = <cite lang={sourceLang(s, lang)}>{label}</cite>;
          return (
            <li key={i}>
              {href ? (
                <a href={href} rel="noopener noreferrer">
                  {cite}
                </a>
              ) : (
                cite
              )}
              {s.accessed ? ` (${t("sources.accessed", { date: formatDate(lang, s.accessed, "medium") })})` : null}
            </li>
          );
        })}
      </ol>
    </aside>
  );
}

/** The `lang` a citation needs: its source's language where that differs from the page's (none when unknown). */
export function sourceLang(source: Pick<SourceRef, "language"> | null | undefined, pageLang: Lang): string | undefined {
  const language = source?.language;
  return language && language !== pageLang ? language : undefined;
}

/** The sources of a page's facts, as a numbered list. */
import { useTranslation } from "~/i18n/use-translation";
import type { SourceRef } from "~/content/views";
import { formatDate } from "~/i18n/format";
import type { Lang } from "~/i18n/languages";
import { safeHref } from "./PortableTextBody";

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
          return (
            <li key={i}>
              {href ? (
                <a href={href} rel="noopener noreferrer">
                  <cite>{label}</cite>
                </a>
              ) : (
                <cite>{label}</cite>
              )}
              {s.accessed ? ` (${t("sources.accessed", { date: formatDate(lang, s.accessed, "medium") })})` : null}
            </li>
          );
        })}
      </ol>
    </aside>
  );
}

/** Says, in the reader's language, that this translation predates a change to its Vietnamese original, and links the original. */
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/i18n/format";
import type { Lang } from "~/i18n/languages";

export function StaleTranslationNotice({
  lang,
  translatedAt,
  sourceUpdatedAt,
  originalHref,
}: {
  lang: Lang;
  translatedAt: string;
  sourceUpdatedAt: string;
  originalHref: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning" role="note" data-stale-translation="">
      <p>
        {t("translation.stale", {
          translated: formatDate(lang, translatedAt),
          updated: formatDate(lang, sourceUpdatedAt),
        })}{" "}
        {/* A plain link: the locale Link would put the reader's language in front. */}
        <a href={originalHref} hrefLang="vi" lang="vi">
          {t("translation.readOriginal")}
        </a>
      </p>
    </div>
  );
}

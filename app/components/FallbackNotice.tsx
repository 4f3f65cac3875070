/** Says, in the reader's language, that the content below is shown in another language. */
import { useTranslation } from "~/i18n/use-translation";
import { languageTitle, type Lang } from "~/i18n/languages";

export function FallbackNotice({ requested, shown }: { requested: Lang; shown: Lang }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--fallback" role="note" data-fallback-notice="">
      <p>{t("fallback.notice", { requested: languageTitle(requested), shown: languageTitle(shown) })}</p>
    </div>
  );
}

/**
 * The bar across the top of every page in draft preview, so nobody mistakes drafts for
 * the published site; "Exit preview" posts to /{lang}/preview, which clears the cookie and
 * returns to the same page (a plain form: it works without JavaScript).
 */
import { useLocation } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";

export function PreviewBar({ exitAction }: { exitAction: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <div className="preview-bar" role="status" data-preview-bar="">
      <p>{t("preview.bar")}</p>
      <form method="post" action={exitAction}>
        <input type="hidden" name="path" value={location.pathname + location.search} />
        <button type="submit">{t("preview.exit")}</button>
      </form>
    </div>
  );
}

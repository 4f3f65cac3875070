/** Localized 400, 404, 405, 503 and 500 pages; the status code decides the words (root's errorTitles has the same statuses). */
import { useTranslation } from "react-i18next";
import { Link } from "~/i18n/link";

const WORDS: Record<number, [title: string, text: string]> = {
  400: ["error.badRequestTitle", "error.badRequestText"],
  404: ["error.notFoundTitle", "error.notFoundText"],
  405: ["error.methodNotAllowedTitle", "error.methodNotAllowedText"],
  503: ["error.unavailableTitle", "error.unavailableText"],
};

export function ErrorPage({ status }: { status: number }) {
  const { t } = useTranslation();
  const [title, text] = WORDS[status] ?? ["error.errorTitle", "error.errorText"];
  return (
    <section className="error-page">
      <div className="container">
        <p className="error-page__code">{status}</p>
        <h1>{t(title)}</h1>
        <p>{t(text)}</p>
        <ul className="error-page__links">
          <li><Link to="/">{t("error.goHome")}</Link></li>
          <li><Link to="/news">{t("error.goNews")}</Link></li>
        </ul>
      </div>
    </section>
  );
}

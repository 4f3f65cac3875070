/** Localized 400, 403, 404, 405, 503 and 500 pages; the status code decides the words (and the document's <title>, see root.tsx). */
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "~/i18n/link";

const WORDS: Record<number, [title: string, text: string]> = {
  400: ["error.badRequestTitle", "error.badRequestText"],
  403: ["error.forbiddenTitle", "error.forbiddenText"],
  404: ["error.notFoundTitle", "error.notFoundText"],
  405: ["error.methodNotAllowedTitle", "error.methodNotAllowedText"],
  503: ["error.unavailableTitle", "error.unavailableText"],
};

/** The UI-string keys of the title and text for an error status; any other status reads as a 500. */
export function errorWords(status: number): [title: string, text: string] {
  return WORDS[status] ?? ["error.errorTitle", "error.errorText"];
}

export function ErrorPage({ status }: { status: number }) {
  const { t } = useTranslation();
  const [title, text] = errorWords(status);
  return (
    <section className="error-page">
      <div className="container">
        <p className="error-page__code">{status}</p>
        <h1>{t(title)}</h1>
        <p>{t(text)}</p>
        <ul className="error-page__links">
          <li>
            <Link to="/">{t("error.goHome")}</Link>
          </li>
          <li>
            <Link to="/news">{t("error.goNews")}</Link>
          </li>
        </ul>
      </div>
    </section>
  );
}

/** The path from the home page to the current page's parent; the current page is the page's own h1. */
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "~/i18n/link";

/** `trail` paths are the site's, without the language (`/invest`): the links add it. */
export function Breadcrumbs({ trail = [] }: { trail?: readonly { to: string; label: string }[] }) {
  const { t } = useTranslation("common");
  return (
    <nav className="breadcrumbs" aria-label={t("a11y.breadcrumbs")}>
      <ol>
        <li>
          <Link to="/">{t("nav.home")}</Link>
        </li>
        {trail.map((item) => (
          <li key={item.to}>
            <Link to={item.to}>{item.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

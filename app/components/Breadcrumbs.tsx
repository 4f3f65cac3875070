/** The path from the home page to the current page's parent; the current page is the page's own h1. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Lang } from "~/i18n/languages";

export function Breadcrumbs({ lang, trail = [] }: { lang: Lang; trail?: readonly { to: string; label: string }[] }) {
  const { t } = useTranslation("common");
  return (
    <nav className="breadcrumbs" aria-label={t("a11y.breadcrumbs")}>
      <ol>
        <li><Link to={`/${lang}`}>{t("nav.home")}</Link></li>
        {trail.map((item) => (
          <li key={item.to}><Link to={item.to}>{item.label}</Link></li>
        ))}
      </ol>
    </nav>
  );
}

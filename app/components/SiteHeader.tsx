/** Skip link, brand, main navigation, language switcher and the merger status line. */
import { useTranslation } from "~/i18n/use-translation";
import type { SiteSettingsView } from "~/content/views";
import type { Lang } from "~/i18n/languages";
import { Link, NavLink } from "~/i18n/link";
import type { PageLanguages } from "~/i18n/page-languages";
import { Brand } from "./Brand";
import { LanguageSwitcher } from "./LanguageSwitcher";

export function SiteHeader({
  lang,
  settings,
  languages,
}: {
  lang: Lang;
  settings?: SiteSettingsView;
  languages?: PageLanguages;
}) {
  const { t } = useTranslation();
  const nav = [
    { to: "/", label: t("nav.home"), end: true },
    { to: "/invest", label: t("nav.invest"), end: false },
    { to: "/economy", label: t("nav.economy"), end: false },
    { to: "/news", label: t("nav.news"), end: false },
    { to: "/about", label: t("nav.about"), end: false },
    { to: "/contact", label: t("nav.contact"), end: false },
  ];
  const name = settings?.localityName;
  return (
    <>
      <a className="skip-link" href="#main">
        {t("a11y.skipToContent")}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand" lang={name && name.lang !== lang ? name.lang : undefined}>
            <Brand name={name?.value ?? "Hậu Giang"} sub={t("brand.sub")} />
          </Link>
          <nav className="site-nav" aria-label={t("a11y.mainNav")}>
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitcher lang={lang} languages={languages} />
        </div>
      </header>
      <p className="status-banner">
        <span className="container">
          {t("status.banner")} <Link to="/about#status">{t("status.more")}</Link>
        </span>
      </p>
    </>
  );
}

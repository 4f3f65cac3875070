/**
 * Skip link, brand, main navigation, language switcher and the merger status line.
 *
 * The navigation is one list inside a `<details>` disclosure: below 62rem the `<summary>`
 * ("Menu") opens it as a panel, so a phone shows one header row instead of three lines of
 * links; from 62rem the summary is hidden and the list is shown as a row through
 * `::details-content` (app/styles/site.css). Both work without JavaScript; with it, Escape,
 * a click outside and a client-side navigation close the panel.
 */
import { useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "~/i18n/use-translation";
import type { SiteSettingsView } from "~/content/views";
import type { Lang } from "~/i18n/languages";
import { Link, NavLink } from "~/i18n/link";
import { placeName } from "~/i18n/place-names";
import type { PageLanguages } from "~/i18n/page-languages";
import { Brand } from "./Brand";
import { LanguageSwitcher } from "./LanguageSwitcher";

/** The main navigation, in order: one entry per section (label keys in common.json `nav`). */
export const NAV_ITEMS = [
  { to: "/", label: "nav.home", end: true },
  { to: "/invest", label: "nav.invest", end: false },
  { to: "/economy", label: "nav.economy", end: false },
  { to: "/news", label: "nav.news", end: false },
  { to: "/events", label: "nav.events", end: false },
  { to: "/press", label: "nav.press", end: false },
  { to: "/project", label: "nav.project", end: false },
  { to: "/exhibition", label: "nav.exhibition", end: false },
  { to: "/about", label: "nav.about", end: false },
  { to: "/contact", label: "nav.contact", end: false },
  { to: "/search", label: "nav.search", end: false },
] as const;

/** Escape, a click outside and a navigation close the open menu (JavaScript only: an enhancement). */
function useDisclosureClose() {
  const ref = useRef<HTMLDetailsElement>(null);
  const { pathname, search } = useLocation();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname, search]);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !details.open) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, []);
  return ref;
}

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
  const menu = useDisclosureClose();
  const name = settings?.localityName;
  return (
    <>
      <a className="skip-link" href="#main">
        {t("a11y.skipToContent")}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand" lang={name && name.lang !== lang ? name.lang : undefined}>
            <Brand name={name?.value ?? placeName("hauGiang", lang)} sub={t("brand.sub")} />
          </Link>
          <nav className="site-nav" aria-label={t("a11y.mainNav")}>
            <details className="site-nav__menu" ref={menu}>
              <summary className="site-nav__toggle">
                <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
                  <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
                </svg>
                <span>{t("nav.menu")}</span>
              </summary>
              <ul>
                {NAV_ITEMS.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end}>
                      {t(item.label)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </details>
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

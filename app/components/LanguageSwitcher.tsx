/**
 * Links to this page in every language, each named in its own language and marked with
 * `hreflang` and `lang`. Targets without a translation still lead to the same page,
 * which then shows the fallback; they never lead to the home page or a 404.
 */
import { Link } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { LANGUAGES, SOURCE_LANG, languageTitle, type Lang } from "~/i18n/languages";
import { href } from "~/i18n/link";
import type { PageLanguages } from "~/i18n/page-languages";

export function LanguageSwitcher({ lang, languages }: { lang: Lang; languages?: PageLanguages }) {
  const { t } = useTranslation();
  return (
    <nav className="lang-switcher" aria-label={t("a11y.languageNav")}>
      <ul>
        {LANGUAGES.map(({ id, title }) => {
          const path = languages?.paths[id] ?? href(id);
          const translated = !languages || languages.available.includes(id);
          const current = id === lang;
          return (
            <li key={id}>
              <Link
                to={path}
                hrefLang={id}
                lang={id}
                aria-current={current ? "true" : undefined}
                className={translated ? undefined : "lang-switcher__fallback"}
                reloadDocument={false}
              >
                {title}
                {!translated && !current ? (
                  <span className="visually-hidden" lang={lang}>
                    {" "}
                    ({t("fallback.switcherHint", { language: languageTitle(languages?.fallbackOf[id] ?? SOURCE_LANG) })}
                    )
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

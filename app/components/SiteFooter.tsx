/** Footer: what the site is, links, and the agency's contact details. */
import { useTranslation } from "~/i18n/use-translation";
import type { SiteSettingsView } from "~/content/views";
import type { Lang } from "~/i18n/languages";
import { Link } from "~/i18n/link";
import { LocalizedText } from "./LocalizedText";

export function SiteFooter({ lang, settings }: { lang: Lang; settings?: SiteSettingsView }) {
  const { t } = useTranslation();
  const agency = settings?.agency;
  return (
    <footer className="site-footer">
      <div className="container">
        <div className="site-footer__grid">
          <div>
            <p>{t("footer.about")}</p>
          </div>
          <div>
            <h2>{t("footer.links")}</h2>
            <ul>
              <li>
                <Link to="/invest">{t("nav.invest")}</Link>
              </li>
              <li>
                <Link to="/economy">{t("nav.economy")}</Link>
              </li>
              <li>
                <Link to="/news">{t("nav.news")}</Link>
              </li>
              <li>
                <Link to="/about">{t("nav.about")}</Link>
              </li>
              <li>
                <Link to="/contact">{t("nav.contact")}</Link>
              </li>
              <li>
                <Link to="/privacy">{t("nav.privacy")}</Link>
              </li>
            </ul>
          </div>
          {agency ? (
            <div>
              <h2>{t("footer.contact")}</h2>
              <address>
                <LocalizedText shown={agency.name} pageLang={lang} as="strong" />
                <br />
                <LocalizedText shown={agency.address} pageLang={lang} />
                {agency.email ? (
                  <>
                    <br />
                    <a href={`mailto:${agency.email}`}>{agency.email}</a>
                  </>
                ) : null}
              </address>
            </div>
          ) : null}
        </div>
        <p className="site-footer__legal">{t("footer.legal")}</p>
      </div>
    </footer>
  );
}

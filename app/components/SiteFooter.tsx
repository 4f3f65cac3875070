/** Footer: what the site is, links, the agency's contact details and the visitor counts. */
import { useTranslation } from "~/i18n/use-translation";
import type { SiteSettingsView } from "~/content/views";
import { formatNumber } from "~/i18n/format";
import type { Lang } from "~/i18n/languages";
import { Link } from "~/i18n/link";
import { LocalizedText } from "./LocalizedText";

/** As the root loader gives them (app/visitors/counter.server.ts). */
export interface VisitorCountsView {
  online: number;
  today: number;
  total: number;
}

export function SiteFooter({
  lang,
  settings,
  visitors,
}: {
  lang: Lang;
  settings?: SiteSettingsView;
  visitors?: VisitorCountsView;
}) {
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
              <li>
                <Link to="/accessibility">{t("sitewide.accessibility")}</Link>
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
          {visitors ? (
            <div className="site-footer__visitors">
              <h2>{t("sitewide.visitors.title")}</h2>
              <dl>
                {(["online", "today", "total"] as const).map((key) => (
                  <div key={key}>
                    <dt>{t(`sitewide.visitors.${key}`)}</dt>
                    <dd data-visitors={key}>{formatNumber(lang, visitors[key], 0)}</dd>
                  </div>
                ))}
              </dl>
              <p>{t("sitewide.visitors.note")}</p>
            </div>
          ) : null}
        </div>
        <p className="site-footer__legal">{t("footer.legal")}</p>
      </div>
    </footer>
  );
}

/** Industrial parks, operating and planned, as a table: every figure with its source and as-of date. */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { SourceNames } from "~/components/SourceNames";
import { loadQuery } from "~/content/load.server";
import { PARK_LIST_QUERY } from "~/content/queries";
import { localizeList } from "~/content/translations";
import { formatHectares, formatPartialDate, formatPercent } from "~/i18n/format";
import { getFixedT } from "~/i18n/i18next.server";
import { SOURCE_LANG } from "~/i18n/languages";
import { Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { everyLanguage } from "~/i18n/page-languages.server";
import { availableLand } from "~/investment/parks";
import styles from "~/styles/investment.css";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";
import type { I18nHandle } from "~/i18n/config";

/** UI strings beyond `common` that this page uses (the browser loads only these). */
export const handle: I18nHandle = { i18n: ["investment"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const t = getFixedT(lang, "investment");
  const parks = await loadQuery(PARK_LIST_QUERY, { source: SOURCE_LANG });
  // Figures are shared by every language version: they come from the source document.
  const rows = localizeList(parks, chain).map(({ source: base, shown: s }) => ({
    shown: { lang: s.lang, isFallback: s.isFallback, title: s.value.title, slug: s.value.slug },
    id: base._id,
    status: base.status,
    location: base.location,
    areaHa: base.areaHa,
    occupancyPercent: base.occupancyPercent,
    available: availableLand(base),
    asOf: base.asOf,
    asOfPrecision: base.asOfPrecision,
    sources: (base.sources ?? []).filter((src) => src.publisher || src.title),
  }));
  return {
    lang,
    title: t("parks.title"),
    description: t("parks.lead"),
    rows,
    languages: everyLanguage(lang, "invest/industrial-parks"),
  };
}

export const headers = cacheHeaders("list");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.title, data?.description);

export default function ParkList() {
  const { lang, rows } = useLoaderData<typeof loader>();
  const { t } = useTranslation("investment");
  const dash = (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t("detail.notPublished")}</span>
    </>
  );
  return (
    <>
      <header className="page-header">
        <div className="container">
          <Breadcrumbs trail={[{ to: "/invest", label: t("nav.invest") }]} />
          <h1>{t("parks.title")}</h1>
          <p className="lead">{t("parks.lead")}</p>
        </div>
      </header>
      <section className="section">
        <div className="container">
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="parks-caption">
            <table className="data-table">
              <caption id="parks-caption">{t("parks.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("parks.name")}</th>
                  <th scope="col">{t("detail.status")}</th>
                  <th scope="col">{t("detail.location")}</th>
                  <th scope="col" className="num">
                    {t("detail.area")}
                  </th>
                  <th scope="col" className="num">
                    {t("parks.occupancy")}
                  </th>
                  <th scope="col" className="num">
                    {t("parks.available")}
                  </th>
                  <th scope="col">{t("parks.asOf")}</th>
                  <th scope="col">{t("parks.source")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" lang={r.shown.isFallback ? r.shown.lang : undefined}>
                      <Link to={`/invest/industrial-parks/${encodeURIComponent(r.shown.slug)}`}>{r.shown.title}</Link>
                    </th>
                    <td>{r.status ? t(`parkStatus.${r.status}`) : dash}</td>
                    <td>{r.location ? t(`location.${r.location}`) : dash}</td>
                    <td className="num">{r.areaHa != null ? formatHectares(lang, r.areaHa) : dash}</td>
                    <td className="num">
                      {r.occupancyPercent != null ? formatPercent(lang, r.occupancyPercent) : dash}
                    </td>
                    <td className="num">
                      {r.available
                        ? `${formatHectares(lang, r.available.value)}${r.available.calculated ? " *" : ""}`
                        : dash}
                    </td>
                    <td>{r.asOf ? formatPartialDate(lang, r.asOf, r.asOfPrecision) : t("detail.dateNotPublished")}</td>
                    <td>{r.sources.length ? <SourceNames sources={r.sources} lang={lang} /> : dash}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="section__note">* {t("parks.calculatedNote")}</p>
          <p>{t("parks.notPublishedNote")}</p>
          <p>
            <Link to="/invest/opportunities?sector=industry">{t("parks.industryOpportunities")}</Link> ·{" "}
            <Link to="/invest/map">{t("nav.map")}</Link> · <Link to="/invest/inquiry">{t("nav.inquiry")}</Link>
          </p>
        </div>
      </section>
    </>
  );
}

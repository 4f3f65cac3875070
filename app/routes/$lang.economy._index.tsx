/**
 * The economic data dashboard: every indicator as a server-rendered SVG chart with its
 * table, unit, source per figure, preliminary flags and as-of dates, grouped by
 * category. The 1 July 2025 merger is marked on every chart. Pure HTML and SVG: works
 * with JavaScript off. Each indicator links to its open-data downloads (app/routes/api.*).
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction, SerializeFrom } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { IndicatorChart } from "~/components/IndicatorChart";
import { LocalizedText } from "~/components/LocalizedText";
import { safeHref } from "~/utils/safe-href";
import { sourceLang } from "~/components/SourceList";
import { loadQuery } from "~/content/load.server";
import { INDICATORS_QUERY } from "~/content/queries";
import { INDICATOR_CATEGORIES, valuesOf } from "~/content/vocabulary";
import { dataAsOf, formatAsOf, indicatorPanel } from "~/economy/indicators.server";
import { getFixedT } from "~/i18n/i18next.server";
import type { Lang } from "~/i18n/languages";
import { requireLang } from "~/i18n/locale.server";
import { everyLanguage } from "~/i18n/page-languages.server";
import styles from "~/styles/economy.css";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";
import type { I18nHandle } from "~/i18n/config";

/** UI strings beyond `common` that this page uses (the browser loads only these). */
export const handle: I18nHandle = { i18n: ["economy"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const raw = await loadQuery(INDICATORS_QUERY, {});
  const indicators = raw.filter((i) => i.series?.length);
  const t = getFixedT(lang, "economy");
  const panels = indicators.map((i) => {
    const panel = indicatorPanel(i, lang, chain);
    return {
      ...panel,
      series: panel.series.map((o) => ({ ...o, asOfText: formatAsOf(lang, o.asOf) })),
      latestAsOf: formatAsOf(lang, panel.latest?.asOf),
    };
  });
  const asOf = dataAsOf(indicators);
  return {
    lang,
    title: t("title"),
    description: t("lead"),
    dataAsOf: asOf,
    dataAsOfText: formatAsOf(lang, asOf),
    // Known categories in a fixed order, then any category added in the Studio later.
    groups: [...new Set<string>([...valuesOf(INDICATOR_CATEGORIES), ...panels.map((p) => p.category)])]
      .map((category) => ({ category, panels: panels.filter((p) => p.category === category) }))
      .filter((g) => g.panels.length),
    languages: everyLanguage(lang, "economy"),
  };
}

export const headers = cacheHeaders("list");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.title, data?.description);

/** One indicator as the loader sends it (after serialization). */
type Panel = SerializeFrom<typeof loader>["groups"][number]["panels"][number];

export default function EconomyDashboard() {
  const { lang, groups, dataAsOf, dataAsOfText } = useLoaderData<typeof loader>();
  const { t } = useTranslation("economy");
  return (
    <>
      <header className="page-header">
        <div className="container">
          <h1>{t("title")}</h1>
          <p className="lead">{t("lead")}</p>
          {dataAsOf && dataAsOfText ? (
            <p>
              <time dateTime={dataAsOf}>{t("dataAsOf", { date: dataAsOfText })}</time>
            </p>
          ) : null}
        </div>
      </header>
      <div className="container">
        <p className="notice economy-merger">{t("merger.note")}</p>
        <nav className="economy-toc" aria-labelledby="economy-toc-title">
          <h2 id="economy-toc-title">{t("contents")}</h2>
          <ul>
            {groups.map((g) =>
              g.panels.map((p) => (
                <li key={p.key}>
                  <a href={`#${p.key}`}>
                    <LocalizedText shown={p.label} pageLang={lang} />
                  </a>
                </li>
              )),
            )}
          </ul>
        </nav>
        <Downloads lang={lang} />
        {groups.map((g) => (
          <section key={g.category} className="section economy-group" aria-labelledby={`cat-${g.category}`}>
            <h2 className="section__title" id={`cat-${g.category}`}>
              {t(`category.${g.category}`, { defaultValue: g.category })}
            </h2>
            <div className="indicator-grid">
              {g.panels.map((p) => (
                <IndicatorSection key={p.key} panel={p} lang={lang} />
              ))}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}

function Downloads({ lang }: { lang: Lang }) {
  const { t } = useTranslation("economy");
  return (
    <section className="economy-downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t("downloads.title")}</h2>
      <p>{t("downloads.lead")}</p>
      <ul className="economy-downloads__list">
        <li>
          <a href={`/api/indicators.csv?lang=${lang}`} download>
            {t("downloads.allCsv")}
          </a>
        </li>
        <li>
          <a href={`/api/indicators.json?lang=${lang}`} type="application/json">
            {t("downloads.allJson")}
          </a>
        </li>
      </ul>
    </section>
  );
}

function IndicatorSection({ panel: p, lang }: { panel: Panel; lang: Lang }) {
  const { t } = useTranslation("economy");
  const label = p.label?.value ?? p.key;
  const first = p.series[0];
  const last = p.series[p.series.length - 1];
  const description = last
    ? p.chart.kind === "line"
      ? t("chart.descLine", { first: first.year, last: last.year, value: last.display, year: last.year })
      : t("chart.descBar", { years: p.series.map((o) => o.year).join(", "), value: last.display, year: last.year })
    : "";
  const hasPreliminary = p.series.some((o) => o.preliminary);
  const notes = p.series.filter((o) => o.note);
  return (
    <article className="indicator" id={p.key} aria-labelledby={`${p.key}-heading`}>
      <h3 id={`${p.key}-heading`} className="indicator__title">
        <LocalizedText shown={p.label} pageLang={lang} />
      </h3>
      <p className="indicator__meta">
        {t("unitLine", { unit: t(`unit.${p.unit}`) })}
        {" · "}
        <span className={p.scope === "can-tho-city" ? "badge badge--scope" : undefined}>{t(`scope.${p.scope}`)}</span>
      </p>
      {last ? (
        <p className="indicator__latest">
          {t("latest", { value: last.display, year: last.year })}
          {last.preliminary ? (
            <>
              {" "}
              <span className="badge badge--preliminary">{t("table.preliminary")}</span>
            </>
          ) : null}
        </p>
      ) : null}
      <figure className="indicator__chart">
        <IndicatorChart chart={p.chart} id={`chart-${p.key}`} title={label} description={description} />
        <figcaption>
          {t("merger.rule")}
          {hasPreliminary ? ` ${t("chart.preliminaryLegend")}` : null}
        </figcaption>
      </figure>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t("table.region", { label })}>
        <table className="data-table">
          <caption>{t("table.caption", { label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("table.year")}</th>
              <th scope="col" className="num">
                {t("table.value")}
              </th>
              <th scope="col">{t("table.status")}</th>
              <th scope="col">{t("table.asOf")}</th>
              <th scope="col">{t("table.source")}</th>
            </tr>
          </thead>
          <tbody>
            {p.series.map((o) => {
              const href = safeHref(o.source?.url);
              const source = [o.source?.publisher, o.source?.title].filter(Boolean).join(" — ");
              return (
                <tr key={o.year}>
                  <th scope="row">{o.year}</th>
                  <td className="num">{o.display}</td>
                  <td>
                    {o.preliminary ? (
                      <span className="badge badge--preliminary">{t("table.preliminary")}</span>
                    ) : (
                      t("table.final")
                    )}
                  </td>
                  <td>{o.asOf && o.asOfText ? <time dateTime={o.asOf}>{o.asOfText}</time> : t("table.noDate")}</td>
                  <td>
                    {href ? (
                      <a href={href} rel="noopener noreferrer">
                        <cite lang={sourceLang(o.source, lang)}>{source}</cite>
                      </a>
                    ) : (
                      <cite lang={sourceLang(o.source, lang)}>{source}</cite>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {notes.length ? (
        <ul className="indicator__notes" lang="en">
          {notes.map((o) => (
            <li key={o.year}>
              {o.year}: {o.note}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="indicator__downloads">
        <a
          href={`/api/indicators/${p.key}.csv?lang=${lang}`}
          download
          aria-label={t("downloads.of", { format: "CSV", label })}
        >
          {t("downloads.csv")}
        </a>
        {" · "}
        <a
          href={`/api/indicators/${p.key}.json?lang=${lang}`}
          type="application/json"
          aria-label={t("downloads.of", { format: "JSON", label })}
        >
          {t("downloads.json")}
        </a>
      </p>
    </article>
  );
}

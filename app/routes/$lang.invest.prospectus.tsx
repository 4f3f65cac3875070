/**
 * The prospectus form: the reader ticks opportunities or picks a sector and submits a
 * plain GET form to the PDF route, so the download works with JavaScript off and every
 * choice is a shareable URL.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { LocalizedText } from "~/components/LocalizedText";
import { loadQuery } from "~/content/load.server";
import { PROSPECTUS_QUERY } from "~/content/queries";
import { getFixedT } from "~/i18n/i18next.server";
import { SOURCE_LANG, languageTitle } from "~/i18n/languages";
import { href } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { everyLanguage } from "~/i18n/page-languages.server";
import { MAX_OPPORTUNITIES } from "~/prospectus/limits";
import { allOpportunities, sectorCounts } from "~/prospectus/model.server";
import styles from "~/styles/prospectus.css";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";
import type { I18nHandle } from "~/i18n/config";

/** UI strings beyond `common` that this page uses (the browser loads only these). */
export const handle: I18nHandle = { i18n: ["prospectus"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const data = await loadQuery(PROSPECTUS_QUERY, { source: SOURCE_LANG });
  const t = getFixedT(lang, "prospectus");
  return {
    lang,
    title: t("title"),
    description: t("lead"),
    opportunities: allOpportunities(data, chain).map(({ id, shown }) => ({
      id,
      title: { value: shown.value.title, lang: shown.lang, isFallback: shown.isFallback },
      sector: shown.value.sector,
      status: shown.value.status,
    })),
    sectors: sectorCounts(data),
    languages: everyLanguage(lang, "invest/prospectus"),
  };
}

export const headers = cacheHeaders("list");

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.title, data?.description);

export default function ProspectusForm() {
  const { lang, opportunities, sectors } = useLoaderData<typeof loader>();
  const { t } = useTranslation("prospectus");
  return (
    <>
      <header className="page-header">
        <div className="container">
          <h1>{t("title")}</h1>
          <p className="lead">{t("lead")}</p>
        </div>
      </header>
      <section className="section">
        <div className="container">
          {opportunities.length ? (
            <form method="get" action={href(lang, "/invest/prospectus.pdf")} className="choice-form stack">
              <fieldset>
                <legend>{t("form.opportunitiesLegend")}</legend>
                <p className="field__hint" id="prospectus-opportunities-hint">
                  {t("form.opportunitiesHint", { max: MAX_OPPORTUNITIES })}
                </p>
                <ul className="choice-list">
                  {opportunities.map((o) => (
                    <li key={o.id}>
                      <input
                        type="checkbox"
                        name="opportunity"
                        value={o.id}
                        id={`opportunity-${o.id}`}
                        aria-describedby={`opportunity-${o.id}-about prospectus-opportunities-hint`}
                      />
                      <label htmlFor={`opportunity-${o.id}`}>
                        <LocalizedText shown={o.title} pageLang={lang} />
                      </label>
                      <span className="field__hint" id={`opportunity-${o.id}-about`}>
                        {t(`sectors.${o.sector}`)} · {t(`statuses.${o.status}`)}
                        {o.title.isFallback
                          ? ` · ${t("form.shownIn", { language: languageTitle(o.title.lang) })}`
                          : null}
                      </span>
                    </li>
                  ))}
                </ul>
              </fieldset>
              <fieldset>
                <legend>{t("form.sectorLegend")}</legend>
                <div className="field">
                  <label htmlFor="prospectus-sector">{t("form.sectorLabel")}</label>
                  <select name="sector" id="prospectus-sector" defaultValue="">
                    <option value="">{t("form.sectorNone")}</option>
                    {sectors.map((s) => (
                      <option key={s.sector} value={s.sector}>
                        {t("form.sectorCount", { sector: t(`sectors.${s.sector}`), count: s.count })}
                      </option>
                    ))}
                  </select>
                </div>
              </fieldset>
              <p className="field__hint" id="prospectus-format">
                {t("form.format")}
              </p>
              <p>
                <button type="submit" className="button" aria-describedby="prospectus-format">
                  {t("form.submit")}
                </button>
              </p>
            </form>
          ) : (
            <p>{t("form.none")}</p>
          )}
        </div>
      </section>
    </>
  );
}

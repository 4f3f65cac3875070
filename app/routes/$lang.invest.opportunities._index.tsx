/**
 * Investment opportunities with filters. The filters are a GET form, so every filtered
 * view has a URL of its own and works without JavaScript; the same query string
 * downloads the list as CSV, JSON or GeoJSON. A value that cannot be read answers 400
 * with the form, the problem named per field, and a link that clears the filters.
 */
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { formatDate, formatHectares, formatVnd } from "~/i18n/format";
import { getFixedT } from "~/i18n/i18next.server";
import { languageTitle, type Lang } from "~/i18n/languages";
import { href, Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { everyLanguage } from "~/i18n/page-languages.server";
import { loadOpportunityList, parseOpportunityFilters, type OpportunityRow } from "~/investment/opportunities.server";
import {
  FILTER_FIELDS,
  FORM_KEYS,
  LOCATION_KEYS,
  SECTOR_KEYS,
  SORT_KEYS,
  STATUS_KEYS,
  filtersToSearch,
  hasActiveFilters,
  type FilterError,
  type FilterField,
  type OpportunityFilters,
} from "~/investment/opportunity-filter-fields";
import styles from "~/styles/investment.css";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";
import type { I18nHandle } from "~/i18n/config";

/** UI strings beyond `common` that this page uses (the browser loads only these). */
export const handle: I18nHandle = { i18n: ["investment"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLang({ params, request });
  const { lang } = locale;
  const parsed = parseOpportunityFilters(new URL(request.url).searchParams);
  const search = filtersToSearch(parsed.filters);
  const t = getFixedT(lang, "investment");
  const list = parsed.ok ? await loadOpportunityList(locale, parsed.filters) : null;
  const payload = {
    lang,
    title: t("list.title"),
    description: t("list.lead"),
    filters: parsed.filters,
    errors: parsed.ok ? ([] as FilterError[]) : parsed.errors,
    search,
    rows: list?.rows ?? [],
    total: list?.total ?? 0,
    dataAsOf: list?.dataAsOf ?? null,
    languages: everyLanguage(lang, `invest/opportunities${search}`),
  };
  return parsed.ok ? payload : data(payload, { status: 400 });
}

export const headers = cacheHeaders("list");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.title, data?.description);

export default function OpportunityList() {
  const { lang, filters, errors, search, rows, total, dataAsOf } = useLoaderData<typeof loader>();
  const { t } = useTranslation("investment");
  const list = "/invest/opportunities";
  const filtered = hasActiveFilters(filters);
  return (
    <>
      <header className="page-header">
        <div className="container">
          <Breadcrumbs trail={[{ to: "/invest", label: t("nav.invest") }]} />
          <h1>{t("list.title")}</h1>
          <p className="lead">{t("list.lead")}</p>
        </div>
      </header>
      <section className="section">
        <div className="container">
          {errors.length ? <FilterErrors errors={errors} clearHref={list} /> : null}
          <FilterForm lang={lang} filters={filters} errors={errors} search={search} action={list} />
          {errors.length ? null : (
            <>
              <h2 id="results" className="visually-hidden">
                {t("list.results")}
              </h2>
              <p role="status">
                {filtered
                  ? t("list.countFiltered", { count: rows.length, total })
                  : t("list.count", { count: rows.length })}
                {dataAsOf ? ` · ${t("list.dataAsOf", { date: formatDate(lang, dataAsOf) })}` : null}
              </p>
              {rows.length ? (
                <>
                  <ul className="card-grid" aria-labelledby="results">
                    {rows.map((row) => (
                      <OpportunityCard key={row.sourceId} row={row} lang={lang} />
                    ))}
                  </ul>
                  <h2 className="section__title">{t("list.downloadTitle")}</h2>
                  <p>{filtered ? t("list.downloadFiltered") : t("list.downloadAll")}</p>
                  <ul className="downloads">
                    <li>
                      <a href={href(lang, `${list}.csv${search}`)} download>
                        {t("list.downloadCsv")}
                      </a>
                    </li>
                    <li>
                      <a href={href(lang, `${list}.json${search}`)} download>
                        {t("list.downloadJson")}
                      </a>
                    </li>
                    <li>
                      <a href={href(lang, `${list}.geojson${search}`)} download>
                        {t("list.downloadGeojson")}
                      </a>
                    </li>
                  </ul>
                </>
              ) : (
                <div className="notice">
                  <p>{t("list.empty")}</p>
                  <p>
                    <Link to={list}>{t("filters.clear")}</Link>
                  </p>
                </div>
              )}
            </>
          )}
          <p>
            <Link to="/invest/map">{t("nav.map")}</Link> · <Link to="/invest/inquiry">{t("nav.inquiry")}</Link>
          </p>
        </div>
      </section>
    </>
  );
}

function FilterErrors({ errors, clearHref }: { errors: readonly FilterError[]; clearHref: string }) {
  const { t } = useTranslation("investment");
  return (
    <div className="form-errors" role="alert" aria-labelledby="filter-errors-title">
      <h2 id="filter-errors-title">{t("filters.invalidTitle")}</h2>
      <ul>
        {errors.map((e) => (
          <li key={`${e.field}-${e.code}`}>
            <a href={`#filter-${e.field}`}>{t(`filters.${e.code}`, { field: t(`filters.${e.field}`) })}</a>
          </li>
        ))}
      </ul>
      <p>
        <Link to={clearHref}>{t("filters.clear")}</Link>
      </p>
    </div>
  );
}

/** `action` is the list's site path, without the language. */
function FilterForm({
  lang,
  filters,
  errors,
  search,
  action,
}: {
  lang: Lang;
  filters: OpportunityFilters;
  errors: readonly FilterError[];
  /** The canonical query of `filters`: the fields are set again when it changes. */
  search: string;
  action: string;
}) {
  const { t } = useTranslation("investment");
  // The form stays mounted across client-side navigations, so the control that submitted it keeps
  // focus ("Show opportunities", or the number box Enter was pressed in; the count in the status
  // region below is announced). Remounting it per query dropped focus to <body>. Its fields are
  // uncontrolled, so a navigation that did not come from them (Clear filters, Back) sets them here.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    for (const field of FILTER_FIELDS) {
      const control = form.elements.namedItem(field);
      if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement)
        control.value = filters[field] === undefined ? "" : String(filters[field]);
    }
    // `search` stands for `filters` (its canonical form): a new object with the same values changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);
  const invalid = (field: FilterField) => errors.some((e) => e.field === field);
  const select = (field: FilterField, options: readonly string[], label: (key: string) => string, any = true) => (
    <div className="field">
      <label htmlFor={`filter-${field}`}>{t(`filters.${field}`)}</label>
      <select
        id={`filter-${field}`}
        name={field}
        defaultValue={(filters[field] as string | undefined) ?? ""}
        aria-invalid={invalid(field) || undefined}
        aria-describedby={invalid(field) ? `filter-${field}-error` : undefined}
      >
        {any ? <option value="">{t("filters.any")}</option> : null}
        {options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
      {invalid(field) ? (
        <p className="field__error" id={`filter-${field}-error`}>
          {t("filters.invalidShort")}
        </p>
      ) : null}
    </div>
  );
  const number = (field: FilterField, label: string) => (
    <div className="field">
      <label htmlFor={`filter-${field}`}>{label}</label>
      <input
        id={`filter-${field}`}
        name={field}
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        defaultValue={(filters[field] as number | undefined) ?? ""}
        aria-invalid={invalid(field) || undefined}
        aria-describedby={invalid(field) ? `filter-${field}-error` : undefined}
      />
      {invalid(field) ? (
        <p className="field__error" id={`filter-${field}-error`}>
          {t("filters.invalidShort")}
        </p>
      ) : null}
    </div>
  );
  return (
    <Form
      ref={formRef}
      method="get"
      action={href(lang, action)}
      // The results are below the form: keep the reader where they are rather than jump to the top.
      preventScrollReset
      className="filter-form"
      aria-label={t("filters.legend")}
    >
      {select("sector", SECTOR_KEYS, (k) => t(`sector.${k}`))}
      {select("location", LOCATION_KEYS, (k) => t(`location.${k}`))}
      {select("form", FORM_KEYS, (k) => t(`form.${k}`))}
      {select("status", STATUS_KEYS, (k) => t(`status.${k}`))}
      <fieldset>
        <legend>{t("filters.sizeLegend")}</legend>
        {number("minHa", t("filters.minHa"))}
        {number("maxHa", t("filters.maxHa"))}
      </fieldset>
      <fieldset aria-describedby="capital-hint">
        <legend>{t("filters.capitalLegend")}</legend>
        {number("minCapital", t("filters.minCapital"))}
        {number("maxCapital", t("filters.maxCapital"))}
      </fieldset>
      {select("sort", SORT_KEYS, (k) => t(`sort.${k}`), false)}
      <div className="filter-form__actions">
        <button type="submit" className="button">
          {t("filters.apply")}
        </button>
        <Link to={action}>{t("filters.clear")}</Link>
      </div>
      <p className="field__hint" id="capital-hint" lang={lang}>
        {t("filters.capitalHint")}
      </p>
    </Form>
  );
}

function OpportunityCard({ row, lang }: { row: OpportunityRow; lang: Lang }) {
  const { t } = useTranslation("investment");
  const figures = [
    row.areaHa != null ? formatHectares(lang, row.areaHa) : null,
    row.capitalVndBn != null ? formatVnd(lang, row.capitalVndBn * 1e9) : t("list.capitalUnknown"),
  ].filter(Boolean);
  return (
    <li className="card">
      <article lang={row.isFallback ? row.lang : undefined}>
        <div className="card__body">
          <p className="card__meta" lang={lang}>
            <span className={row.status === "closed" ? "badge badge--closed" : "badge"}>
              {t(`status.${row.status}`)}
            </span>
            <span>{t(`sector.${row.sector}`)}</span>
            {row.location ? <span>{t(`location.${row.location}`)}</span> : null}
            {row.illustrative ? <span className="badge badge--preliminary">{t("illustrative.badge")}</span> : null}
          </p>
          <h3 className="card__title">
            <Link to={`/invest/opportunities/${encodeURIComponent(row.slug)}`}>{row.title}</Link>
          </h3>
          <p lang={lang}>{figures.join(" · ")}</p>
          {row.summary ? <p className="card__excerpt">{row.summary}</p> : null}
          {row.isFallback ? (
            <span className="badge badge--lang" lang={lang}>
              {t("common:fallback.badge", { language: languageTitle(row.lang) })}
            </span>
          ) : null}
        </div>
      </article>
    </li>
  );
}

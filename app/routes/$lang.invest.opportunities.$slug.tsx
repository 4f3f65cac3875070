/**
 * One investment opportunity: its figures (capital in VND, with an approximation in the
 * reader's currency that names the rate, its date and source), status and its history,
 * incentives, documents, the responsible office, and the way to ask about it. A closed
 * opportunity keeps its URL and stays readable, marked closed.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { FallbackNotice } from "~/components/FallbackNotice";
import { PersonCard } from "~/components/PersonCard";
import { StaleTranslationNotice } from "~/components/StaleTranslationNotice";
import { PortableTextBody } from "~/components/PortableTextBody";
import { safeHref } from "~/utils/safe-href";
import { SourceList } from "~/components/SourceList";
import { SLOT, SourceNames, fillSlot } from "~/components/SourceNames";
import { withImageViews } from "~/content/images.server";
import { loadQuery } from "~/content/load.server";
import { OPPORTUNITY_QUERY } from "~/content/queries";
import { mapShown } from "~/content/translations";
import { personView } from "~/content/views";
import { formatDate, formatHectares, formatMoney, formatNumber, formatPartialDate, formatVnd } from "~/i18n/format";
import { SOURCE_LANG } from "~/i18n/languages";
import { Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { convertForReader } from "~/investment/currency";
import { documentPage, requireSlug } from "~/pages/document-page.server";
import { translationNotice } from "~/pages/translation-notice.server";
import styles from "~/styles/investment.css";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";
import type { I18nHandle } from "~/i18n/config";

/** UI strings beyond `common` that this page uses (the browser loads only these). */
export const handle: I18nHandle = { i18n: ["investment"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const slug = requireSlug(params.slug);
  const result = await loadQuery(OPPORTUNITY_QUERY, { slug, lang });
  const page = documentPage(result.opportunity, { lang, chain, slug, section: "invest/opportunities" });
  const { languages } = page;
  const { shown, stale } = translationNotice(page.shown, "invest/opportunities");
  const versions = result.opportunity?.versions ?? [];
  // Inquiries name the source-language document, whatever language the reader used.
  const sourceId = versions.find((v) => v?.language === SOURCE_LANG)?._id ?? shown.value._id;
  const o = shown.value;
  const capital = o.capitalVndBn != null ? o.capitalVndBn * 1e9 : null;
  return {
    lang,
    opportunity: mapShown(shown, (v) => withImageViews(v)),
    stale,
    sourceId,
    conversion: convertForReader(lang, capital, result.rates),
    office: o.office ? personView(o.office, chain) : null,
    languages,
  };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.opportunity.value.title, data?.opportunity.value.summary);

export default function OpportunityPage() {
  const { lang, opportunity, stale, sourceId, conversion, office } = useLoaderData<typeof loader>();
  const { t } = useTranslation("investment");
  const o = opportunity.value;
  const textLang = opportunity.isFallback ? opportunity.lang : undefined;
  const closed = o.status === "closed";
  const notPublished = <span className="facts__note">{t("detail.notPublished")}</span>;
  const history = (o.statusHistory ?? []).filter((h) => h.status);
  const incentives = (o.incentives ?? []).filter(Boolean);
  const documents = (o.documents ?? []).flatMap((d) => {
    const href = safeHref(d.fileUrl ?? d.url);
    return href && d.title ? [{ key: d._key, title: d.title, href }] : [];
  });
  return (
    <article className="article">
      <div className="container">
        <header className="article__header">
          <Breadcrumbs
            trail={[
              { to: "/invest", label: t("nav.invest") },
              { to: "/invest/opportunities", label: t("nav.opportunities") },
            ]}
          />
          {opportunity.isFallback ? <FallbackNotice requested={lang} shown={opportunity.lang} /> : null}
          {stale ? <StaleTranslationNotice lang={lang} {...stale} /> : null}
          <p className="eyebrow">{t(`sector.${o.sector}`)}</p>
          <h1 className="article__title" lang={textLang}>
            {o.title}
          </h1>
          <p className="article__meta">
            <span className={closed ? "badge badge--closed" : "badge"}>{t(`status.${o.status}`)}</span>
            {o.illustrative ? (
              <>
                {" "}
                <span className="badge badge--preliminary">{t("illustrative.badge")}</span>
              </>
            ) : null}
          </p>
        </header>
        {closed ? (
          <div className="notice notice--warning" role="note">
            <p>{t("detail.closedNotice")}</p>
          </div>
        ) : null}
        {o.illustrative ? (
          <div className="notice notice--warning" role="note">
            <p>{t("illustrative.notice")}</p>
          </div>
        ) : null}
        <div className="article__content">
          {o.summary ? (
            <p className="lead" lang={textLang}>
              {o.summary}
            </p>
          ) : null}
          <h2>{t("detail.facts")}</h2>
          <dl className="facts">
            <dt>{t("detail.sector")}</dt>
            <dd>{t(`sector.${o.sector}`)}</dd>
            <dt>{t("detail.location")}</dt>
            <dd>{o.location ? t(`location.${o.location}`) : notPublished}</dd>
            <dt>{t("detail.area")}</dt>
            <dd>{o.areaHa != null ? formatHectares(lang, o.areaHa) : notPublished}</dd>
            <dt>{t("detail.capital")}</dt>
            <dd>
              {o.capitalVndBn != null ? formatVnd(lang, o.capitalVndBn * 1e9) : notPublished}
              {conversion ? (
                <span className="facts__note">
                  {t("detail.approx", { amount: formatMoney(lang, conversion.amount, conversion.currency) })}{" "}
                  {fillSlot(
                    t("detail.rateNote", {
                      rate: formatNumber(lang, conversion.vndPerUnit),
                      currency: conversion.currency,
                      date: conversion.asOf ? formatDate(lang, conversion.asOf) : t("detail.dateNotPublished"),
                      source: SLOT,
                    }),
                    <SourceNames
                      sources={conversion.source ? [conversion.source] : []}
                      lang={lang}
                      name={(s) => [s.title, s.publisher].filter(Boolean).join(" — ")}
                    />,
                  )}
                  {conversion.illustrative ? (
                    <>
                      {" "}
                      <strong>{t("detail.rateIllustrative")}</strong>
                    </>
                  ) : null}
                </span>
              ) : null}
            </dd>
            <dt>{t("detail.forms")}</dt>
            <dd>
              {o.investmentForms?.length ? o.investmentForms.map((f) => t(`form.${f}`)).join(", ") : notPublished}
            </dd>
            <dt>{t("detail.status")}</dt>
            <dd>{t(`status.${o.status}`)}</dd>
          </dl>

          <h2>{t("detail.history")}</h2>
          {history.length ? (
            <ol className="status-history">
              {history.map((h) => (
                <li key={h._key}>
                  {h.date ? (
                    <time
                      dateTime={h.date.slice(0, h.datePrecision === "year" ? 4 : h.datePrecision === "month" ? 7 : 10)}
                    >
                      {formatPartialDate(lang, h.date, h.datePrecision)}
                    </time>
                  ) : (
                    <span>{t("detail.dateNotPublished")}</span>
                  )}
                  {": "}
                  <strong>{t(`status.${h.status}`)}</strong>
                  {h.note ? <span lang={textLang}> — {h.note}</span> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p>{t("detail.noHistory")}</p>
          )}

          <h2>{t("detail.incentives")}</h2>
          {incentives.length ? (
            <ul lang={textLang}>
              {incentives.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          ) : (
            <p>{t("detail.noIncentives")}</p>
          )}

          <h2>{t("detail.documents")}</h2>
          {documents.length ? (
            <ul lang={textLang}>
              {documents.map((d) => (
                <li key={d.key}>
                  <a href={d.href} rel="noopener noreferrer">
                    {d.title}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("detail.noDocuments")}</p>
          )}

          <div lang={textLang}>
            <PortableTextBody html={o.body} />
          </div>

          <h2>{t("detail.office")}</h2>
          {office ? <PersonCard person={office} lang={lang} /> : <p>{t("detail.notPublished")}</p>}
          <p>
            <Link className="button" to={`/invest/inquiry?opportunity=${encodeURIComponent(sourceId)}`}>
              {t("detail.inquire")}
            </Link>
          </p>
        </div>
        <SourceList sources={o.sources} lang={lang} />
        <p>
          <Link to="/invest/opportunities">← {t("detail.backToList")}</Link>
        </p>
      </div>
    </article>
  );
}

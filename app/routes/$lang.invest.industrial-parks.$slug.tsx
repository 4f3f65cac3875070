/**
 * One industrial park: area, occupancy, land still available, infrastructure, lease
 * prices where known, tenants and contacts. Every figure says its as-of date and
 * source; what the sources do not give is said to be unpublished, never filled in.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { FallbackNotice } from "~/components/FallbackNotice";
import { PersonCard } from "~/components/PersonCard";
import { StaleTranslationNotice } from "~/components/StaleTranslationNotice";
import { PortableTextBody } from "~/components/PortableTextBody";
import { SourceList } from "~/components/SourceList";
import { withImageViews } from "~/content/images.server";
import { SLOT, SourceNames, fillSlot } from "~/components/SourceNames";
import { loadQuery } from "~/content/load.server";
import { PARK_QUERY } from "~/content/queries";
import { mapShown, pickVersion } from "~/content/translations";
import { personView } from "~/content/views";
import { formatHectares, formatNumber, formatPartialDate, formatPercent } from "~/i18n/format";
import { Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { availableLand } from "~/investment/parks";
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
  const result = await loadQuery(PARK_QUERY, { slug, lang });
  const page = documentPage(result, { lang, chain, slug, section: "invest/industrial-parks" });
  const { languages } = page;
  const { shown, stale } = translationNotice(page.shown, "invest/industrial-parks");
  const p = shown.value;
  const opportunity = pickVersion(p.opportunity?.versions ?? [], chain);
  return {
    lang,
    park: mapShown(shown, (v) => withImageViews(v)),
    stale,
    available: availableLand(p),
    contact: p.contact ? personView(p.contact, chain) : null,
    opportunity: opportunity
      ? { title: opportunity.value.title, slug: opportunity.value.slug, lang: opportunity.lang }
      : null,
    languages,
  };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.park.value.title, data?.park.value.summary);

export default function ParkPage() {
  const { lang, park, stale, available, contact, opportunity } = useLoaderData<typeof loader>();
  const { t } = useTranslation("investment");
  const p = park.value;
  const textLang = park.isFallback ? park.lang : undefined;
  const sources = (p.sources ?? []).filter((s) => s.publisher || s.title);
  const asOf = p.asOf ? formatPartialDate(lang, p.asOf, p.asOfPrecision) : t("detail.dateNotPublished");
  const cite = (
    <span className="facts__note">
      {sources.length
        ? fillSlot(t("parks.figureNote", { date: asOf, source: SLOT }), <SourceNames sources={sources} lang={lang} />)
        : t("parks.figureNote", { date: asOf, source: t("detail.notPublished") })}
    </span>
  );
  const notPublished = <span className="facts__note">{t("detail.notPublished")}</span>;
  const lease = p.leasePrice;
  const infrastructure = (p.infrastructure ?? []).filter(Boolean);
  const tenants = (p.tenants ?? []).filter(Boolean);
  return (
    <article className="article">
      <div className="container">
        <header className="article__header">
          <Breadcrumbs
            trail={[
              { to: "/invest", label: t("nav.invest") },
              { to: "/invest/industrial-parks", label: t("nav.parks") },
            ]}
          />
          {park.isFallback ? <FallbackNotice requested={lang} shown={park.lang} /> : null}
          {stale ? <StaleTranslationNotice lang={lang} {...stale} /> : null}
          <p className="eyebrow">{p.status ? t(`parkStatus.${p.status}`) : t("nav.parks")}</p>
          <h1 className="article__title" lang={textLang}>
            {p.title}
          </h1>
        </header>
        <div className="article__content">
          {p.summary ? (
            <p className="lead" lang={textLang}>
              {p.summary}
            </p>
          ) : null}
          <h2>{t("detail.facts")}</h2>
          <dl className="facts">
            <dt>{t("detail.location")}</dt>
            <dd>{p.location ? t(`location.${p.location}`) : notPublished}</dd>
            <dt>{t("detail.area")}</dt>
            <dd>
              {p.areaHa != null ? (
                <>
                  {formatHectares(lang, p.areaHa)}
                  {cite}
                </>
              ) : (
                notPublished
              )}
            </dd>
            <dt>{t("parks.occupancy")}</dt>
            <dd>
              {p.occupancyPercent != null ? (
                <>
                  {formatPercent(lang, p.occupancyPercent)}
                  {cite}
                </>
              ) : (
                notPublished
              )}
            </dd>
            <dt>{t("parks.available")}</dt>
            <dd>
              {available ? (
                <>
                  {formatHectares(lang, available.value)}
                  {available.calculated ? <span className="facts__note">{t("parks.calculatedNote")}</span> : null}
                  {cite}
                </>
              ) : (
                notPublished
              )}
            </dd>
            <dt>{t("parks.lease")}</dt>
            <dd>
              {lease?.minUsdPerM2 != null || lease?.maxUsdPerM2 != null ? (
                <>
                  {t("parks.leaseRange", {
                    min: lease?.minUsdPerM2 != null ? formatNumber(lang, lease.minUsdPerM2) : "…",
                    max: lease?.maxUsdPerM2 != null ? formatNumber(lang, lease.maxUsdPerM2) : "…",
                  })}
                  {lease?.note ? (
                    <span className="facts__note" lang={textLang}>
                      {lease.note}
                    </span>
                  ) : null}
                  {cite}
                </>
              ) : (
                notPublished
              )}
            </dd>
            <dt>{t("parks.infrastructure")}</dt>
            <dd>
              {infrastructure.length ? (
                <ul lang={textLang}>
                  {infrastructure.map((x, i) => (
                    <li key={i}>{x}</li>
                  ))}
                </ul>
              ) : (
                notPublished
              )}
            </dd>
            <dt>{t("parks.tenants")}</dt>
            <dd>
              {tenants.length ? (
                <ul lang={textLang}>
                  {tenants.map((x, i) => (
                    <li key={i}>{x}</li>
                  ))}
                </ul>
              ) : (
                notPublished
              )}
            </dd>
          </dl>
          {opportunity ? (
            <p>
              {t("parks.opportunity")}{" "}
              <Link
                to={`/invest/opportunities/${encodeURIComponent(opportunity.slug)}`}
                lang={opportunity.lang !== lang ? opportunity.lang : undefined}
              >
                {opportunity.title}
              </Link>
            </p>
          ) : null}
          <div lang={textLang}>
            <PortableTextBody html={p.body} />
          </div>
          <h2>{t("parks.contacts")}</h2>
          {contact ? <PersonCard person={contact} lang={lang} /> : <p>{t("detail.notPublished")}</p>}
          <p>
            <Link className="button" to="/invest/inquiry">
              {t("nav.inquiry")}
            </Link>
          </p>
        </div>
        <SourceList sources={p.sources} lang={lang} />
        <p>
          <Link to="/invest/industrial-parks">← {t("parks.backToList")}</Link>
        </p>
      </div>
    </article>
  );
}

/**
 * Home: the locality's image statement, key figures with source and year, the latest
 * news and events. Content missing in the reader's language falls back visibly.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { ArticleCard, EventItem, FigureList } from "~/components/Cards";
import { FallbackNotice } from "~/components/FallbackNotice";
import { HeroArt } from "~/components/HeroArt";
import { SourceList } from "~/components/SourceList";
import { CARD_ASPECT_RATIO } from "~/content/images";
import { withImageViews } from "~/content/images.server";
import { loadQuery } from "~/content/load.server";
import { HOME_QUERY } from "~/content/queries";
import { languagesOf, localizeList, mapShown, pickVersion } from "~/content/translations";
import { indicatorViews } from "~/content/views";
import { todayInVietnam } from "~/i18n/format";
import { SOURCE_LANG } from "~/i18n/languages";
import { getFixedT } from "~/i18n/i18next.server";
import { href, Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { pageLanguages } from "~/i18n/page-languages.server";
import { cacheHeaders } from "~/utils/cache";
import { feedLinks } from "~/press/feed-links";
import { governmentOrganization, rootData } from "~/seo/json-ld";
import { pageMeta } from "~/utils/meta";
import { notFound } from "~/utils/responses";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const data = await loadQuery(HOME_QUERY, { source: SOURCE_LANG, today: todayInVietnam() });
  const page = pickVersion(data.page, chain);
  if (!page) throw notFound();
  return {
    lang,
    page,
    indicators: indicatorViews(data.indicators, chain),
    news: localizeList(data.news, chain).map(({ shown }) =>
      mapShown(shown, (v) => withImageViews(v, CARD_ASPECT_RATIO)),
    ),
    upcomingEvents: localizeList(data.upcomingEvents, chain).map(({ shown }) => shown),
    recentEvents: localizeList(data.recentEvents, chain).map(({ shown }) => shown),
    languages: pageLanguages(lang, languagesOf(data.page), (l) => href(l)),
    // The one events string on the home page, sent as data so the page needs no `events` namespace.
    allEventsLabel: getFixedT(lang, "events")("home.allEvents"),
  };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  ...pageMeta(
    matches,
    data?.page.value.heroTitle ?? data?.page.value.title,
    data?.page.value.seoDescription ?? data?.page.value.summary,
    { jsonLd: governmentOrganization(rootData(matches)) },
  ),
  // Feed autodiscovery: the whole news list's feeds, named after the site.
  ...feedLinks(matches, data?.lang, null, undefined),
];

export default function Home() {
  const { lang, page, indicators, news, upcomingEvents, recentEvents, allEventsLabel } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const p = page.value;
  const events = upcomingEvents.length ? upcomingEvents : recentEvents;
  return (
    <>
      {page.isFallback ? (
        <div className="container">
          <FallbackNotice requested={lang} shown={page.lang} />
        </div>
      ) : null}
      <section className="hero" lang={page.isFallback ? page.lang : undefined}>
        <div className="container hero__inner">
          <div className="hero__copy">
            <p className="eyebrow" lang={lang}>
              {t("home.eyebrow")}
            </p>
            <h1 className="hero__title">{p.heroTitle ?? p.title}</h1>
            {p.heroText ? <p className="hero__text">{p.heroText}</p> : null}
            <p className="hero__actions" lang={lang}>
              <Link className="button" to="/about">
                {t("home.ctaAbout")}
              </Link>
              <Link className="button button--ghost" to="/contact">
                {t("home.ctaContact")}
              </Link>
            </p>
          </div>
          <div className="hero__art">
            <HeroArt />
          </div>
        </div>
      </section>

      <section className="section" aria-labelledby="figures-title">
        <div className="container">
          <div className="section__head">
            <h2 className="section__title" id="figures-title">
              {t("home.figuresTitle")}
            </h2>
          </div>
          <FigureList indicators={indicators} lang={lang} />
          <p className="section__note">{t("home.figuresNote")}</p>
        </div>
      </section>

      <section className="section section--alt" aria-labelledby="news-title">
        <div className="container">
          <div className="section__head">
            <h2 className="section__title" id="news-title">
              {t("home.latestNews")}
            </h2>
            <Link className="section__more" to="/news">
              {t("home.allNews")}
            </Link>
          </div>
          {news.length ? (
            <ul className="card-grid">
              {news.map((item) => (
                <ArticleCard key={item.value._id} item={item} lang={lang} />
              ))}
            </ul>
          ) : (
            <p>{t("home.noNews")}</p>
          )}
        </div>
      </section>

      <section className="section" aria-labelledby="events-title">
        <div className="container">
          <div className="section__head">
            <h2 className="section__title" id="events-title">
              {upcomingEvents.length ? t("home.upcomingEvents") : t("home.recentEvents")}
            </h2>
            <Link className="section__more" to="/events">
              {allEventsLabel}
            </Link>
          </div>
          {!upcomingEvents.length ? <p>{t("home.noUpcomingEvents")}</p> : null}
          {events.length ? (
            <ol className="event-list">
              {events.map((item) => (
                <EventItem key={item.value._id} item={item} lang={lang} />
              ))}
            </ol>
          ) : null}
        </div>
      </section>

      {p.sources?.length ? (
        <div className="container">
          <SourceList sources={p.sources} lang={lang} />
        </div>
      ) : null}
    </>
  );
}

/**
 * An event: when (in Vietnam's time zone, said so), where, who organises it, how to
 * register or whom to ask, related news, "Add to calendar" and schema.org Event data.
 * Dates, kind and status come from the Vietnamese source, which every translation shares.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { FallbackNotice } from "~/components/FallbackNotice";
import { PersonCard } from "~/components/PersonCard";
import { StaleTranslationNotice } from "~/components/StaleTranslationNotice";
import { PortableTextBody } from "~/components/PortableTextBody";
import { safeHref } from "~/utils/safe-href";
import { SourceList } from "~/components/SourceList";
import { withImageViews } from "~/content/images.server";
import { loadQuery } from "~/content/load.server";
import { EVENT_QUERY } from "~/content/queries";
import { localizeList, mapShown } from "~/content/translations";
import { personView } from "~/content/views";
import { eventDays } from "~/events/schedule";
import { eventVersions, machineDate, sourceVersion, whenText } from "~/events/events.server";
import { formatDate } from "~/i18n/format";
import { languageTitle } from "~/i18n/languages";
import { href, Link } from "~/i18n/link";
import { publicOrigin, requireLang } from "~/i18n/locale.server";
import { documentPage, requireSlug } from "~/pages/document-page.server";
import { translationNotice } from "~/pages/translation-notice.server";
import { cacheHeaders } from "~/utils/cache";
import { jsonLdText } from "~/utils/json-ld";
import { pageMeta } from "~/utils/meta";
import type { I18nHandle } from "~/i18n/config";

export const handle: I18nHandle = { i18n: ["events"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const slug = requireSlug(params.slug);
  const result = await loadQuery(EVENT_QUERY, { slug, lang });
  const versions = eventVersions(result);
  const { shown, languages } = documentPage({ versions }, { lang, chain: chain, slug, section: "events" });
  const notice = translationNotice(shown, "events");
  const source = sourceVersion(versions, shown.value);
  const e = shown.value;
  const origin = publicOrigin(request);
  const url = origin + href(lang, `/events/${e.slug}`);
  const registrationUrl = safeHref(source.registrationUrl ?? undefined) ?? null;
  const allDay = source.allDay === true;
  const days = allDay ? eventDays(source) : null;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: e.title,
    ...(e.summary ? { description: e.summary } : {}),
    // All-day: dates only (the last day inclusive); timed: instants with their +07:00 offset.
    startDate: days ? days.first : source.startsAt,
    ...(days ? { endDate: days.last } : source.endsAt ? { endDate: source.endsAt } : {}),
    eventStatus: source.cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    ...(e.venue ? { location: { "@type": "Place", name: e.venue, address: e.venue } } : {}),
    ...(e.organiser ? { organizer: { "@type": "Organization", name: e.organiser } } : {}),
    ...(registrationUrl ? { offers: { "@type": "Offer", url: registrationUrl } } : {}),
    inLanguage: shown.lang,
    url,
  };
  return {
    lang,
    event: mapShown(notice.shown, (v) => withImageViews(v)),
    stale: notice.stale,
    languages,
    when: whenText(lang, source),
    dateTime: machineDate(source),
    allDay,
    kind: source.kind ?? null,
    cancelled: source.cancelled === true,
    registrationUrl,
    contact: source.contact ? personView(source.contact, chain) : null,
    relatedNews: localizeList(source.relatedNews, chain).map(({ shown: article }) => ({
      ...article,
      date: article.value.publishedAt ? formatDate(lang, article.value.publishedAt, "medium") : null,
    })),
    calendarHref: href(lang, `/events/${e.slug}/calendar.ics`),
    jsonLd: jsonLdText(jsonLd),
  };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.event.value.title, data?.event.value.summary);

export default function EventPage() {
  const data = useLoaderData<typeof loader>();
  const { lang, event, stale, when, dateTime, allDay, kind, cancelled, registrationUrl, contact, relatedNews } = data;
  const { t } = useTranslation();
  const { t: te } = useTranslation("events");
  const e = event.value;
  const contentLang = event.isFallback ? event.lang : undefined;
  return (
    <article className="article">
      {/* Data, not a script: no CSP hash needed; escaped so content cannot end the element. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: data.jsonLd }} />
      <div className="container">
        <header className="article__header">
          <Breadcrumbs trail={[{ to: "/events", label: te("list.title") }]} />
          {event.isFallback ? <FallbackNotice requested={lang} shown={event.lang} /> : null}
          {stale ? <StaleTranslationNotice lang={lang} {...stale} /> : null}
          <p className="eyebrow">{t("event.eyebrow")}</p>
          <h1 className="article__title" lang={contentLang}>
            {e.title}
          </h1>
          {cancelled ? (
            <div className="notice" role="note">
              <p>
                <strong>{te("detail.cancelledNotice")}</strong>
              </p>
            </div>
          ) : null}
          <dl className="contact-list">
            <dt>{t("event.when")}</dt>
            <dd>
              <time dateTime={dateTime}>{when}</time>
              {allDay ? ` (${te("detail.allDay")})` : null}
              <br />
              <small>{te("detail.timeZone")}</small>
            </dd>
            {e.venue ? (
              <>
                <dt>{t("event.where")}</dt>
                <dd lang={contentLang}>{e.venue}</dd>
              </>
            ) : null}
            {kind ? (
              <>
                <dt>{te("detail.kind")}</dt>
                <dd>
                  <Link to={`/events?kind=${kind}`}>{te(`kind.${kind}`)}</Link>
                </dd>
              </>
            ) : null}
            {e.organiser ? (
              <>
                <dt>{te("detail.organiser")}</dt>
                <dd lang={contentLang}>{e.organiser}</dd>
              </>
            ) : null}
            {registrationUrl && !cancelled ? (
              <>
                <dt>{te("detail.registration")}</dt>
                <dd>
                  <a href={registrationUrl} rel="external">
                    {te("detail.register")}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
          <p>
            {/* A file, not a page: a plain link, so the browser downloads it (or hands it to the calendar app). */}
            <a className="button button--ghost" href={data.calendarHref} type="text/calendar">
              {te("detail.addToCalendar")}
            </a>
          </p>
        </header>
        <div className="article__content" lang={contentLang}>
          {e.summary ? <p className="lead">{e.summary}</p> : null}
          <PortableTextBody html={e.body} />
        </div>
        {contact ? (
          <section aria-labelledby="event-contact">
            <h2 id="event-contact">{te("detail.contact")}</h2>
            <PersonCard person={contact} lang={lang} />
          </section>
        ) : null}
        {relatedNews.length ? (
          <section aria-labelledby="related-news">
            <h2 id="related-news">{te("detail.relatedNews")}</h2>
            <ul>
              {relatedNews.map((a) => (
                <li key={a.value._id} lang={a.isFallback ? a.lang : undefined}>
                  <Link to={`/news/${a.value.slug}`}>{a.value.title}</Link>
                  {a.date ? (
                    <>
                      {" "}
                      <small lang={lang}>
                        (<time dateTime={a.value.publishedAt ?? undefined}>{a.date}</time>
                        {a.isFallback ? ` · ${t("fallback.badge", { language: languageTitle(a.lang) })}` : null})
                      </small>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <SourceList sources={e.sources} lang={lang} />
        <p>
          <Link to="/events">{te("detail.allEvents")}</Link>
        </p>
      </div>
    </article>
  );
}

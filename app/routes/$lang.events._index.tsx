/**
 * Every event, upcoming then past (split at the request's time in Vietnam), with a GET
 * form filtering by kind: each filtered view has its own URL and works without
 * JavaScript. An unknown kind answers 400 with the form and a message in the reader's
 * language. Links the calendar feed of what is shown (https and webcal:).
 */
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { Pagination } from "~/components/Pagination";
import { EVENT_KINDS, valuesOf, type EventKind } from "~/content/vocabulary";
import { eventListPage, type EventEntry } from "~/events/events.server";
import { parseKind } from "~/events/kind";
import { getFixedT } from "~/i18n/i18next.server";
import { languageTitle, type Lang } from "~/i18n/languages";
import { href, Link } from "~/i18n/link";
import { publicOrigin, requireLang } from "~/i18n/locale.server";
import { everyLanguage } from "~/i18n/page-languages.server";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";
import { notFound } from "~/utils/responses";
import type { I18nHandle } from "~/i18n/config";

export const handle: I18nHandle = { i18n: ["events"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const search = new URL(request.url).searchParams;
  const choice = parseKind(search);
  const kind = choice.ok ? choice.kind : null;
  const t = getFixedT(lang, "events");
  // Past events come in pages (`?page=N`, plain links): a page that is no positive number, or past the end, is a 404.
  const pageParam = search.get("page");
  if (pageParam !== null && !/^[1-9]\d{0,5}$/.test(pageParam)) throw notFound();
  const page = pageParam === null ? 1 : Number(pageParam);
  const empty = {
    upcoming: [] as EventEntry[],
    past: [] as EventEntry[],
    upcomingTotal: 0,
    pastTotal: 0,
    pastPages: 1,
  };
  const list = choice.ok ? await eventListPage(kind, lang, chain, new Date(), page) : empty;
  if (page > list.pastPages) throw notFound();
  const { upcoming, past } = list;
  const query = new URLSearchParams({ ...(kind ? { kind } : {}), ...(page > 1 ? { page: String(page) } : {}) });
  const rest = query.size ? `events?${query}` : "events";
  const feedPath = href(lang, kind ? `/events/calendar.ics?kind=${kind}` : "/events/calendar.ics");
  const feedUrl = publicOrigin(request) + feedPath;
  const payload = {
    lang,
    title: kind ? `${t("list.title")}: ${t(`kind.${kind}`)}` : t("list.title"),
    description: t("list.lead"),
    kind,
    invalid: choice.ok ? null : choice.value,
    upcoming,
    past,
    total: list.upcomingTotal + list.pastTotal,
    page,
    pastPages: list.pastPages,
    feedUrl,
    webcalUrl: feedUrl.replace(/^https?:/, "webcal:"),
    languages: everyLanguage(lang, rest),
  };
  return choice.ok ? payload : data(payload, { status: 400 });
}

export const headers = cacheHeaders("list");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.title, data?.description);

export default function EventList() {
  const { lang, kind, invalid, upcoming, past, total, page, pastPages, feedUrl, webcalUrl } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation("events");
  const kindLabel = kind ? t(`kind.${kind}`) : null;
  return (
    <>
      <header className="page-header">
        <div className="container">
          <Breadcrumbs />
          <h1>{t("list.title")}</h1>
          <p className="lead">{t("list.lead")}</p>
        </div>
      </header>
      <section className="section">
        <div className="container">
          {invalid !== null ? (
            <div className="form-errors" role="alert" aria-labelledby="kind-error-title">
              <h2 id="kind-error-title">{t("list.invalidKindTitle")}</h2>
              <p>{t("list.invalidKind", { value: invalid })}</p>
              <p>
                <Link to="/events">{t("list.clear")}</Link>
              </p>
            </div>
          ) : null}
          <KindForm key={kind ?? ""} lang={lang} kind={kind} invalid={invalid !== null} />
          {invalid === null ? (
            <>
              <p role="status">
                {kindLabel ? t("list.countKind", { count: total, kind: kindLabel }) : t("list.count", { count: total })}
                {kind ? (
                  <>
                    {" · "}
                    <Link to="/events">{t("list.clear")}</Link>
                  </>
                ) : null}
              </p>
              <h2 className="section__title">{t("list.upcoming")}</h2>
              {upcoming.length ? <EventEntries lang={lang} entries={upcoming} /> : <p>{t("list.noUpcoming")}</p>}
              <h2 className="section__title">{t("list.past")}</h2>
              {past.length ? <EventEntries lang={lang} entries={past} /> : <p>{t("list.noPast")}</p>}
              <Pagination path="/events" page={page} pages={pastPages} query={kind ? { kind } : {}} />
              <aside className="notice" aria-labelledby="subscribe-title">
                <h2 id="subscribe-title">{t("list.subscribeTitle")}</h2>
                <p>{kindLabel ? t("list.subscribeTextKind", { kind: kindLabel }) : t("list.subscribeText")}</p>
                <ul>
                  <li>
                    <a href={webcalUrl}>{t("list.subscribeWebcal")}</a>
                  </li>
                  <li>
                    <a href={feedUrl} type="text/calendar">
                      {t("list.subscribeHttp")}
                    </a>
                    : <code>{feedUrl}</code>
                  </li>
                </ul>
              </aside>
            </>
          ) : null}
        </div>
      </section>
    </>
  );
}

/** The kind filter: a plain GET form (the URL is the state), so it works without JavaScript. */
function KindForm({ lang, kind, invalid }: { lang: Lang; kind: EventKind | null; invalid: boolean }) {
  const { t } = useTranslation("events");
  return (
    <Form method="get" action={href(lang, "/events")} className="filters" aria-labelledby="kind-filter-title">
      <h2 id="kind-filter-title" className="visually-hidden">
        {t("list.filterTitle")}
      </h2>
      <p>
        <label htmlFor="event-kind">{t("list.kindLabel")}</label>{" "}
        <select
          id="event-kind"
          name="kind"
          defaultValue={kind ?? ""}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? "kind-error-title" : undefined}
        >
          <option value="">{t("list.allKinds")}</option>
          {valuesOf(EVENT_KINDS).map((value) => (
            <option key={value} value={value}>
              {t(`kind.${value}`)}
            </option>
          ))}
        </select>{" "}
        <button type="submit" className="button">
          {t("list.apply")}
        </button>
      </p>
    </Form>
  );
}

function EventEntries({ lang, entries }: { lang: Lang; entries: readonly EventEntry[] }) {
  const { t } = useTranslation("events");
  const { t: tc } = useTranslation();
  return (
    <ol className="event-list">
      {entries.map((e) => (
        <li className="event" key={e.id}>
          <p className="event__date" aria-hidden="true">
            <span className="event__day">{e.day}</span>
            <span className="event__month">{e.month}</span>
          </p>
          <div className="event__body" lang={e.isFallback ? e.lang : undefined}>
            <h3 className="event__title">
              <Link to={`/events/${e.slug}`}>{e.title}</Link>
            </h3>
            <p className="event__meta" lang={lang}>
              <time dateTime={e.dateTime}>{e.when}</time>
              {e.allDay ? ` (${t("detail.allDay")})` : null}
              {e.kind ? <span className="badge">{t(`kind.${e.kind}`)}</span> : null}
              {e.cancelled ? <span className="badge">{t("detail.cancelled")}</span> : null}
              {e.isFallback ? (
                <span className="badge badge--lang">{tc("fallback.badge", { language: languageTitle(e.lang) })}</span>
              ) : null}
            </p>
            {e.venue ? <p className="event__meta">{e.venue}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

/**
 * The events of the list page and the calendars, from EVENT_LIST_QUERY and EVENT_QUERY:
 * text in the reader's language (falling back visibly), dates, kind and status from the
 * Vietnamese source document, which every translation shares. Date texts are made here,
 * on the server, and sent as data, so the browser hydrates exactly the server's words
 * (ICU data differ between Node and browsers, e.g. in range patterns).
 */
import { loadQuery } from "~/content/load.server";
import { EVENT_ENTRIES_QUERY, EVENT_LIST_QUERY, EVENT_TIMES_QUERY } from "~/content/queries";
import type { EVENT_LIST_QUERY_RESULT, EVENT_QUERY_RESULT } from "~/content/sanity.types";
import { localizeList } from "~/content/translations";
import type { EventKind } from "~/content/vocabulary";
import { dateParts, formatDateRange, formatDateTime } from "~/i18n/format";
import { SOURCE_LANG, type Lang } from "~/i18n/languages";
import { perContentVersion } from "~/content/per-version.server";
import { eventDays, scheduleOf, splitSchedule, type EventTiming, type Schedule } from "./schedule";

/** Local noon of a Vietnamese date: formats to that date in Asia/Ho_Chi_Minh whatever the formatter. */
const noon = (date: string) => `${date}T12:00:00+07:00`;

/** "16 July 2022", "11–15 December 2023", "12 December 2023 at 20:00 – 22:00"… in Vietnam's time zone. */
export function whenText(lang: Lang, e: EventTiming): string {
  if (e.allDay) {
    const { first, last } = eventDays(e);
    return formatDateRange(lang, noon(first), last === first ? null : noon(last));
  }
  return e.endsAt
    ? `${formatDateTime(lang, e.startsAt)} – ${formatDateTime(lang, e.endsAt)}`
    : formatDateTime(lang, e.startsAt);
}

/** The `datetime` attribute: a date for all-day events, the instant otherwise. */
export function machineDate(e: EventTiming): string {
  return e.allDay ? eventDays(e).first : e.startsAt;
}

export type EventListItem = EVENT_LIST_QUERY_RESULT[number];

/** One entry of the events list as the page shows it. */
export interface EventEntry {
  id: string;
  slug: string;
  title: string;
  venue: string | null;
  summary: string | null;
  /** The language of the text shown, and whether it is a fallback. */
  lang: Lang;
  isFallback: boolean;
  kind: EventKind | null;
  cancelled: boolean;
  allDay: boolean;
  when: string;
  dateTime: string;
  /** Day, month and year of the start in Vietnam, for the date badge. */
  day: string;
  month: string;
}

export async function loadEvents(kind: EventKind | null): Promise<EVENT_LIST_QUERY_RESULT> {
  return loadQuery(EVENT_LIST_QUERY, { source: SOURCE_LANG, kind });
}

/** At most this many upcoming events on the list page; past events come in pages of PAST_PAGE_SIZE. */
export const UPCOMING_MAX = 50;
export const PAST_PAGE_SIZE = 20;

/** Entries as the page shows them, in the order given. */
function toEntries(list: readonly EventListItem[], lang: Lang, chain: readonly Lang[]): EventEntry[] {
  return localizeList(list, chain).map(({ source, shown }) => {
    const parts = dateParts(lang, source.startsAt);
    return {
      id: source._id,
      slug: shown.value.slug,
      title: shown.value.title,
      venue: shown.value.venue ?? null,
      summary: shown.value.summary ?? null,
      lang: shown.lang,
      isFallback: shown.isFallback,
      kind: source.kind ?? null,
      cancelled: source.cancelled === true,
      allDay: source.allDay === true,
      when: whenText(lang, source),
      dateTime: machineDate(source),
      day: parts.day,
      month: `${parts.month} ${parts.year}`.trim(),
    };
  });
}

/** Which events a list page shows: the first UPCOMING_MAX upcoming and page `pastPage` of the past (newest first). */
export function eventListSlice<T>(schedule: Schedule<T>, now: Date, pastPage: number) {
  const split = splitSchedule(schedule, now);
  const start = (pastPage - 1) * PAST_PAGE_SIZE;
  return {
    upcoming: split.upcoming.slice(0, UPCOMING_MAX),
    past: split.past.slice(start, start + PAST_PAGE_SIZE),
    upcomingTotal: split.upcoming.length,
    pastTotal: split.past.length,
    pastPages: Math.max(1, Math.ceil(split.past.length / PAST_PAGE_SIZE)),
  };
}

/**
 * Every event's timing in start order with its end instant, per kind filter ("" for all),
 * built once per content version: at 100k documents (11,600 events) reading and sorting
 * them took 200 ms a request, and only `now` differs between requests.
 */
const eventSchedule = perContentVersion(async (kind: string) =>
  scheduleOf(await loadQuery(EVENT_TIMES_QUERY, { source: SOURCE_LANG, kind: kind || null }), (t) => t),
);

/**
 * One list page read in two steps: the schedule (EVENT_TIMES_QUERY, kept per content version),
 * then EVENT_ENTRIES_QUERY for the shown ids only: at 100k documents, reading every event
 * with its translations took seconds.
 */
export async function eventListPage(
  kind: EventKind | null,
  lang: Lang,
  chain: readonly Lang[],
  now: Date,
  pastPage = 1,
) {
  const page = eventListSlice(await eventSchedule(kind ?? ""), now, pastPage);
  const ids = [...page.upcoming, ...page.past].map((t) => t._id);
  const docs = ids.length ? await loadQuery(EVENT_ENTRIES_QUERY, { ids }) : [];
  const byId = new Map(docs.map((doc) => [doc._id, doc]));
  const pick = (list: readonly { _id: string }[]) => list.flatMap((t) => byId.get(t._id) ?? []);
  return {
    ...page,
    upcoming: toEntries(pick(page.upcoming), lang, chain),
    past: toEntries(pick(page.past), lang, chain),
  };
}

/** A language version of EVENT_QUERY's event (the generated type also admits other documents' shapes). */
export type EventVersion = Extract<
  NonNullable<NonNullable<EVENT_QUERY_RESULT>["versions"]>[number],
  { startsAt: string }
>;

/** The event's language versions, each really an event. */
export function eventVersions(result: EVENT_QUERY_RESULT): EventVersion[] {
  return (result?.versions ?? []).filter((v): v is EventVersion => !!v && typeof v.startsAt === "string");
}

/** The Vietnamese source among the versions (dates, kind, status, links), else the version shown. */
export function sourceVersion(versions: readonly EventVersion[], shown: EventVersion): EventVersion {
  return versions.find((v) => v.language === SOURCE_LANG) ?? shown;
}

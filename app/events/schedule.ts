/**
 * When an event happens, read the way the site and the calendars need it: all-day events
 * cover whole days in Vietnam (Asia/Ho_Chi_Minh), so "16 July" ends at the following
 * local midnight whatever time of day `endsAt` says; a timed event without an end ends
 * when it starts. Pure (no server imports), so the list page's split and the feeds agree.
 */
import { TIME_ZONE } from "~/i18n/format";

export interface EventTiming {
  startsAt: string;
  endsAt?: string | null;
  allDay?: boolean | null;
}

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date (YYYY-MM-DD) of an instant in Vietnam. */
export function vietnamDate(iso: string | Date): string {
  return dayFormat.format(new Date(iso));
}

/** The date after a YYYY-MM-DD date. */
export function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The first and last day of an all-day event in Vietnam (the last is the first when there is no end). */
export function eventDays(e: EventTiming): { first: string; last: string } {
  const first = vietnamDate(e.startsAt);
  const last = e.endsAt ? vietnamDate(e.endsAt) : first;
  return { first, last: last < first ? first : last };
}

/** The instant an event is over. */
export function eventEnd(e: EventTiming): Date {
  if (e.allDay) {
    // Vietnam has kept UTC+7 without daylight saving since 1975: local midnight is 17:00 UTC the day before.
    return new Date(`${nextDate(eventDays(e).last)}T00:00:00+07:00`);
  }
  const end = e.endsAt ? new Date(e.endsAt) : new Date(e.startsAt);
  return end < new Date(e.startsAt) ? new Date(e.startsAt) : end;
}

/**
 * Items in start order both ways, each with the instant it is over: what splitting by `now`
 * needs, computed once for a list (per content version for the events page) instead of per
 * request. Ties keep the items' own order in both directions.
 */
export interface Schedule<T> {
  ascending: readonly { item: T; endMs: number }[];
  descending: readonly { item: T; endMs: number }[];
}

export function scheduleOf<T>(items: readonly T[], timing: (item: T) => EventTiming): Schedule<T> {
  const rows = items.map((item) => {
    const t = timing(item);
    return { item, endMs: eventEnd(t).getTime(), startMs: Date.parse(t.startsAt) };
  });
  const ascending = [...rows].sort((a, b) => a.startMs - b.startMs);
  const descending = [...rows].sort((a, b) => b.startMs - a.startMs);
  return { ascending, descending };
}

/** Upcoming (not yet over at `now`, soonest first) and past (most recent first) of a schedule. */
export function splitSchedule<T>(schedule: Schedule<T>, now: Date) {
  const at = now.getTime();
  return {
    upcoming: schedule.ascending.flatMap((r) => (r.endMs > at ? [r.item] : [])),
    past: schedule.descending.flatMap((r) => (r.endMs > at ? [] : [r.item])),
  };
}

/** Upcoming (not yet over at `now`, soonest first) and past (most recent first). */
export function splitByNow<T>(items: readonly T[], timing: (item: T) => EventTiming, now: Date) {
  return splitSchedule(scheduleOf(items, timing), now);
}

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

/** Upcoming (not yet over at `now`, soonest first) and past (most recent first). */
export function splitByNow<T>(items: readonly T[], timing: (item: T) => EventTiming, now: Date) {
  const upcoming: T[] = [];
  const past: T[] = [];
  for (const item of items) (eventEnd(timing(item)) > now ? upcoming : past).push(item);
  const start = (item: T) => Date.parse(timing(item).startsAt);
  upcoming.sort((a, b) => start(a) - start(b));
  past.sort((a, b) => start(b) - start(a));
  return { upcoming, past };
}

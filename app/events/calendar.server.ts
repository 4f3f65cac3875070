/**
 * iCalendar files of the events (ical-generator, VTIMEZONE from @touch4it/ical-timezones):
 * one per event ("Add to calendar") and a subscribable feed per language and kind. What
 * real clients need to update an entry in place rather than duplicate it (ADR 0013):
 *
 * - UID from the Vietnamese source document's id, shared by every translation and kept
 *   across edits (never the revision);
 * - DTSTAMP = the last change in the store, SEQUENCE = seconds from the document's
 *   creation to that change, so it grows with every edit without a stored counter;
 * - timed events in Asia/Ho_Chi_Minh (TZID + VTIMEZONE); all-day ones as DATE values with
 *   the exclusive end RFC 5545 asks for; cancelled ones stay in the feed as STATUS:CANCELLED.
 */
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { TIME_ZONE } from "~/i18n/format";
import { eventDays, nextDate, type EventTiming } from "./schedule";

export interface CalendarEvent extends EventTiming {
  /** The source-language document's published id. */
  sourceId: string;
  title: string;
  summary?: string | null;
  venue?: string | null;
  organiser?: string | null;
  cancelled?: boolean | null;
  /** Category label in the calendar's language. */
  kindLabel?: string | null;
  /** Absolute URL of the event's page. */
  url: string;
  createdAt: string;
  /** The latest `_updatedAt` of the documents the entry is made from. */
  updatedAt: string;
}

export interface CalendarOptions {
  name: string;
  description: string;
  /** Absolute URL of the page listing these events. */
  url: string;
  /** The host part of every UID, from the site's public origin. */
  uidDomain: string;
  /** Words for the entry text, in the calendar's language. */
  words: { cancelled: string; organiser: string };
}

const wallParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/**
 * ical-generator writes a native Date under a TZID with the Date's local-time fields
 * ("it assumes the given time matches the time zone"). So the Date handed over carries
 * Vietnam's wall-clock time in the process's local fields, whatever zone the server runs in.
 */
function wallClock(instant: string | Date): Date {
  const p = Object.fromEntries(wallParts.formatToParts(new Date(instant)).map((x) => [x.type, Number(x.value)]));
  return localDate(p.year, p.month, p.day, p.hour, p.minute, p.second);
}

function localDate(year: number, month: number, day: number, hour = 12, minute = 0, second = 0): Date {
  const d = new Date(year, month - 1, day, hour, minute, second);
  // A wall time the server's own zone skips (a daylight-saving gap) cannot be written this way.
  if (d.getHours() !== hour || d.getDate() !== day) {
    throw new Error(`calendar: ${year}-${month}-${day} ${hour}:${minute} does not exist in the server's time zone`);
  }
  return d;
}

/** A YYYY-MM-DD date as a Date at local noon (far from any midnight gap). */
const dateValue = (date: string) => {
  const [y, m, d] = date.split("-").map(Number);
  return localDate(y, m, d);
};

/** SEQUENCE: grows with each later `_updatedAt`; 0 for a document never edited. */
export function sequenceOf(createdAt: string, updatedAt: string): number {
  return Math.max(0, Math.floor((Date.parse(updatedAt) - Date.parse(createdAt)) / 1000));
}

export function calendarIcs(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    url: options.url,
    prodId: { company: options.uidDomain, product: "events", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    // The zone goes on each event (TZID), not on the calendar: with a calendar zone ical-generator
    // writes DTSTAMP, CREATED and LAST-MODIFIED as local times, and RFC 5545 wants them in UTC.
    // The generator still adds the VTIMEZONE of every zone the events use.
    timezone: { name: null, generator: getVtimezoneComponent },
    x: [["X-WR-TIMEZONE", TIME_ZONE]],
    // How often subscribed clients should look again (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    ttl: 60 * 60 * 6,
  });
  for (const e of events) {
    const days = e.allDay ? eventDays(e) : null;
    const description = [
      e.organiser ? `${options.words.organiser}: ${e.organiser}` : null,
      e.summary ?? null,
      e.url,
    ].filter(Boolean);
    calendar.createEvent({
      id: `${e.sourceId}@${options.uidDomain}`,
      sequence: sequenceOf(e.createdAt, e.updatedAt),
      stamp: new Date(e.updatedAt),
      lastModified: new Date(e.updatedAt),
      created: new Date(e.createdAt),
      allDay: Boolean(days),
      timezone: TIME_ZONE,
      start: days ? dateValue(days.first) : wallClock(e.startsAt),
      // All-day: DTEND is the day after the last (exclusive). Timed without an end: none (ends at its start).
      end: days ? dateValue(nextDate(days.last)) : e.endsAt ? wallClock(e.endsAt) : null,
      summary: e.cancelled ? `${options.words.cancelled}: ${e.title}` : e.title,
      description: description.join("\n\n"),
      location: e.venue || null,
      url: e.url,
      categories: e.kindLabel ? [{ name: e.kindLabel }] : [],
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

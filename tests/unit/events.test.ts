/**
 * The events' building blocks without a server: the kind parameter, the upcoming/past
 * split in Vietnam's days, JSON-LD escaping, and the iCalendar text read back with ical.js
 * (an independent parser): timed entries in Asia/Ho_Chi_Minh, all-day ones with an
 * exclusive end, cancelled ones, and UTC stamps.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarIcs, sequenceOf, type CalendarEvent } from "../../app/events/calendar.server";
import { parseKind } from "../../app/events/kind";
import { eventListSlice, PAST_PAGE_SIZE, UPCOMING_MAX } from "../../app/events/events.server";
import { eventEnd, scheduleOf, splitByNow } from "../../app/events/schedule";
import { jsonLdText } from "../../app/utils/json-ld";

const base: Omit<CalendarEvent, "sourceId" | "title" | "startsAt"> = {
  url: "https://example.org/en/events/x",
  createdAt: "2025-11-20T02:00:00Z",
  updatedAt: "2025-11-20T02:00:00Z",
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent");
  return { calendar, events, byUid: (uid: string) => events.find((e) => e.getFirstPropertyValue("uid") === uid)! };
}

const options = {
  name: "Events",
  description: "Test",
  url: "https://example.org/en/events",
  uidDomain: "example.org",
  words: { cancelled: "Cancelled", organiser: "Organiser" },
};

describe("?kind=", () => {
  it("accepts one stored kind, treats empty as none, refuses the rest", () => {
    expect(parseKind(new URLSearchParams("kind=culture"))).toEqual({ ok: true, kind: "culture" });
    expect(parseKind(new URLSearchParams("kind="))).toEqual({ ok: true, kind: null });
    expect(parseKind(new URLSearchParams(""))).toEqual({ ok: true, kind: null });
    expect(parseKind(new URLSearchParams("kind=Culture"))).toEqual({ ok: false, value: "Culture" });
    expect(parseKind(new URLSearchParams("kind=toString"))).toMatchObject({ ok: false });
    expect(parseKind(new URLSearchParams("kind=culture&kind=sport"))).toMatchObject({ ok: false });
  });
});

describe("upcoming and past", () => {
  it("keeps an all-day event upcoming until midnight after its last day in Vietnam", () => {
    const e = { startsAt: "2023-12-11T00:00:00+07:00", endsAt: "2023-12-15T23:59:59+07:00", allDay: true };
    expect(eventEnd(e).toISOString()).toBe("2023-12-15T17:00:00.000Z");
    const before = splitByNow([e], (x) => x, new Date("2023-12-15T16:59:00Z"));
    expect(before.upcoming).toHaveLength(1);
    const after = splitByNow([e], (x) => x, new Date("2023-12-15T17:00:00Z"));
    expect(after.past).toHaveLength(1);
  });
});

describe("JSON-LD text", () => {
  it("cannot end its script element and reads back unchanged", () => {
    const value = { name: "a </script><script>alert(1)</script> & <!-- b" };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/<|>|&/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("iCalendar", () => {
  const ics = calendarIcs(
    [
      {
        ...base,
        sourceId: "event-timed-vi",
        title: "Opening",
        startsAt: "2023-12-12T20:00:00+07:00",
        endsAt: "2023-12-12T22:00:00+07:00",
        organiser: "Someone",
      },
      {
        ...base,
        sourceId: "event-days-vi",
        title: "Festival",
        startsAt: "2023-12-11T00:00:00+07:00",
        endsAt: "2023-12-15T23:59:59+07:00",
        allDay: true,
      },
      {
        ...base,
        sourceId: "event-off-vi",
        title: "Race",
        startsAt: "2025-07-05T00:00:00+07:00",
        allDay: true,
        cancelled: true,
        updatedAt: "2025-11-21T02:00:00Z",
      },
    ],
    options,
  );
  const { calendar, byUid } = parse(ics);

  it("carries the VTIMEZONE of Asia/Ho_Chi_Minh and writes timed entries in it", () => {
    const zone = calendar.getFirstSubcomponent("vtimezone");
    expect(zone?.getFirstPropertyValue("tzid")).toBe("Asia/Ho_Chi_Minh");
    const timed = byUid("event-timed-vi@example.org");
    expect(ics).toContain("DTSTART;TZID=Asia/Ho_Chi_Minh:20231212T200000");
    // Resolved through the file's own VTIMEZONE.
    ICAL.TimezoneService.register(zone!);
    const event = new ICAL.Event(timed);
    expect(event.startDate.toJSDate().toISOString()).toBe("2023-12-12T13:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2023-12-12T15:00:00.000Z");
    expect(event.description).toContain("Organiser: Someone");
  });

  it("writes all-day, multi-day entries as dates with the day after the last as end", () => {
    const event = new ICAL.Event(byUid("event-days-vi@example.org"));
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe("2023-12-11");
    expect(event.endDate.toString()).toBe("2023-12-16");
  });

  it("marks cancelled entries, with DTSTAMP in UTC and SEQUENCE from the edits", () => {
    const off = byUid("event-off-vi@example.org");
    expect(off.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(off.getFirstPropertyValue("sequence")).toBe(sequenceOf(base.createdAt, "2025-11-21T02:00:00Z"));
    expect(off.getFirstPropertyValue("sequence")).toBeGreaterThan(0);
    expect(ics).toMatch(/DTSTAMP:20251121T020000Z/);
    expect(new ICAL.Event(off).endDate.toString()).toBe("2025-07-06");
  });
});

describe("organiser, a translatable field added later", () => {
  it("leaves an event's content hash as before while empty, and changes it once filled", async () => {
    const { contentHash, fieldHash } = await import("../../app/translations/fields");
    const { sha256 } = await import("@noble/hashes/sha2.js");
    const { bytesToHex, utf8ToBytes } = await import("@noble/hashes/utils.js");
    const doc = { _type: "event", title: "T", venue: "V", summary: "S", body: [] };
    // The fingerprint as it was computed before `organiser` existed.
    const before = bytesToHex(
      sha256(
        utf8ToBytes(
          ["title", "venue", "summary", "body"].map((f) => `${f}:${fieldHash(doc[f as keyof typeof doc])}`).join("\n"),
        ),
      ),
    ).slice(0, 32);
    expect(contentHash(doc)).toBe(before);
    expect(contentHash({ ...doc, organiser: "" })).toBe(before);
    expect(contentHash({ ...doc, organiser: "Sở Văn hóa" })).not.toBe(before);
  });
});

describe("the events list at scale", () => {
  // 45 past and 60 upcoming events: the page reads and makes only what it shows.
  // The shape EVENT_TIMES_QUERY reads for every event.
  const event = (i: number, startsAt: string) => ({ _id: `event-${i}`, startsAt, endsAt: null, allDay: false });
  const now = new Date("2026-06-01T00:00:00Z");
  const items = [
    ...Array.from({ length: 45 }, (_, i) => event(i, new Date(Date.UTC(2025, 0, 1 + i)).toISOString())),
    ...Array.from({ length: 60 }, (_, i) => event(100 + i, new Date(Date.UTC(2027, 0, 1 + i)).toISOString())),
  ];

  it("shows the first upcoming events and one page of past ones, newest first, and counts them all", () => {
    const first = eventListSlice(
      scheduleOf(items, (e) => e),
      now,
      1,
    );
    expect(first.upcoming).toHaveLength(UPCOMING_MAX);
    expect(first.upcoming[0]._id).toBe("event-100");
    expect(first.past).toHaveLength(PAST_PAGE_SIZE);
    expect(first.past[0]._id).toBe("event-44");
    expect([first.upcomingTotal, first.pastTotal, first.pastPages]).toEqual([60, 45, 3]);
    const last = eventListSlice(
      scheduleOf(items, (e) => e),
      now,
      3,
    );
    expect(last.past.map((e) => e._id)).toEqual(["event-4", "event-3", "event-2", "event-1", "event-0"]);
  });
});

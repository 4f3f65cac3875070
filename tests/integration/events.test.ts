/**
 * Events over HTTP against the production build, on a server of its own (the tests edit
 * its content store): the list with JavaScript off (a plain GET of the form's URL), a bad
 * kind in the reader's language, and the calendars parsed back with ical.js: VTIMEZONE,
 * all-day dates, UID kept and SEQUENCE grown after an edit, a cancelled event as
 * STATUS:CANCELLED, URL back to the page, type and cache headers.
 */
import type { SanityClient } from "@sanity/client";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../support/server";
import { storeClient } from "../support/store-client";

let server: RunningServer;
let editor: SanityClient;

beforeAll(async () => {
  server = await startServer();
  editor = storeClient(server.baseUrl);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const MARATHON = { id: "event-mekong-delta-marathon-2025-vi", slug: "marathon-mekong-delta-2025" };

async function get(path: string) {
  const response = await fetch(server.baseUrl + path);
  return { response, text: await response.text() };
}

function vevents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

/** Edits and publishes a published document through the actions API, as the Studio does. */
async function publishPatch(id: string, set: Record<string, unknown>) {
  const draftId = `drafts.${id}`;
  await editor.request({
    method: "POST",
    url: "/data/actions/production",
    body: {
      actions: [
        { actionType: "sanity.action.document.edit", draftId, publishedId: id, patch: { set } },
        { actionType: "sanity.action.document.publish", draftId, publishedId: id },
      ],
    },
  });
}

describe("the events list", () => {
  it("lists every demo event in each language, past ones under their heading", async () => {
    for (const lang of ["vi", "en", "ja"]) {
      const { response, text } = await get(`/${lang}/events`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toMatch(/public/);
      const links = new Set([...text.matchAll(new RegExp(`href="/${lang}/events/([^"/?]+)"`, "g"))].map((m) => m[1]));
      expect(links.size, lang).toBe(6);
    }
  });

  it("filters by kind with a plain GET (no JavaScript), and links the feed of that kind", async () => {
    const { response, text } = await get("/en/events?kind=sport");
    expect(response.status).toBe(200);
    expect(text).toContain('<form method="get" action="/en/events"');
    const links = [...text.matchAll(/href="\/en\/events\/([^"/?]+)"/g)].map((m) => m[1]);
    expect(new Set(links)).toEqual(new Set(["mekong-delta-marathon-2023", "mekong-delta-marathon-2025"]));
    expect(text).toMatch(/<option value="sport" selected="">/);
    expect(text).toContain("webcal://");
    expect(text).toContain("/en/events/calendar.ics?kind=sport");
  });

  it("answers an unknown kind with 400 and a message in the reader's language", async () => {
    const { response, text } = await get("/fr/events?kind=concert");
    expect(response.status).toBe(400);
    expect(text).toContain("« concert » n’est pas un type d’événement de ce site");
    expect(text).toContain('<select id="event-kind"');
    const feed = await get("/ja/events/calendar.ics?kind=concert");
    expect(feed.response.status).toBe(400);
    expect(feed.response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(feed.text).toContain("「concert」");
  });

  it("pages past events with ?page=N: the demo fits one page, so page 2 and a page that is no number are 404s", async () => {
    expect((await get("/en/events?page=1")).response.status).toBe(200);
    for (const page of ["2", "0", "abc", "-1"]) {
      const { response, text } = await get(`/en/events?page=${page}`);
      expect(response.status, page).toBe(404);
      expect(text, page).toMatch(/<html lang="en"/);
    }
    expect((await get("/en/events")).text).not.toContain('class="pagination"');
  });
});

describe("the calendars", () => {
  it("serves the language feed as text/calendar with VTIMEZONE and all-day dates", async () => {
    const { response, text } = await get("/en/events/calendar.ics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toMatch(/^public/);
    const { calendar, events } = vevents(text);
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Asia/Ho_Chi_Minh");
    expect(events).toHaveLength(6);
    const rice = events.map((e) => new ICAL.Event(e)).find((e) => e.uid.startsWith("event-international-rice"))!;
    expect(rice.startDate.isDate).toBe(true);
    expect(rice.startDate.toString()).toBe("2023-12-11");
    expect(rice.endDate.toString()).toBe("2023-12-16");
    expect(rice.component.getFirstPropertyValue("url")).toBe(
      `${server.baseUrl}/en/events/international-rice-festival-2023`,
    );
    for (const e of events) expect(String(e.getFirstProperty("dtstamp")?.toICALString())).toMatch(/Z$/);
    const sport = vevents((await get("/en/events/calendar.ics?kind=sport")).text).events;
    expect(sport).toHaveLength(2);
  });

  it("keeps the UID after an edit, raises SEQUENCE and marks a cancelled event", async () => {
    const path = `/vi/events/${MARATHON.slug}/calendar.ics`;
    const before = await get(path);
    expect(before.response.headers.get("content-disposition")).toMatch(/attachment; filename=".+\.ics"/);
    const [was] = vevents(before.text).events;
    expect(was.getFirstPropertyValue("status")).toBe("CONFIRMED");

    await publishPatch(MARATHON.id, { cancelled: true });

    let now = was;
    for (let i = 0; i < 50; i++) {
      [now] = vevents((await get(path)).text).events;
      if (now.getFirstPropertyValue("status") === "CANCELLED") break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(now.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(now.getFirstPropertyValue("uid")).toBe(was.getFirstPropertyValue("uid"));
    expect(Number(now.getFirstPropertyValue("sequence"))).toBeGreaterThan(
      Number(was.getFirstPropertyValue("sequence")),
    );
    // The feed of another language says the same about the same UID.
    const en = vevents((await get("/en/events/calendar.ics")).text).events.find(
      (e) => e.getFirstPropertyValue("uid") === was.getFirstPropertyValue("uid"),
    )!;
    expect(en.getFirstPropertyValue("status")).toBe("CANCELLED");
    const page = await get(`/en/events/mekong-delta-marathon-2025`);
    expect(page.text).toContain("This event has been cancelled.");
    expect(page.text).toContain('"eventStatus":"https://schema.org/EventCancelled"');
  });

  it("writes a timed event in Asia/Ho_Chi_Minh, and the page labels the zone", async () => {
    await publishPatch("event-international-rice-festival-2023-vi", {
      allDay: false,
      startsAt: "2023-12-12T20:00:00+07:00",
      endsAt: "2023-12-12T22:00:00+07:00",
    });
    let text = "";
    for (let i = 0; i < 50 && !text.includes("TZID="); i++) {
      text = (await get("/en/events/international-rice-festival-2023/calendar.ics")).text;
      if (!text.includes("TZID=")) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(text).toContain("DTSTART;TZID=Asia/Ho_Chi_Minh:20231212T200000");
    const { calendar, events } = vevents(text);
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent("vtimezone")!);
    expect(new ICAL.Event(events[0]).startDate.toJSDate().toISOString()).toBe("2023-12-12T13:00:00.000Z");
    const page = await get("/en/events/international-rice-festival-2023");
    expect(page.text).toContain("Vietnam time (Asia/Ho_Chi_Minh, UTC+7)");
    // 20:00 in Vietnam whatever the server's own zone (the test runner's may differ).
    expect(page.text).toMatch(/<time dateTime="2023-12-12T20:00:00\+07:00">December 12, 2023 at 8:00.PM – /);
  });
});

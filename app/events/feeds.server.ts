/**
 * The loaders of /{lang}/events/calendar.ics (every event, or `?kind=` one kind) and
 * /{lang}/events/{slug}/calendar.ics: text in the reader's language along its fallback
 * chain, an unknown kind a 400 in that language as plain text (a calendar client shows it).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadQuery } from "~/content/load.server";
import { EVENT_QUERY } from "~/content/queries";
import { localizeList, pickVersion } from "~/content/translations";
import { EVENT_KINDS, valuesOf } from "~/content/vocabulary";
import { getFixedT } from "~/i18n/i18next.server";
import type { Lang } from "~/i18n/languages";
import { href } from "~/i18n/link";
import { publicOrigin, requireLang } from "~/i18n/locale.server";
import { requireSlug } from "~/pages/document-page.server";
import { CACHE, type CachePolicy } from "~/utils/cache";
import { notFound } from "~/utils/responses";
import { calendarIcs, type CalendarEvent } from "./calendar.server";
import { eventVersions, loadEvents, sourceVersion } from "./events.server";
import { parseKind } from "./kind";

const latest = (...dates: (string | null | undefined)[]) =>
  dates.filter((d): d is string => !!d).sort((a, b) => Date.parse(b) - Date.parse(a))[0];

function icsResponse(body: string, lang: Lang, policy: CachePolicy, filename?: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Language": lang,
      "Cache-Control": CACHE[policy],
      ...(filename ? { "Content-Disposition": `attachment; filename="${filename}"` } : {}),
    },
  });
}

function calendarWords(lang: Lang) {
  const t = getFixedT(lang, "events");
  return { t, words: { cancelled: t("detail.cancelled"), organiser: t("detail.organiser") } };
}

export async function eventFeedLoader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const { t, words } = calendarWords(lang);
  const choice = parseKind(new URL(request.url).searchParams);
  if (!choice.ok) {
    return new Response(
      t("calendar.invalidKind", { value: choice.value, kinds: valuesOf(EVENT_KINDS).join(", ") }) + "\n",
      {
        status: 400,
        statusText: "Bad Request",
        headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Language": lang, "Cache-Control": CACHE.none },
      },
    );
  }
  const origin = publicOrigin(request);
  const items = await loadEvents(choice.kind);
  const events = localizeList(items, chain).map(({ source, shown }): CalendarEvent => ({
    sourceId: source._id,
    title: shown.value.title,
    summary: shown.value.summary,
    venue: shown.value.venue,
    organiser: shown.value.organiser,
    startsAt: source.startsAt,
    endsAt: source.endsAt,
    allDay: source.allDay,
    cancelled: source.cancelled,
    kindLabel: source.kind ? t(`kind.${source.kind}`) : null,
    url: origin + href(lang, `/events/${shown.value.slug}`),
    createdAt: source._createdAt,
    updatedAt: latest(source._updatedAt, shown.value._updatedAt)!,
  }));
  const kindLabel = choice.kind ? t(`kind.${choice.kind}`) : null;
  const body = calendarIcs(events, {
    name: kindLabel ? t("calendar.nameKind", { kind: kindLabel }) : t("calendar.name"),
    description: t("calendar.description"),
    url: origin + href(lang, choice.kind ? `/events?kind=${choice.kind}` : "/events"),
    uidDomain: new URL(origin).hostname,
    words,
  });
  return icsResponse(body, lang, "list");
}

export async function eventCalendarLoader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const slug = requireSlug(params.slug);
  const result = await loadQuery(EVENT_QUERY, { slug, lang });
  const versions = eventVersions(result);
  const shown = pickVersion(versions, chain);
  if (!shown) throw notFound();
  // Dates, kind and status from the Vietnamese source, which every translation shares; the id is the UID.
  const source = sourceVersion(versions, shown.value);
  const { t, words } = calendarWords(lang);
  const origin = publicOrigin(request);
  const e = shown.value;
  const body = calendarIcs(
    [
      {
        sourceId: source._id,
        title: e.title,
        summary: e.summary,
        venue: e.venue,
        organiser: e.organiser,
        startsAt: source.startsAt,
        endsAt: source.endsAt,
        allDay: source.allDay,
        cancelled: source.cancelled,
        kindLabel: source.kind ? t(`kind.${source.kind}`) : null,
        url: origin + href(lang, `/events/${e.slug}`),
        createdAt: source._createdAt,
        updatedAt: latest(source._updatedAt, e._updatedAt)!,
      },
    ],
    {
      name: e.title,
      description: t("calendar.description"),
      url: origin + href(lang, `/events/${e.slug}`),
      uidDomain: new URL(origin).hostname,
      words,
    },
  );
  return icsResponse(body, lang, "page", `${e.slug}.ics`);
}

/**
 * What the prospectus shows, picked from PROSPECTUS_QUERY for one reader: the reader's
 * choice read from the query string (checked against the content, never trusted), and
 * every text in the best language of the fallback chain with the language it is in.
 */
import type { PROSPECTUS_QUERY_RESULT } from "~/content/sanity.types";
import { pickLocalized, pickVersion, type Shown } from "~/content/translations";
import { siteSettingsView, type SourceRef } from "~/content/views";
import { SECTORS, isValueOf, valuesOf, type Sector } from "~/content/vocabulary";
import type { Lang } from "~/i18n/languages";

export type ProspectusData = PROSPECTUS_QUERY_RESULT;

/** More than any reader needs (the demo has 7), few enough to keep one PDF quick to make. */
export const MAX_OPPORTUNITIES = 20;


export type SelectionError = "empty" | "unknownOpportunity" | "unknownSector" | "tooMany";

export type Selection =
  | { ok: true; ids: string[]; sector: Sector | null }
  | { ok: false; error: SelectionError };

// A document id as Sanity allows them; anything else cannot name an opportunity.
const ID_PATTERN = /^[A-Za-z0-9_.-]{1,128}$/;

/**
 * `?opportunity=<id>&opportunity=<id>` and/or `?sector=<sector>`. Both together mean
 * both (the form offers the two side by side). An empty `sector` is "no sector", as the
 * form's first option sends it.
 */
export function parseSelection(search: URLSearchParams, data: Pick<ProspectusData, "opportunities">): Selection {
  const requested = [...new Set(search.getAll("opportunity").map((v) => v.trim()).filter(Boolean))];
  const sectorParam = search.getAll("sector").map((v) => v.trim()).filter(Boolean);
  // Counting before the look-up keeps a flood of ids from costing more than a refusal.
  if (requested.length > MAX_OPPORTUNITIES) return { ok: false, error: "tooMany" };
  if (sectorParam.length > 1) return { ok: false, error: "unknownSector" };
  let sector: Sector | null = null;
  if (sectorParam.length === 1) {
    if (!isValueOf(SECTORS, sectorParam[0])) return { ok: false, error: "unknownSector" };
    sector = sectorParam[0];
  }
  const known = new Set(data.opportunities.map((o) => o._id));
  if (requested.some((id) => !ID_PATTERN.test(id) || !known.has(id))) return { ok: false, error: "unknownOpportunity" };
  if (requested.length === 0 && !sector) return { ok: false, error: "empty" };
  return { ok: true, ids: requested, sector };
}

type RawOpportunity = ProspectusData["opportunities"][number];
type OpportunityVersion = Omit<RawOpportunity, "translations">;
type RawPark = ProspectusData["parks"][number];
type ParkVersion = Omit<RawPark, "translations">;

/** Every language version of a source document (itself when it has no translation metadata). */
function versionsOf<T extends { translations?: unknown }>(doc: T): Omit<T, "translations">[] {
  const { translations, ...self } = doc;
  const list = (Array.isArray(translations) ? translations : []).filter(Boolean) as Omit<T, "translations">[];
  return list.length ? list : [self];
}

function shownVersion<T extends { language?: string | null }>(versions: T[], chain: readonly Lang[], sourceDoc: T & { language: string }): Shown<T> | null {
  return pickVersion(versions, chain) ?? pickVersion([sourceDoc], [...chain, sourceDoc.language as Lang]);
}

export interface OpportunityView {
  /** The source-language document's id: what the form sends. */
  id: string;
  shown: Shown<OpportunityVersion>;
}

/** Opportunities of the choice, in the order of the list (title of the source version). */
export function chosenOpportunities(data: ProspectusData, ids: readonly string[], sector: Sector | null, chain: readonly Lang[]): OpportunityView[] {
  const wanted = new Set(ids);
  return data.opportunities
    .filter((o) => wanted.has(o._id) || (sector !== null && o.sector === sector))
    .flatMap((o) => {
      const shown = shownVersion(versionsOf(o), chain, o);
      return shown ? [{ id: o._id, shown }] : [];
    });
}

/** Every opportunity for the form, each in the reader's best language. */
export function allOpportunities(data: ProspectusData, chain: readonly Lang[]): OpportunityView[] {
  return chosenOpportunities(data, data.opportunities.map((o) => o._id), null, chain);
}

export function parkViews(data: ProspectusData, chain: readonly Lang[]): Shown<ParkVersion>[] {
  return data.parks.flatMap((p) => {
    const shown = shownVersion(versionsOf(p), chain, p);
    return shown ? [shown] : [];
  });
}

export interface FigureView {
  key: string;
  label: Shown<string> | null;
  unit: string;
  scope: string | null;
  latest: { year: number; value: number; preliminary: boolean; asOf: string | null; source: SourceRef | null };
}

/** Indicators with at least one observation, with their latest one. */
export function figureViews(data: ProspectusData, chain: readonly Lang[]): FigureView[] {
  return data.indicators.flatMap((i) =>
    i.latest
      ? [
          {
            key: i.key,
            label: pickLocalized(i.label, chain),
            unit: i.unit,
            scope: i.scope ?? null,
            latest: {
              year: i.latest.year,
              value: i.latest.value,
              preliminary: i.latest.preliminary === true,
              asOf: i.latest.asOf ?? null,
              source: i.latest.source ?? null,
            },
          },
        ]
      : [],
  );
}

/** The site settings for the cover and the contacts page, as the web pages show them. */
export function settingsView(data: ProspectusData, chain: readonly Lang[]) {
  return siteSettingsView(data.settings, chain);
}

/** Sectors that have at least one opportunity, with their counts, in the order of SECTORS. */
export function sectorCounts(data: ProspectusData): { sector: Sector; count: number }[] {
  return valuesOf(SECTORS).map((sector) => ({ sector, count: data.opportunities.filter((o) => o.sector === sector).length })).filter((s) => s.count > 0);
}

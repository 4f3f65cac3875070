/**
 * What the prospectus shows, picked from PROSPECTUS_QUERY for one reader: the reader's
 * choice read from the query string (checked against the content, never trusted), and
 * every text in the best language of the fallback chain with the language it is in.
 */
import type { PROSPECTUS_QUERY_RESULT } from "~/content/sanity.types";
import { localizeList, pickLocalized, type Shown, type VersionOf } from "~/content/translations";
import { siteSettingsView, type SourceRef } from "~/content/views";
import { SECTORS, isValueOf, valuesOf, type Sector } from "~/content/vocabulary";
import type { Lang } from "~/i18n/languages";
import { MAX_OPPORTUNITIES } from "./limits";

export type ProspectusData = PROSPECTUS_QUERY_RESULT;

export type SelectionError = "empty" | "unknownOpportunity" | "unknownSector" | "tooMany";

export type Selection = { ok: true; ids: string[]; sector: Sector | null } | { ok: false; error: SelectionError };

// A document id as Sanity allows them; anything else cannot name an opportunity.
const ID_PATTERN = /^[A-Za-z0-9_.-]{1,128}$/;

/**
 * `?opportunity=<id>&opportunity=<id>` and/or `?sector=<sector>`. Both together mean
 * both (the form offers the two side by side). An empty `sector` is "no sector", as the
 * form's first option sends it.
 */
export function parseSelection(search: URLSearchParams, data: Pick<ProspectusData, "opportunities">): Selection {
  const requested = [
    ...new Set(
      search
        .getAll("opportunity")
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
  const sectorParam = search
    .getAll("sector")
    .map((v) => v.trim())
    .filter(Boolean);
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

type OpportunityVersion = VersionOf<ProspectusData["opportunities"][number]>;
type ParkVersion = VersionOf<ProspectusData["parks"][number]>;

export interface OpportunityView {
  /** The source-language document's id: what the form sends. */
  id: string;
  shown: Shown<OpportunityVersion>;
}

/** Opportunities of the choice, in the order of the list (title of the source version). */
export function chosenOpportunities(
  data: ProspectusData,
  ids: readonly string[],
  sector: Sector | null,
  chain: readonly Lang[],
): OpportunityView[] {
  const wanted = new Set(ids);
  const chosen = data.opportunities.filter((o) => wanted.has(o._id) || (sector !== null && o.sector === sector));
  return localizeList(chosen, chain).map(({ source, shown }) => ({ id: source._id, shown }));
}

/** Every opportunity for the form, each in the reader's best language. */
export function allOpportunities(data: ProspectusData, chain: readonly Lang[]): OpportunityView[] {
  return chosenOpportunities(
    data,
    data.opportunities.map((o) => o._id),
    null,
    chain,
  );
}

export function parkViews(data: ProspectusData, chain: readonly Lang[]): Shown<ParkVersion>[] {
  return localizeList(data.parks, chain).map(({ shown }) => shown);
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
  return valuesOf(SECTORS)
    .map((sector) => ({ sector, count: data.opportunities.filter((o) => o.sector === sector).length }))
    .filter((s) => s.count > 0);
}

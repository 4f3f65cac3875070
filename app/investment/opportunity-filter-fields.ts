/**
 * The opportunity-list filters without their parser: the keys, the types and the canonical query
 * string. The list page's component needs only these, so its browser bundle carries no zod; the
 * parser (./opportunity-filters, which re-exports all of this) runs in loaders.
 */
// The vocabularies editors choose from in the Studio, so the filter options can never
// drift from what the content can hold.
import {
  DISTRICTS,
  INVESTMENT_FORMS,
  OPPORTUNITY_STATUSES,
  SECTORS,
  valuesOf,
  type District,
  type InvestmentForm,
  type OpportunityStatus,
  type Sector,
} from "~/content/vocabulary";

export const SECTOR_KEYS = valuesOf(SECTORS);
export const LOCATION_KEYS = valuesOf(DISTRICTS);
export const FORM_KEYS = valuesOf(INVESTMENT_FORMS);
export const STATUS_KEYS = valuesOf(OPPORTUNITY_STATUSES);
export const SORT_KEYS = ["newest", "capitalDesc", "capitalAsc", "sizeDesc", "sizeAsc"] as const;

export type SortKey = (typeof SORT_KEYS)[number];

/** The filters, in the order of the canonical query string. */
export const FILTER_FIELDS = [
  "sector",
  "location",
  "form",
  "status",
  "minHa",
  "maxHa",
  "minCapital",
  "maxCapital",
  "sort",
] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export interface OpportunityFilters {
  sector?: Sector;
  location?: District;
  form?: InvestmentForm;
  status?: OpportunityStatus;
  minHa?: number;
  maxHa?: number;
  minCapital?: number;
  maxCapital?: number;
  sort: SortKey;
}

export interface FilterError {
  field: FilterField;
  /** `invalid`: a value outside the options or not a number; `range`: min above max. */
  code: "invalid" | "range";
}

export type ParsedFilters =
  | { ok: true; filters: OpportunityFilters }
  /** `filters` keeps the fields that could be read, so the form can show them again; never query with them. */
  | { ok: false; filters: OpportunityFilters; errors: FilterError[] };

/** The canonical query string of a filtered view ("" for the unfiltered list), in a fixed order. */
export function filtersToSearch(filters: OpportunityFilters): string {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) {
    const value = filters[field];
    if (value === undefined || (field === "sort" && value === "newest")) continue;
    params.set(field, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function hasActiveFilters(filters: OpportunityFilters): boolean {
  return FILTER_FIELDS.some((f) => f !== "sort" && filters[f] !== undefined);
}

/** GROQ parameters of OPPORTUNITY_LIST_QUERY: null means "no filter" (`!defined($x) || …`). */
export function filtersToQueryParams(filters: OpportunityFilters) {
  return {
    sector: filters.sector ?? null,
    location: filters.location ?? null,
    form: filters.form ?? null,
    status: filters.status ?? null,
    minHa: filters.minHa ?? null,
    maxHa: filters.maxHa ?? null,
    minCapital: filters.minCapital ?? null,
    maxCapital: filters.maxCapital ?? null,
    sort: filters.sort,
  };
}

/**
 * The filters of the investment-opportunity list, read from a URL query string. The
 * HTML page and the CSV, JSON and GeoJSON downloads share this parser, so a filtered
 * view and its downloads always describe the same list, and a URL can be shared.
 *
 * Empty fields count as absent (a GET form sends every field, filled or not); unknown
 * parameters (e.g. tracking tags) are ignored. A value that cannot be read is reported
 * by field, never guessed: the page answers 400 and says which filter to fix.
 *
 * zod/mini, not zod: this module reaches the browser bundle of the list page, and the mini
 * build tree-shakes to the few checks used here (docs/decisions/0010-client-validation.md).
 */
import * as z from "zod/mini";
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

/** Larger than any area (ha) or capital (bn VND) a locality could offer; beyond it is a typo. */
const MAX_FIGURE = 10_000_000;

/** A plain decimal: no exponents, signs or thousands separators, which read differently per locale. */
const figure = z.pipe(
  z.pipe(z.string().check(z.regex(/^\d{1,8}(\.\d{1,3})?$/)), z.transform(Number)),
  z.number().check(z.minimum(0), z.maximum(MAX_FIGURE)),
);

const schema = z.object({
  sector: z.optional(z.enum(SECTOR_KEYS)),
  location: z.optional(z.enum(LOCATION_KEYS)),
  form: z.optional(z.enum(FORM_KEYS)),
  status: z.optional(z.enum(STATUS_KEYS)),
  minHa: z.optional(figure),
  maxHa: z.optional(figure),
  minCapital: z.optional(figure),
  maxCapital: z.optional(figure),
  sort: z.optional(z.enum(SORT_KEYS)),
});

export type FilterField = keyof z.infer<typeof schema>;
export const FILTER_FIELDS = Object.keys(schema.shape) as FilterField[];

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

export function parseOpportunityFilters(search: URLSearchParams | string): ParsedFilters {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const raw: Record<string, string> = {};
  const errors: FilterError[] = [];
  for (const field of FILTER_FIELDS) {
    const values = params
      .getAll(field)
      .map((v) => v.trim())
      .filter((v) => v !== "");
    if (values.length === 0) continue;
    // Two different values for one filter cannot both hold; say so rather than pick one.
    if (new Set(values).size > 1) errors.push({ field, code: "invalid" });
    else raw[field] = values[0];
  }
  const filters: OpportunityFilters = { sort: "newest" };
  for (const field of FILTER_FIELDS) {
    if (!(field in raw)) continue;
    const result = schema.shape[field].safeParse(raw[field]);
    if (result.success) (filters as unknown as Record<string, unknown>)[field] = result.data;
    else errors.push({ field, code: "invalid" });
  }
  for (const [min, max] of [
    ["minHa", "maxHa"],
    ["minCapital", "maxCapital"],
  ] as const) {
    const lo = filters[min];
    const hi = filters[max];
    // Both values stay in `filters` so the form shows what was typed; nothing is queried with them.
    if (lo !== undefined && hi !== undefined && lo > hi) errors.push({ field: min, code: "range" });
  }
  return errors.length ? { ok: false, filters, errors } : { ok: true, filters };
}

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

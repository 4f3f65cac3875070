/**
 * The filters of the investment-opportunity list, read from a URL query string. The
 * HTML page and the CSV, JSON and GeoJSON downloads share this parser, so a filtered
 * view and its downloads always describe the same list, and a URL can be shared.
 *
 * Empty fields count as absent (a GET form sends every field, filled or not); unknown
 * parameters (e.g. tracking tags) are ignored. A value that cannot be read is reported
 * by field, never guessed: the page answers 400 and says which filter to fix.
 *
 * zod/mini, not zod (docs/decisions/0011-client-validation.md); the list page's component imports
 * ./opportunity-filter-fields instead, so no validation code reaches its browser bundle.
 */
import * as z from "zod/mini";
import {
  FILTER_FIELDS,
  FORM_KEYS,
  LOCATION_KEYS,
  SECTOR_KEYS,
  SORT_KEYS,
  STATUS_KEYS,
  type FilterError,
  type FilterField,
  type OpportunityFilters,
  type ParsedFilters,
} from "./opportunity-filter-fields";

export * from "./opportunity-filter-fields";

/** Larger than any area (ha) or capital (bn VND) a locality could offer; beyond it is a typo. */
const MAX_FIGURE = 10_000_000;

/** Built on first parse, not at import. */
function buildSchema() {
  /** A plain decimal: no exponents, signs or thousands separators, which read differently per locale. */
  const figure = z.pipe(
    z.pipe(z.string().check(z.regex(/^\d{1,8}(\.\d{1,3})?$/)), z.transform(Number)),
    z.number().check(z.minimum(0), z.maximum(MAX_FIGURE)),
  );
  return z.object({
    sector: z.optional(z.enum(SECTOR_KEYS)),
    location: z.optional(z.enum(LOCATION_KEYS)),
    form: z.optional(z.enum(FORM_KEYS)),
    status: z.optional(z.enum(STATUS_KEYS)),
    minHa: z.optional(figure),
    maxHa: z.optional(figure),
    minCapital: z.optional(figure),
    maxCapital: z.optional(figure),
    sort: z.optional(z.enum(SORT_KEYS)),
  } satisfies Record<FilterField, unknown>);
}
let schema: ReturnType<typeof buildSchema> | undefined;

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
    const result = (schema ??= buildSchema()).shape[field].safeParse(raw[field]);
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

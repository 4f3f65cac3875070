/** The query-string parser shared by the opportunity list page and its CSV, JSON and GeoJSON downloads. */
import { describe, expect, it } from "vitest";
import {
  filtersToQueryParams,
  filtersToSearch,
  hasActiveFilters,
  parseOpportunityFilters,
} from "../../app/investment/opportunity-filters";

describe("parseOpportunityFilters", () => {
  it("reads no filters as the unfiltered list, newest first", () => {
    expect(parseOpportunityFilters("")).toEqual({ ok: true, filters: { sort: "newest" } });
  });

  it("reads every filter and the sort", () => {
    const parsed = parseOpportunityFilters(
      "sector=industry&location=chauThanh&form=fdi&status=open&minHa=10&maxHa=500.5&minCapital=0&maxCapital=1000&sort=capitalDesc",
    );
    expect(parsed).toEqual({
      ok: true,
      filters: {
        sector: "industry",
        location: "chauThanh",
        form: "fdi",
        status: "open",
        minHa: 10,
        maxHa: 500.5,
        minCapital: 0,
        maxCapital: 1000,
        sort: "capitalDesc",
      },
    });
  });

  it("treats empty fields from a submitted GET form as absent", () => {
    expect(parseOpportunityFilters("sector=&location=&form=&status=&minHa=&maxHa=+&sort=")).toEqual({
      ok: true,
      filters: { sort: "newest" },
    });
  });

  it("ignores parameters that are not filters", () => {
    expect(parseOpportunityFilters("utm_source=mail&status=closed")).toEqual({
      ok: true,
      filters: { status: "closed", sort: "newest" },
    });
  });

  it.each([
    ["sector=mining", "sector"],
    ["location=hanoi", "location"],
    ["form=barter", "form"],
    ["status=pending", "status"],
    ["sort=random", "sort"],
    ["minHa=-5", "minHa"],
    ["maxHa=1e3", "maxHa"],
    ["minCapital=1,000", "minCapital"],
    ["maxCapital=abc", "maxCapital"],
    ["maxCapital=99999999999", "maxCapital"],
    ["minHa=<script>", "minHa"],
  ] as const)("rejects %s and names the field", (query, field) => {
    const parsed = parseOpportunityFilters(query);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors).toEqual([{ field, code: "invalid" }]);
  });

  it("keeps the readable filters beside the errors, for the form", () => {
    const parsed = parseOpportunityFilters("sector=industry&status=nope");
    expect(parsed).toEqual({
      ok: false,
      filters: { sector: "industry", sort: "newest" },
      errors: [{ field: "status", code: "invalid" }],
    });
  });

  it("rejects a minimum above its maximum", () => {
    const parsed = parseOpportunityFilters("minHa=50&maxHa=10&minCapital=1&maxCapital=2");
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors).toEqual([{ field: "minHa", code: "range" }]);
  });

  it("rejects two different values for one filter, accepts a repeated identical one", () => {
    expect(parseOpportunityFilters("sector=industry&sector=tourism").ok).toBe(false);
    expect(parseOpportunityFilters("sector=industry&sector=industry")).toEqual({
      ok: true,
      filters: { sector: "industry", sort: "newest" },
    });
  });
});

describe("filtersToSearch", () => {
  it("round-trips: parsing the canonical query gives the same filters", () => {
    const first = parseOpportunityFilters("maxCapital=600&sector=tourism&sort=sizeAsc&minHa=2&junk=1");
    if (!first.ok) throw new Error("expected valid filters");
    const search = filtersToSearch(first.filters);
    expect(search).toBe("?sector=tourism&minHa=2&maxCapital=600&sort=sizeAsc");
    expect(parseOpportunityFilters(search.slice(1))).toEqual(first);
  });

  it("is empty for the default view", () => {
    expect(filtersToSearch({ sort: "newest" })).toBe("");
    expect(hasActiveFilters({ sort: "capitalAsc" })).toBe(false);
    expect(hasActiveFilters({ sort: "newest", status: "open" })).toBe(true);
  });
});

describe("filtersToQueryParams", () => {
  it("passes null for every filter not set, so the GROQ query skips it", () => {
    expect(filtersToQueryParams({ sort: "newest", form: "ppp" })).toEqual({
      sector: null,
      location: null,
      form: "ppp",
      status: null,
      minHa: null,
      maxHa: null,
      minCapital: null,
      maxCapital: null,
      sort: "newest",
    });
  });
});

/** The pages the news list's pagination shows: first, last, the current page and its neighbours, gaps between. */
import { describe, expect, it } from "vitest";
import { paginationItems, type PaginationItem } from "../../app/components/Pagination";

const shown = (items: PaginationItem[]) => items.map((i) => ("gap" in i ? "…" : i.page));

describe("paginationItems", () => {
  it("shows every page when there are few", () => {
    expect(shown(paginationItems(1, 1))).toEqual([1]);
    expect(shown(paginationItems(2, 5))).toEqual([1, 2, 3, 4, 5]);
  });

  it("shows first, last, the current page and two neighbours each side, far pages left out", () => {
    const items = shown(paginationItems(50, 3316));
    expect(items).toEqual([1, "…", 48, 49, 50, 51, 52, "…", 3316]);
    expect(items).not.toContain(100);
  });

  it("works at the first and at the last page", () => {
    expect(shown(paginationItems(1, 3316))).toEqual([1, 2, 3, "…", 3316]);
    expect(shown(paginationItems(3316, 3316))).toEqual([1, "…", 3314, 3315, 3316]);
  });

  it("never hides a single page behind a gap", () => {
    expect(shown(paginationItems(4, 20))).toEqual([1, 2, 3, 4, 5, 6, "…", 20]);
    expect(shown(paginationItems(17, 20))).toEqual([1, "…", 15, 16, 17, 18, 19, 20]);
  });
});

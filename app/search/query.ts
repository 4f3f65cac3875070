/**
 * Reading `?q=` and `?page=` of the search page (pure, shared by the loader and its tests).
 * Limits keep one request's work bounded: the query is cut into words and each becomes a
 * few MiniSearch lookups (prefix and fuzzy ones among them).
 */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_WORDS = 20;
export const MAX_PAGE = 1000;

export type QueryProblem = "tooLong" | "invalid";

export interface ParsedSearch {
  /** The query as searched: spaces collapsed, trimmed; "" when none was typed. */
  q: string;
  page: number;
  problem?: QueryProblem;
}

// Control characters other than the spaces a pasted text may carry (tab, line breaks).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function parseSearchParams(params: URLSearchParams): ParsedSearch {
  const raw = params.get("q") ?? "";
  const q = raw.replace(/\s+/g, " ").trim();
  const pageParam = params.get("page");
  const page = pageParam === null ? 1 : /^[1-9]\d{0,3}$/.test(pageParam) ? Number(pageParam) : NaN;
  if (CONTROL.test(raw) || raw.includes("\uFFFD") || !(page >= 1 && page <= MAX_PAGE)) {
    return { q, page: 1, problem: "invalid" };
  }
  if ([...q].length > MAX_QUERY_CHARS) return { q, page: 1, problem: "tooLong" };
  return { q, page };
}

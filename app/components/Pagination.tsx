/**
 * Numbered pagination for a list paged with `?page=N`: previous/next (rel prev/next), the
 * first and last page, and a window of neighbours around the current one, with gaps between.
 * A window, not every page: at 100k documents the news list has thousands of pages, and a
 * link to each made the page 245 KB and its render ten times slower. Plain links, so it
 * works without JavaScript; the current page is a span with aria-current="page".
 */
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "~/i18n/link";

/** A page number to show, or a gap (pages left out) between two of them. */
export type PaginationItem = { page: number } | { gap: "start" | "end" };

/**
 * The pages shown for `page` of `pages`: 1, `page - around` … `page + around`, `pages`,
 * a gap where numbers are left out. A gap never stands for one page alone: that page is shown.
 */
export function paginationItems(page: number, pages: number, around = 2): PaginationItem[] {
  const from = Math.max(1, page - around);
  const to = Math.min(pages, page + around);
  const items: PaginationItem[] = [];
  if (from > 1) items.push({ page: 1 });
  if (from === 3) items.push({ page: 2 });
  else if (from > 3) items.push({ gap: "start" });
  for (let n = from; n <= to; n++) items.push({ page: n });
  if (to === pages - 2) items.push({ page: pages - 1 });
  else if (to < pages - 2) items.push({ gap: "end" });
  if (to < pages) items.push({ page: pages });
  return items;
}

/**
 * `path` is the list's path without the language (`/news`); page 1 is the path itself.
 * `query` holds the list's other parameters (e.g. `{ section: "press" }`), kept on every link.
 */
export function Pagination({
  path,
  page,
  pages,
  query = {},
}: {
  path: string;
  page: number;
  pages: number;
  query?: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  const to = (n: number) => {
    const search = new URLSearchParams({ ...query, ...(n === 1 ? {} : { page: String(n) }) }).toString();
    return search ? `${path}?${search}` : path;
  };
  return (
    <nav className="pagination" aria-label={t("a11y.pagination")}>
      <ul>
        {page > 1 ? (
          <li>
            <Link rel="prev" to={to(page - 1)}>
              {t("news.previous")}
            </Link>
          </li>
        ) : null}
        {paginationItems(page, pages).map((item) =>
          "gap" in item ? (
            <li key={item.gap} className="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item.page}>
              {item.page === page ? (
                <span aria-current="page">{item.page}</span>
              ) : (
                <Link to={to(item.page)}>{item.page}</Link>
              )}
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <Link rel="next" to={to(page + 1)}>
              {t("news.next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

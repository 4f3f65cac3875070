/**
 * The report's figures as CSV, one file per table, for spreadsheets: UTF-8 with a BOM (so
 * Excel reads Vietnamese and CJK text) and CRLF, as `npm run inquiries -- --csv` writes.
 * Columns are the stable keys (language ids, section and topic keys, ISO country codes):
 * the HTML carries the localized names.
 */
import { stringify } from "csv-stringify/sync";
import type { Count, ReportFigures } from "./figures";

const csv = (rows: Record<string, unknown>[], columns: string[]) =>
  stringify(rows, { bom: true, header: true, columns, record_delimiter: "windows" });

const counts = (rows: Count[], key: string) =>
  csv(
    rows.map((r) => ({ [key]: r.key, count: r.count })),
    [key, "count"],
  );

/** File name → content. */
export function reportCsvFiles(f: ReportFigures): Record<string, string> {
  const y = f.year;
  const files: Record<string, string> = {
    [`published-${y}.csv`]: csv(
      f.published.map((p) => ({ section: p.section, ...p.counts, total: p.total })),
      ["section", ...f.languages, "total"],
    ),
    [`translations-${y}.csv`]: csv(
      f.translations.map((t) => ({ ...t, coverage: t.coverage.toFixed(3) })),
      ["language", "total", "current", "stale", "missing", "draftOnly", "identical", "coverage", "staleLong"],
    ),
    [`events-${y}.csv`]: counts(f.events, "kind"),
  };
  if (f.inquiries) {
    files[`inquiries-country-${y}.csv`] = counts(f.inquiries.byCountry, "country");
    files[`inquiries-topic-${y}.csv`] = counts(f.inquiries.byTopic, "topic");
    files[`inquiries-status-${y}.csv`] = counts(f.inquiries.byStatus, "status");
  }
  if (f.visits) files[`visits-${y}.csv`] = counts(f.visits.byMonth, "month");
  return files;
}

/**
 * The report's counts from SQLite: inquiries (INQUIRY_DB) and visitors (visitors.sqlite
 * beside STORE_DB). Only GROUP BY counts leave the database: no name, email, organisation,
 * phone or message is ever selected, so none can reach a report. Read-only connections,
 * safe while the server runs.
 */
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { LANGUAGE_IDS } from "../i18n/languages";
import { contentFigures, type Count, type InquiryFigures, type ReportFigures, type VisitFigures } from "./figures";
import type { StatusDocument } from "../translations/status";

function open(file: string): Database.Database | undefined {
  if (!existsSync(file)) return undefined;
  return new Database(file, { readonly: true, fileMustExist: true });
}

/** Inquiries received in the year (Vietnam time; received_at is UTC). */
export function inquiryFigures(file: string, year: number): InquiryFigures | null {
  const db = open(file);
  if (!db) return null;
  try {
    const inYear = `strftime('%Y', received_at, '+7 hours') = ?`;
    const by = (column: "country" | "topic" | "status"): Count[] =>
      db
        .prepare(
          `SELECT ${column} AS key, COUNT(*) AS count FROM inquiries WHERE ${inYear} GROUP BY ${column} ORDER BY count DESC, key`,
        )
        .all(String(year)) as Count[];
    const total = db.prepare(`SELECT COUNT(*) FROM inquiries WHERE ${inYear}`).pluck().get(String(year)) as number;
    return { total, byCountry: by("country"), byTopic: by("topic"), byStatus: by("status") };
  } finally {
    db.close();
  }
}

/** Visitors per month of the year (each day's distinct visitors, summed). */
export function visitFigures(file: string, year: number): VisitFigures | null {
  const db = open(file);
  if (!db) return null;
  try {
    const rows = db
      .prepare(
        `SELECT substr(day, 1, 7) AS month, SUM(visitors) AS count FROM visitor_days WHERE day LIKE ? GROUP BY month`,
      )
      .all(`${year}-%`) as { month: string; count: number }[];
    const byMonth = Array.from({ length: 12 }, (_, i) => {
      const key = `${year}-${String(i + 1).padStart(2, "0")}`;
      return { key, count: rows.find((r) => r.month === key)?.count ?? 0 };
    });
    return { total: byMonth.reduce((n, m) => n + m.count, 0), byMonth, perLanguage: null };
  } finally {
    db.close();
  }
}

export function buildReport(
  input: { documents: readonly StatusDocument[]; inquiryDb: string; visitorsDb: string },
  year: number,
  now = new Date(),
): ReportFigures {
  return {
    year,
    generatedAt: now.toISOString(),
    languages: [...LANGUAGE_IDS],
    ...contentFigures(input.documents, year, now),
    inquiries: inquiryFigures(input.inquiryDb, year),
    visits: visitFigures(input.visitorsDb, year),
  };
}

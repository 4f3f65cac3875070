/**
 * The yearly evaluation report (`npm run report`) on the demo dataset plus a few
 * documents, inquiries and visitor days of 2026: the figures count what they say, each
 * chart has its table, both languages are written, and no personal data of an inquiry
 * reaches the HTML, CSV or JSON.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { InquiryStore } from "../../app/inquiries/store.server";
import type { Inquiry } from "../../app/inquiries/schema";
import { runReportCommand } from "../../app/report/cli.server";
import { reportCsvFiles } from "../../app/report/csv.server";
import { buildReport } from "../../app/report/data.server";
import type { ReportFigures } from "../../app/report/figures";
import { renderReportHtml } from "../../app/report/html.server";
import type { StatusDocument } from "../../app/translations/status";
import { DATASET_PATH } from "../pages";

const dir = mkdtempSync(path.join(tmpdir(), "report-"));
const inquiryDb = path.join(dir, "inquiries.sqlite");
const visitorsDb = path.join(dir, "visitors.sqlite");
const NOW = new Date("2026-12-01T03:00:00Z");

const seed = readFileSync(DATASET_PATH, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as StatusDocument);

/** What 2026 adds to the seed: two Vietnamese news articles and their English one, a press release, a trade fair, a draft. */
const added: StatusDocument[] = [
  { _id: "r-news-1", _type: "article", language: "vi", kind: "news", publishedAt: "2026-03-02T09:00:00+07:00" },
  { _id: "r-news-2", _type: "article", language: "vi", kind: "news", publishedAt: "2026-01-01T00:30:00+07:00" },
  { _id: "r-news-1-en", _type: "article", language: "en", kind: "news", publishedAt: "2026-03-03T09:00:00+07:00" },
  { _id: "r-press", _type: "article", language: "vi", kind: "pressRelease", publishedAt: "2026-06-01T09:00:00+07:00" },
  // 31 Dec 2025, 23:30 in Vietnam, though 2025-12-31T16:30Z: still 2025.
  { _id: "r-late", _type: "article", language: "vi", kind: "news", publishedAt: "2025-12-31T23:30:00+07:00" },
  { _id: "drafts.r-draft", _type: "article", language: "vi", kind: "news", publishedAt: "2026-05-01T09:00:00+07:00" },
  {
    _id: "r-fair",
    _type: "event",
    language: "vi",
    kind: "trade",
    startsAt: "2026-04-10T08:00:00+07:00",
    _createdAt: "2026-02-01T00:00:00Z",
  },
  {
    _id: "r-fair-en",
    _type: "event",
    language: "en",
    kind: "trade",
    startsAt: "2026-04-10T08:00:00+07:00",
    _createdAt: "2026-02-02T00:00:00Z",
  },
  // Not held yet when the report is made.
  {
    _id: "r-future",
    _type: "event",
    language: "vi",
    kind: "trade",
    startsAt: "2026-12-20T08:00:00+07:00",
    _createdAt: "2026-02-01T00:00:00Z",
  },
];

const PERSON = {
  name: "Zebediah Quillfeather",
  organisation: "Quillfeather Holdings",
  email: "zebediah.private@example.org",
  phone: "+44 20 7946 0999",
  message: "Confidential: we plan a 40 ha cold-storage site near the river.",
};

function inquiry(key: string, country: string, topic: Inquiry["topic"]) {
  return {
    ...PERSON,
    country,
    topic,
    preferredLanguage: "en",
    opportunity: "",
    consent: "yes",
    submissionKey: key,
    pageLanguage: "en",
  } as unknown as Parameters<InquiryStore["insert"]>[0];
}

let figures: ReportFigures;

beforeAll(() => {
  const inquiries = new InquiryStore(inquiryDb);
  inquiries.insert(inquiry("a", "JP", "industrialPark"), new Date("2026-02-01T00:00:00Z"));
  inquiries.insert(inquiry("b", "JP", "visit"), new Date("2026-05-01T00:00:00Z"));
  const c = inquiries.insert(inquiry("c", "KR", "industrialPark"), new Date("2026-07-01T00:00:00Z"));
  // 2025 in UTC, but 1 January 2026 in Vietnam.
  inquiries.insert(inquiry("d", "FR", "other"), new Date("2025-12-31T18:00:00Z"));
  inquiries.insert(inquiry("old", "US", "other"), new Date("2025-06-01T00:00:00Z"));
  inquiries.close();
  const db = new Database(inquiryDb);
  db.prepare("UPDATE inquiries SET status = 'answered' WHERE id = ?").run(c.inquiry.id);
  db.close();

  const visitors = new Database(visitorsDb);
  visitors.exec("CREATE TABLE visitor_days (day TEXT PRIMARY KEY, visitors INTEGER NOT NULL) WITHOUT ROWID");
  const day = visitors.prepare("INSERT INTO visitor_days VALUES (?, ?)");
  day.run("2025-12-31", 1000);
  day.run("2026-01-01", 12);
  day.run("2026-01-02", 30);
  day.run("2026-03-15", 7);
  visitors.close();

  figures = buildReport({ documents: [...seed, ...added], inquiryDb, visitorsDb }, 2026, NOW);
});

describe("the yearly report's figures", () => {
  it("counts published documents per section and language in Vietnam's year, drafts left out", () => {
    const bySection = Object.fromEntries(figures.published.map((p) => [p.section, p]));
    const seedNews2026 = seed.filter(
      (d) =>
        d._type === "article" &&
        d.kind === "news" &&
        !d._id.startsWith("drafts.") &&
        String(d.publishedAt).startsWith("2026"),
    ).length;
    expect(bySection.news!.total).toBe(seedNews2026 + 3);
    expect(bySection.pressRelease!.counts.vi).toBeGreaterThanOrEqual(1);
    expect(bySection.event!.counts.en).toBeGreaterThanOrEqual(1);
    const late = buildReport({ documents: added, inquiryDb: "", visitorsDb: "" }, 2025, NOW);
    expect(late.published.find((p) => p.section === "news")!.counts.vi).toBe(1);
  });

  it("counts each event held once (its Vietnamese source), by kind, not the ones still to come", () => {
    const only = buildReport({ documents: added, inquiryDb: "", visitorsDb: "" }, 2026, NOW);
    expect(only.events.find((e) => e.key === "trade")!.count).toBe(1);
    expect(only.events.map((e) => e.key)).toEqual(["trade", "investment", "tourism", "culture", "sport"]);
  });

  it("gives translation coverage per language from the translation status logic", () => {
    const en = figures.translations.find((t) => t.language === "en")!;
    expect(en.total).toBeGreaterThan(0);
    expect(en.current + en.stale + en.missing + en.draftOnly + en.identical).toBe(en.total);
    expect(en.coverage).toBeCloseTo(en.current / en.total);
    expect(figures.translations.map((t) => t.language)).toEqual(["en", "ja", "ko", "zh-Hans", "fr"]);
  });

  it("counts inquiries of the year by country, topic and status", () => {
    expect(figures.inquiries).toEqual({
      total: 4,
      byCountry: [
        { key: "JP", count: 2 },
        { key: "FR", count: 1 },
        { key: "KR", count: 1 },
      ],
      byTopic: [
        { key: "industrialPark", count: 2 },
        { key: "other", count: 1 },
        { key: "visit", count: 1 },
      ],
      byStatus: [
        { key: "new", count: 3 },
        { key: "answered", count: 1 },
      ],
    });
  });

  it("sums visitors per month and says that no language is recorded", () => {
    expect(figures.visits!.total).toBe(49);
    expect(figures.visits!.byMonth).toHaveLength(12);
    expect(figures.visits!.byMonth[0]).toEqual({ key: "2026-01", count: 42 });
    expect(figures.visits!.perLanguage).toBeNull();
    const none = buildReport({ documents: [], inquiryDb: path.join(dir, "no.sqlite"), visitorsDb: "" }, 2026, NOW);
    expect(none.inquiries).toBeNull();
    expect(none.visits).toBeNull();
  });
});

describe("the yearly report's files", () => {
  it("draws each chart with the dashboard's component and a table of its figures, in vi and en", () => {
    for (const lang of ["vi", "en"] as const) {
      const html = renderReportHtml(figures, lang);
      expect(html).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${lang}">`));
      const charts = html.match(/<svg class="chart chart--bar"[^>]*role="img"/g) ?? [];
      expect(charts.length).toBe(8);
      // Every chart sits in a figure with a table after it.
      expect(html.match(/<figure class="report-chart"><svg[\s\S]*?<\/svg><table>/g)?.length).toBe(charts.length);
      // Self-contained: no script, no outside resource.
      expect(html).not.toMatch(/<script|<link|src="http|url\(/);
    }
    expect(renderReportHtml(figures, "vi")).toContain("Báo cáo đánh giá công tác thông tin năm 2026");
    expect(renderReportHtml(figures, "en")).toContain("cannot be split by language");
    expect(renderReportHtml(figures, "en")).toContain("Japan");
  });

  it("never contains an inquiry's personal data", () => {
    const everything = [
      renderReportHtml(figures, "vi"),
      renderReportHtml(figures, "en"),
      ...Object.values(reportCsvFiles(figures)),
      JSON.stringify(figures),
    ].join("\n");
    for (const value of Object.values(PERSON)) expect(everything).not.toContain(value);
    expect(everything).not.toContain("Zebediah");
    expect(everything).not.toMatch(/@example\.org/);
  });

  it("`npm run report` writes HTML, CSV and JSON from the store and the databases, and refuses a bad year", async () => {
    const out = path.join(dir, "out");
    const lines: string[] = [];
    const io = {
      log: (l: string) => lines.push(l),
      error: (l: string) => lines.push(l),
      env: { STORE_DB: path.join(dir, "store.sqlite"), INQUIRY_DB: inquiryDb },
      now: () => NOW,
    };
    expect(await runReportCommand(["--year", "26"], io)).toBe(2);
    expect(await runReportCommand(["--year", "2026", "--out", out], io)).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "events-2026.csv",
      "figures-2026.json",
      "inquiries-country-2026.csv",
      "inquiries-status-2026.csv",
      "inquiries-topic-2026.csv",
      "published-2026.csv",
      "report-2026-en.html",
      "report-2026-vi.html",
      "translations-2026.csv",
      "visits-2026.csv",
    ]);
    expect(readFileSync(path.join(out, "inquiries-country-2026.csv"), "utf8")).toBe(
      "\uFEFFcountry,count\r\nJP,2\r\nFR,1\r\nKR,1\r\n",
    );
  }, 30_000);
});

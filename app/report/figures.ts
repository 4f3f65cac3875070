/**
 * The yearly evaluation's figures (issue 11): what was published per language and
 * section, where translations stand, which events were held, how many inquiries came in
 * (counts only) and how many visitors came. One shape for the HTML and CSV report
 * (`npm run report`) and the Studio's Report tool (its JSON from app/report/route.server.ts),
 * so the two cannot disagree.
 *
 * The content figures are computed here from documents (pure, no Node built-ins); the
 * inquiry and visitor counts come from their SQLite files (data.server.ts).
 */
import { EVENT_KINDS, valuesOf } from "../content/vocabulary";
import { LANGUAGE_IDS, SOURCE_LANG } from "../i18n/languages";
import { countsByLanguage, translationStatus, type StatusDocument } from "../translations/status";

/** What a reader finds in a section of the site: articles split by kind, then each document type. */
export const SECTIONS = [
  "news",
  "pressRelease",
  "event",
  "page",
  "investmentOpportunity",
  "industrialPark",
  "imageProject",
  "exhibition",
  "exhibit",
] as const;
export type Section = (typeof SECTIONS)[number];

export interface Count {
  key: string;
  count: number;
}

export interface TranslationFigures {
  language: string;
  total: number;
  current: number;
  stale: number;
  missing: number;
  draftOnly: number;
  identical: number;
  /** Share of sources with a current translation, 0–1. */
  coverage: number;
  /** Stale translations whose source changed more than STALE_LONG_DAYS before the report. */
  staleLong: number;
}

export interface InquiryFigures {
  total: number;
  byCountry: Count[];
  byTopic: Count[];
  byStatus: Count[];
}

export interface VisitFigures {
  total: number;
  byMonth: Count[];
  /** visitors.sqlite stores one total per day (ADR 0017): no language, so none is reported. */
  perLanguage: null;
}

export interface ReportFigures {
  year: number;
  generatedAt: string;
  languages: string[];
  /** Documents published in the year, per section and language. */
  published: { section: Section; counts: Record<string, number>; total: number }[];
  translations: TranslationFigures[];
  /** Events (their Vietnamese source, one per event) that started in the year, per kind. */
  events: Count[];
  /** null: no inquiry database (none received yet, or INQUIRY_DB elsewhere). */
  inquiries: InquiryFigures | null;
  /** null: no visitors.sqlite. */
  visits: VisitFigures | null;
}

export const STALE_LONG_DAYS = 90;

/** The year of an instant in Vietnam, where the site's year begins and ends. */
export function vietnamYear(iso: string): number | undefined {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return undefined;
  return Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(at));
}

const isPublished = (id: string) => !id.startsWith("drafts.") && !id.startsWith("versions.");

interface ContentDocument extends StatusDocument {
  _createdAt?: string;
  kind?: unknown;
  publishedAt?: unknown;
  startsAt?: unknown;
}

function sectionOf(doc: ContentDocument): Section | undefined {
  if (doc._type === "article") return doc.kind === "pressRelease" ? "pressRelease" : "news";
  return (SECTIONS as readonly string[]).includes(doc._type) ? (doc._type as Section) : undefined;
}

/** When a document was published: an article's own date, else when the document was created. */
function publishedAt(doc: ContentDocument): string | undefined {
  if (doc._type === "article" && typeof doc.publishedAt === "string") return doc.publishedAt;
  return doc._createdAt;
}

export function contentFigures(
  documents: readonly ContentDocument[],
  year: number,
  now: Date,
): Pick<ReportFigures, "published" | "translations" | "events"> {
  const published = SECTIONS.map((section) => ({
    section,
    counts: Object.fromEntries(LANGUAGE_IDS.map((l) => [l, 0])) as Record<string, number>,
    total: 0,
  }));
  const events = new Map<string, number>(valuesOf(EVENT_KINDS).map((k) => [k, 0]));
  for (const doc of documents) {
    if (!isPublished(doc._id)) continue;
    const section = sectionOf(doc);
    const lang = typeof doc.language === "string" ? doc.language : undefined;
    if (section && lang && (LANGUAGE_IDS as readonly string[]).includes(lang)) {
      const when = publishedAt(doc);
      if (when && vietnamYear(when) === year) {
        const row = published.find((p) => p.section === section)!;
        row.counts[lang] = (row.counts[lang] ?? 0) + 1;
        row.total++;
      }
    }
    // Each event once: its Vietnamese source (translations describe the same event).
    if (doc._type === "event" && lang === SOURCE_LANG && typeof doc.startsAt === "string") {
      const starts = Date.parse(doc.startsAt);
      if (vietnamYear(doc.startsAt) === year && starts <= now.getTime()) {
        const kind = typeof doc.kind === "string" && events.has(doc.kind) ? doc.kind : "other";
        events.set(kind, (events.get(kind) ?? 0) + 1);
      }
    }
  }

  const rows = translationStatus(documents);
  const counts = countsByLanguage(rows);
  const longAgo = now.getTime() - STALE_LONG_DAYS * 86_400_000;
  const translations = [...counts].map(([language, c]) => ({
    language,
    ...c,
    coverage: c.total ? c.current / c.total : 0,
    staleLong: rows.filter(
      (r) => r.language === language && r.status === "stale" && r.staleSince && Date.parse(r.staleSince) < longAgo,
    ).length,
  }));

  return { published, translations, events: [...events].map(([key, count]) => ({ key, count })) };
}

/**
 * Where every translation stands: for each translatable Vietnamese document and each other
 * language, whether the translation is current, stale (the source's text changed after the
 * translation recorded it), missing, only a draft, or still identical to the source (an
 * untranslated copy). One module, so that the terminal report, the Studio's "Translations"
 * tool and its desk lists, the publish guard and the site's stale notice cannot disagree.
 * Pure and free of Node built-ins: it runs in Node and in the browser alike.
 */
import { LANGUAGE_IDS, SOURCE_LANG } from "../i18n/languages";
import {
  TRANSLATABLE_FIELDS,
  fieldHash,
  fieldHashes,
  isTranslatableType,
  type TranslatableType,
  type TranslationProvenance,
  type TranslationState,
} from "./fields";

export const TRANSLATION_STATUSES = ["current", "stale", "missing", "draftOnly", "identical"] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/**
 * The languages readers see. Every language of the site is public today; a language
 * being prepared behind the scenes would be left out here, so that neither the CI gate
 * nor the publish guard applies to it.
 */
export const PUBLIC_TRANSLATION_LANGS: readonly string[] = LANGUAGE_IDS.filter((l) => l !== SOURCE_LANG);

/** The least of a document this module reads. */
export interface StatusDocument {
  _id: string;
  _type: string;
  _rev?: string;
  _updatedAt?: string;
  language?: string | null;
  translation?: Partial<TranslationProvenance> | null;
  [field: string]: unknown;
}

interface MetadataDocument {
  _id: string;
  _type: "translation.metadata";
  translations?: { language?: string; _key?: string; value?: { _ref?: string } | null }[] | null;
}

export interface TranslationStatusRow {
  type: TranslatableType;
  /** Published id of the Vietnamese source. */
  sourceId: string;
  sourceTitle?: string;
  /** The source's last change (what "stale since" means). */
  sourceUpdatedAt?: string;
  language: string;
  status: TranslationStatus;
  /**
   * The translation's published id (present unless missing). For `draftOnly` and for an
   * identical draft it names the document whose `drafts.` version was judged.
   */
  documentId?: string;
  title?: string;
  /** A `drafts.` version of the translation exists (with or without a published one). */
  hasDraft: boolean;
  /** A published version exists: what was judged is what readers see. */
  published: boolean;
  /** The editorial state recorded in the judged version's provenance. */
  state?: TranslationState;
  translatedAt?: string;
  /** For `stale`: since when (the source's `_updatedAt`) and which translatable fields changed. */
  staleSince?: string;
  staleFields?: string[];
  /** The translation records no provenance, so nothing says what it was made from. */
  unknownOrigin?: boolean;
}

const DRAFT_PREFIX = "drafts.";
const isDraftId = (id: string) => id.startsWith(DRAFT_PREFIX);
const publishedId = (id: string) => (isDraftId(id) ? id.slice(DRAFT_PREFIX.length) : id);
/** Release versions (`versions.<release>.<id>`) are not what readers or editors see as "the" document. */
const isVersionId = (id: string) => id.startsWith("versions.");

/** Translatable fields equal, ignoring `_key`: the document is a copy of the source, untranslated. */
export function isIdenticalToSource(
  translation: { _type: string; [field: string]: unknown },
  source: { _type: string; [field: string]: unknown },
): boolean {
  if (!isTranslatableType(source._type) || translation._type !== source._type) return false;
  const a = fieldHashes(translation);
  const b = fieldHashes(source);
  // A document with no translatable text at all is not "a copy"; it is empty.
  if (b.every(({ hash }, i) => hash === emptyHash && a[i]?.hash === emptyHash)) return false;
  return a.every(({ hash }, i) => hash === b[i]?.hash);
}
const emptyHash = fieldHash(undefined);

/** The part of a provenance that staleness reads, as loosely typed as a query result gives it. */
export interface RecordedHashes {
  fieldHashes?: readonly { field?: string | null; hash?: string | null }[] | null;
  translatedAt?: string | null;
}

/**
 * The translatable fields whose fingerprint differs from what the provenance recorded.
 * Fields the provenance does not name (added to TRANSLATABLE_FIELDS later) count as
 * changed only when the source has text in them.
 */
export function changedFields(
  provenance: RecordedHashes,
  source: { _type: string; [field: string]: unknown },
): string[] {
  const recorded = new Map((provenance.fieldHashes ?? []).map(({ field, hash }) => [field, hash]));
  return fieldHashes(source)
    .filter(({ field, hash }) => (recorded.has(field) ? recorded.get(field) !== hash : hash !== emptyHash))
    .map(({ field }) => field);
}

/** Stale-or-current of one translation against its source's current text, for the site's notice. */
export function freshness(
  provenance: RecordedHashes | null | undefined,
  source: { _type: string; _updatedAt?: string | null; [field: string]: unknown },
): { stale: false } | { stale: true; since?: string; fields: string[]; translatedAt?: string } {
  if (!provenance?.fieldHashes) return { stale: false };
  const fields = changedFields(provenance, source);
  return fields.length === 0
    ? { stale: false }
    : {
        stale: true,
        since: source._updatedAt ?? undefined,
        fields,
        translatedAt: provenance.translatedAt ?? undefined,
      };
}

function textOf(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

export interface StatusOptions {
  /** Languages to report (default: every language but the source). */
  languages?: readonly string[];
}

/**
 * One row per translatable Vietnamese source (published; a source that exists only as a
 * draft has nothing readers could miss yet) and per other language. The published
 * translation is judged, as readers see it; without one, its draft. Translations are
 * found through translation.metadata (how the Studio links them) and, for a document the
 * metadata does not list, through its provenance's `sourceId`.
 */
export function translationStatus(
  documents: Iterable<StatusDocument>,
  options: StatusOptions = {},
): TranslationStatusRow[] {
  const languages = options.languages ?? PUBLIC_TRANSLATION_LANGS;
  const byId = new Map<string, StatusDocument>();
  const metadata: MetadataDocument[] = [];
  for (const doc of documents) {
    if (isVersionId(doc._id)) continue;
    if (doc._type === "translation.metadata") metadata.push(doc as unknown as MetadataDocument);
    byId.set(doc._id, doc);
  }

  // source published id → language → translation published id
  const links = new Map<string, Map<string, string>>();
  const link = (sourceId: string, language: string, id: string) => {
    let perLang = links.get(sourceId);
    if (!perLang) links.set(sourceId, (perLang = new Map()));
    if (!perLang.has(language)) perLang.set(language, id);
  };
  for (const meta of metadata) {
    const entries = (meta.translations ?? []).flatMap((t) => {
      const language = t.language ?? t._key;
      const ref = t.value?._ref;
      return language && ref ? [{ language, id: publishedId(ref) }] : [];
    });
    const source = entries.find((e) => e.language === SOURCE_LANG);
    if (!source) continue;
    for (const e of entries) if (e.language !== SOURCE_LANG) link(source.id, e.language, e.id);
  }
  for (const doc of byId.values()) {
    const sourceId = doc.translation?.sourceId;
    if (typeof sourceId === "string" && doc.language && doc.language !== SOURCE_LANG) {
      link(publishedId(sourceId), doc.language, publishedId(doc._id));
    }
  }

  const rows: TranslationStatusRow[] = [];
  const sources = [...byId.values()]
    .filter((d) => !isDraftId(d._id) && d.language === SOURCE_LANG && isTranslatableType(d._type))
    .sort((a, b) => (a._type === b._type ? a._id.localeCompare(b._id) : a._type.localeCompare(b._type)));
  for (const source of sources) {
    const type = source._type as TranslatableType;
    for (const language of languages) {
      if (language === SOURCE_LANG) continue;
      const base = {
        type,
        sourceId: source._id,
        sourceTitle: textOf(source.title),
        sourceUpdatedAt: source._updatedAt,
        language,
      };
      const id = links.get(source._id)?.get(language);
      const published = id ? byId.get(id) : undefined;
      const draft = id ? byId.get(DRAFT_PREFIX + id) : undefined;
      const judged = published ?? draft;
      if (!id || !judged || judged._type !== type) {
        rows.push({ ...base, status: "missing", hasDraft: false, published: false });
        continue;
      }
      const provenance = judged.translation ?? undefined;
      const common = {
        ...base,
        documentId: id,
        title: textOf(judged.title),
        hasDraft: Boolean(draft),
        published: Boolean(published),
        state: provenance?.state,
        translatedAt: provenance?.translatedAt,
      };
      if (isIdenticalToSource(judged, source)) {
        rows.push({ ...common, status: "identical" });
      } else if (!published) {
        rows.push({ ...common, status: "draftOnly" });
      } else if (!provenance?.fieldHashes) {
        rows.push({
          ...common,
          status: "stale",
          unknownOrigin: true,
          staleSince: source._updatedAt,
          staleFields: [...TRANSLATABLE_FIELDS[type]],
        });
      } else {
        const fields = changedFields({ fieldHashes: provenance.fieldHashes }, source);
        rows.push(
          fields.length > 0
            ? { ...common, status: "stale", staleSince: source._updatedAt, staleFields: fields }
            : { ...common, status: "current" },
        );
      }
    }
  }
  return rows;
}

export interface StatusFilter {
  languages?: readonly string[];
  types?: readonly string[];
  statuses?: readonly string[];
}

export function filterRows(rows: readonly TranslationStatusRow[], filter: StatusFilter): TranslationStatusRow[] {
  return rows.filter(
    (r) =>
      (!filter.languages?.length || filter.languages.includes(r.language)) &&
      (!filter.types?.length || filter.types.includes(r.type)) &&
      (!filter.statuses?.length || filter.statuses.includes(r.status)),
  );
}

export type StatusCounts = Record<TranslationStatus, number> & { total: number };

/** Per language, how many rows are in each status. */
export function countsByLanguage(rows: readonly TranslationStatusRow[]): Map<string, StatusCounts> {
  const out = new Map<string, StatusCounts>();
  for (const row of rows) {
    let c = out.get(row.language);
    if (!c) {
      c = { total: 0, current: 0, stale: 0, missing: 0, draftOnly: 0, identical: 0 };
      out.set(row.language, c);
    }
    c[row.status]++;
    c.total++;
  }
  return out;
}

/** What CI refuses: a published public-language translation that readers see stale or untranslated. */
export function failingRows(rows: readonly TranslationStatusRow[]): TranslationStatusRow[] {
  return rows.filter(
    (r) =>
      r.published &&
      PUBLIC_TRANSLATION_LANGS.includes(r.language) &&
      (r.status === "stale" || r.status === "identical"),
  );
}

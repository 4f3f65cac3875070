/**
 * What a translation is made of: per document type (translated per document, ADR 0002),
 * the fields a translator translates, and the fingerprint of a source's translatable
 * content that each translation records, so that a change to the Vietnamese original
 * shows as "stale" and a verbatim copy as "identical to source". Shared by the status
 * module, the XLIFF export and import, the site's stale notice and the Studio, so it
 * runs in Node and in the browser alike. Where the record is kept: ADR 0008.
 */
import { sha256 as sha256Bytes } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/**
 * Top-level fields whose text is translated. Inside a field every string is text for the
 * translator except the keys in NOT_TEXT (identifiers, dates, URLs, vocabulary values).
 * `slug` is left out on purpose: each language gets its own, made from its own title.
 */
export const TRANSLATABLE_FIELDS = {
  article: ["title", "excerpt", "body", "mainImage"],
  event: ["title", "venue", "organiser", "summary", "body"],
  page: ["title", "heroTitle", "heroText", "summary", "body", "seoDescription"],
  investmentOpportunity: ["title", "summary", "body", "incentives", "statusHistory", "documents"],
  industrialPark: ["title", "infrastructure", "leasePrice", "tenants", "summary", "body"],
  imageProject: ["title", "summary", "body", "pillars", "milestones", "decision"],
  exhibition: ["title", "intro", "body"],
  exhibit: ["title", "period", "origin", "description", "citation", "image"],
} as const satisfies Record<string, readonly string[]>;

export type TranslatableType = keyof typeof TRANSLATABLE_FIELDS;

export function isTranslatableType(type: unknown): type is TranslatableType {
  return typeof type === "string" && Object.hasOwn(TRANSLATABLE_FIELDS, type);
}

/** Keys inside translatable fields that hold no text for a translator. */
export const NOT_TEXT = new Set([
  "_key",
  "_type",
  "_ref",
  "_weak",
  "_sanityAsset",
  "asset",
  "crop",
  "hotspot",
  "style",
  "listItem",
  "level",
  "marks",
  "href",
  "url",
  "file",
  "date",
  "datePrecision",
  "status",
  "number",
  "currency",
  "amount",
  "unit",
  "accessed",
]);

/**
 * What a translation records about the source it was made from (kept on the translated
 * document as the `translation` field, schema type `translationProvenance`).
 */
export interface TranslationProvenance {
  _type?: "translationProvenance";
  /** The published id of the Vietnamese source document. */
  sourceId: string;
  /** The source's `_rev` when the translation was made or last marked current. */
  sourceRev: string;
  /** `contentHash` of the source's translatable fields at that time. */
  sourceHash: string;
  /** Per field, `fieldHash` at that time: which fields changed since. */
  fieldHashes: { _key: string; _type?: "translationFieldHash"; field: string; hash: string }[];
  /** ISO date-time of the translation (or of the review that marked it current). */
  translatedAt: string;
  /** Who translated: "Project team", an agency's name, a staff member. */
  translatedBy?: string;
  /** Editorial state of this translation. */
  state: TranslationState;
}

export const TRANSLATION_STATES = ["inTranslation", "needsReview", "approved"] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

/** The value without keys that do not change its meaning (`_key`), in a canonical order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value ?? null;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (key === "_key") continue;
    out[key] = canonical((value as Record<string, unknown>)[key]);
  }
  return out;
}

// @noble/hashes, not node:crypto: the Studio computes the same fingerprints in the browser.
const sha256 = (text: string) => bytesToHex(sha256Bytes(utf8ToBytes(text)));

/** Fingerprint of one field's value (absent and empty are the same). */
export function fieldHash(value: unknown): string {
  const empty = value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
  return sha256(JSON.stringify(empty ? null : canonical(value))).slice(0, 32);
}

/** Per translatable field of a document, its fingerprint. */
export function fieldHashes(doc: { _type: string; [field: string]: unknown }): { field: string; hash: string }[] {
  if (!isTranslatableType(doc._type)) return [];
  return TRANSLATABLE_FIELDS[doc._type].map((field) => ({ field, hash: fieldHash(doc[field]) }));
}

/**
 * Translatable fields added to a type after its first translations were fingerprinted
 * (ADR 0013). An empty one leaves `contentHash` as it was before the field existed, so
 * adding a field to the model does not turn every XLIFF file already sent out into
 * "the source's text changed" (the same rule `changedFields` applies to provenance).
 */
const ADDED_LATER: Partial<Record<TranslatableType, readonly string[]>> = { event: ["organiser"] };

/** Fingerprint of all of a document's translatable content. */
export function contentHash(doc: { _type: string; [field: string]: unknown }): string {
  const later = isTranslatableType(doc._type) ? (ADDED_LATER[doc._type] ?? []) : [];
  const empty = fieldHash(undefined);
  return sha256(
    fieldHashes(doc)
      .filter(({ field, hash }) => !(hash === empty && later.includes(field)))
      .map(({ field, hash }) => `${field}:${hash}`)
      .join("\n"),
  ).slice(0, 32);
}

/** The provenance a translation made now from `source` records. */
export function provenanceFrom(
  source: { _id: string; _rev: string; _type: string; [field: string]: unknown },
  options: { translatedAt: string; translatedBy?: string; state?: TranslationState },
): TranslationProvenance {
  return {
    _type: "translationProvenance",
    sourceId: source._id.replace(/^drafts\./, ""),
    sourceRev: source._rev,
    sourceHash: contentHash(source),
    // `_type` because the Studio expects one on every array item (schema `translationProvenance`).
    fieldHashes: fieldHashes(source).map(({ field, hash }) => ({
      _key: field,
      _type: "translationFieldHash" as const,
      field,
      hash,
    })),
    translatedAt: options.translatedAt,
    ...(options.translatedBy ? { translatedBy: options.translatedBy } : {}),
    state: options.state ?? "inTranslation",
  };
}

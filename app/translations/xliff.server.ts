/**
 * XLIFF for translation agencies: the export of the Vietnamese sources' translatable text
 * for one language (XLIFF 1.2, which the common CAT tools read natively, or 2.0), and the
 * import of the translated file back as draft translations recording what they were made
 * from. Pure functions over documents, so the command line (xliff-cli.server.ts) and the
 * seed build (scripts/build-seed.mjs) share one validation and one way of writing a
 * translation. The XML itself is the `xliff` package's (locize); this module decides
 * what goes into it: one unit per text leaf of the fields in TRANSLATABLE_FIELDS, one
 * segment per Portable Text block with its marks and links as placeholders, and the
 * source's id, revision and content hash on each document's group.
 */
import xliff, { type InlineElement, type XliffGroup, type XliffJs, type XliffUnit, type XliffValue } from "xliff";
import { LANGUAGE_IDS, SOURCE_LANG, type Lang } from "../i18n/languages";
import {
  NOT_TEXT,
  TRANSLATABLE_FIELDS,
  contentHash,
  fieldHash,
  isTranslatableType,
  provenanceFrom,
  type TranslatableType,
  type TranslationProvenance,
  type TranslationState,
} from "./fields";

export type XliffVersion = "1.2" | "2.0";

export interface SanityDoc {
  _id: string;
  _type: string;
  _rev: string;
  language?: string;
  [field: string]: unknown;
}

/** The namespace of our own attributes in XLIFF 2.0 (1.2 has `extradata` for them instead). */
export const XLIFF2_NAMESPACE = "urn:haugiang:translation:1";
const FILE_ID = "haugiang-content";

const TYPE_LABELS: Record<TranslatableType, string> = {
  article: "News article",
  event: "Event",
  page: "Page",
  investmentOpportunity: "Investment opportunity",
  industrialPark: "Industrial park",
  imageProject: "Image project",
  exhibition: "Exhibition",
  exhibit: "Exhibit",
};

// ---------------------------------------------------------------------------------------
// Units: what a translator sees of one source document

type Segment = (string | SpanCode | StandaloneCode)[];
interface SpanCode {
  code: "span";
  id: string;
  children: Segment;
}
interface StandaloneCode {
  code: "standalone";
  id: string;
}

/** A placeholder of a block segment and what it stands for in Portable Text. */
interface Placeholder {
  id: string;
  code: "span" | "standalone";
  /** span: the decorator (`strong`, `em`, …) or the key of the link's markDef. */
  mark?: string;
  /** standalone: a line break inside a span, or an inline object kept as it is. */
  lineBreak?: boolean;
  object?: unknown;
  /** What the translator is told about it. */
  meaning: string;
}

interface PtSpan {
  _type: "span";
  _key?: string;
  text: string;
  marks?: string[];
}
interface PtBlock {
  _type: "block";
  _key?: string;
  style?: string;
  children: (PtSpan | { _type: string; _key?: string })[];
  markDefs?: { _key: string; _type: string; href?: string }[];
  [k: string]: unknown;
}

interface TextUnit {
  kind: "text";
  /** Path inside the document: field, then `.key` of keyed items, `.index`, `.subfield`. */
  path: string;
  text: string;
}
interface BlockUnit {
  kind: "block";
  path: string;
  block: PtBlock;
  segment: Segment;
  placeholders: Map<string, Placeholder>;
}
type Unit = TextUnit | BlockUnit;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const isBlock = (v: unknown): v is PtBlock => isObject(v) && v._type === "block" && Array.isArray(v.children);
const isSpan = (v: unknown): v is PtSpan => isObject(v) && v._type === "span" && typeof v.text === "string";
const keyed = (items: unknown[]) => items.length > 0 && items.every((i) => isObject(i) && typeof i._key === "string");
const segmentOf = (items: unknown[], index: number) =>
  keyed(items) ? String((items[index] as { _key: string })._key) : String(index);

/** Every text leaf of a document's translatable fields, in document order. */
function collectUnits(doc: SanityDoc): Unit[] {
  if (!isTranslatableType(doc._type)) return [];
  const units: Unit[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") {
      if (value.trim() !== "") units.push({ kind: "text", path, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const at = `${path}.${segmentOf(value, i)}`;
        if (isBlock(item)) units.push(blockUnit(item, at));
        else walk(item, at);
      });
    } else if (isObject(value)) {
      for (const [key, inner] of Object.entries(value)) if (!NOT_TEXT.has(key)) walk(inner, `${path}.${key}`);
    }
  };
  for (const field of TRANSLATABLE_FIELDS[doc._type]) walk(doc[field], field);
  return units.filter((u) => u.kind === "text" || blockText(u.block).trim() !== "");
}

const blockText = (block: PtBlock) =>
  block.children
    .filter(isSpan)
    .map((s) => s.text)
    .join("");

/** A block as one segment: each mark of a span a spanning code around its text, in the span's mark order. */
function blockUnit(block: PtBlock, path: string): BlockUnit {
  const placeholders = new Map<string, Placeholder>();
  const segment: Segment = [];
  let next = 1;
  const links = new Map((block.markDefs ?? []).map((d) => [d._key, d]));
  for (const child of block.children) {
    if (!isSpan(child)) {
      const id = String(next++);
      placeholders.set(id, { id, code: "standalone", object: child, meaning: `inline ${child._type} (keep it)` });
      segment.push({ code: "standalone", id });
      continue;
    }
    if (child.text === "") continue;
    // Line breaks inside a span become standalone codes, so they survive CAT tools that reflow text.
    let inner: Segment = [];
    child.text.split("\n").forEach((part, i) => {
      if (i > 0) {
        const id = String(next++);
        placeholders.set(id, { id, code: "standalone", lineBreak: true, meaning: "line break" });
        inner.push({ code: "standalone", id });
      }
      if (part) inner.push(part);
    });
    for (const mark of [...(child.marks ?? [])].reverse()) {
      const id = String(next++);
      const link = links.get(mark);
      const meaning = link
        ? `link to ${link.href ?? "(no address)"}`
        : mark === "strong"
          ? "bold"
          : mark === "em"
            ? "italic"
            : mark;
      placeholders.set(id, { id, code: "span", mark, meaning });
      inner = [{ code: "span", id, children: inner }];
    }
    segment.push(...inner);
  }
  return { kind: "block", path, block, segment, placeholders };
}

/** The attributes a placeholder carries in each XLIFF version (1.2 `ctype`, 2.0 `type`/`subType`). */
function codeAttributes(ph: Placeholder, links: Set<string>, version: XliffVersion): Record<string, string> {
  if (version === "1.2") {
    if (ph.code === "standalone") return { ctype: ph.lineBreak ? "lb" : "x-inline-object" };
    if (ph.mark && links.has(ph.mark)) return { ctype: "link" };
    const ctype = { strong: "bold", em: "italic", underline: "underline" }[ph.mark ?? ""];
    return { ctype: ctype ?? `x-${ph.mark}` };
  }
  if (ph.code === "standalone") return ph.lineBreak ? { type: "fmt", subType: "xlf:lb" } : { type: "other" };
  if (ph.mark && links.has(ph.mark)) return { type: "link" };
  const subType = { strong: "xlf:b", em: "xlf:i", underline: "xlf:u" }[ph.mark ?? ""];
  return subType ? { type: "fmt", subType } : { type: "other" };
}

function toXliffValue(unit: BlockUnit, segment: Segment, version: XliffVersion): XliffValue {
  const links = new Set((unit.block.markDefs ?? []).map((d) => d._key));
  const convert = (items: Segment): (string | InlineElement)[] =>
    items.map((item): string | InlineElement => {
      if (typeof item === "string") return item;
      const attrs = codeAttributes(unit.placeholders.get(item.id)!, links, version);
      if (item.code === "standalone") return { Standalone: { id: item.id, ...attrs } };
      return { GenericSpan: { id: item.id, ...attrs, contents: convert(item.children) } };
    });
  const value = convert(segment);
  return value.length === 1 && typeof value[0] === "string" ? value[0] : value;
}

// ---------------------------------------------------------------------------------------
// Translations and their state

interface DatasetIndex {
  byId: Map<string, SanityDoc>;
  metadata: SanityDoc[];
}

function indexDataset(docs: readonly SanityDoc[]): DatasetIndex {
  return {
    byId: new Map(docs.map((d) => [d._id, d])),
    metadata: docs.filter((d) => d._type === "translation.metadata" && !d._id.startsWith("drafts.")),
  };
}

interface MetadataEntry {
  _key: string;
  _type: string;
  language: string;
  value: { _type: "reference"; _ref: string; _weak?: boolean };
}
const entriesOf = (meta: SanityDoc) => (Array.isArray(meta.translations) ? (meta.translations as MetadataEntry[]) : []);

function metadataFor(index: DatasetIndex, sourceId: string): SanityDoc | undefined {
  return index.metadata.find((m) => entriesOf(m).some((e) => e.value?._ref === sourceId));
}

/** The translation of `source` into `lang`: its published id, and the draft if there is one, else the published document. */
function translationOf(index: DatasetIndex, source: SanityDoc, lang: Lang) {
  const meta = metadataFor(index, source._id);
  const ref = meta && entriesOf(meta).find((e) => e.language === lang)?.value?._ref;
  const id = ref ?? derivedId(source._id, lang);
  const doc = index.byId.get(`drafts.${id}`) ?? index.byId.get(id);
  if (doc && doc.language !== lang) return { id, doc: undefined, linked: Boolean(ref), meta };
  return { id, doc, linked: Boolean(ref), meta };
}

/** The id a new translation gets: the source's with its language suffix swapped (as the seed names them). */
function derivedId(sourceId: string, lang: Lang): string {
  const suffix = `-${SOURCE_LANG}`;
  const base = sourceId.endsWith(suffix) ? sourceId.slice(0, -suffix.length) : sourceId;
  return `${base}-${lang}`;
}

const provenanceOf = (doc: SanityDoc | undefined) =>
  isObject(doc?.translation) ? (doc.translation as unknown as TranslationProvenance) : undefined;

/** Stale: made from other source content than the current, or with no record of what it was made from. */
function isStale(source: SanityDoc, translation: SanityDoc): boolean {
  const provenance = provenanceOf(translation);
  return !provenance || provenance.sourceHash !== contentHash(source);
}

/** The published Vietnamese documents that can be translated, in id order. */
function sourcesOf(docs: readonly SanityDoc[], types?: readonly string[]): SanityDoc[] {
  return docs
    .filter(
      (d) =>
        isTranslatableType(d._type) &&
        d.language === SOURCE_LANG &&
        !d._id.startsWith("drafts.") &&
        !d._id.includes(".") &&
        (!types || types.includes(d._type)),
    )
    .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
}

// ---------------------------------------------------------------------------------------
// Export

export interface ExportOptions {
  lang: Lang;
  version?: XliffVersion;
  /** Only documents whose translation exists and is stale (or records no source). */
  stale?: boolean;
  /** Only documents with no translation in `lang`. With `stale`, either. */
  missing?: boolean;
  types?: readonly string[];
  /** Leave these source documents out. */
  exclude?: readonly string[];
}

export interface ExportResult {
  xml: string;
  documents: number;
  units: number;
}

/** Current target text of a unit from an existing translation, matched by key, else by position. */
function targetsFromTranslation(source: SanityDoc, translation: SanityDoc, units: Unit[]): Map<string, Segment> {
  const found = new Map<string, Segment>();
  const byPath = new Map(units.map((u) => [u.path, u]));
  const walk = (src: unknown, tr: unknown, path: string) => {
    if (typeof src === "string") {
      if (typeof tr === "string" && tr.trim() !== "" && byPath.has(path)) found.set(path, [tr]);
    } else if (Array.isArray(src)) {
      if (!Array.isArray(tr)) return;
      src.forEach((item, i) => {
        const at = `${path}.${segmentOf(src, i)}`;
        const key = isObject(item) ? item._key : undefined;
        const match =
          (key !== undefined && tr.find((t) => isObject(t) && t._key === key)) ||
          (tr.length === src.length ? tr[i] : undefined);
        const unit = byPath.get(at);
        if (unit?.kind === "block") {
          if (isBlock(match)) found.set(at, segmentFromBlock(unit, match));
        } else walk(item, match, at);
      });
    } else if (isObject(src) && isObject(tr)) {
      for (const key of Object.keys(src)) if (!NOT_TEXT.has(key)) walk(src[key], tr[key], `${path}.${key}`);
    }
  };
  for (const field of TRANSLATABLE_FIELDS[source._type as TranslatableType])
    walk(source[field], translation[field], field);
  return found;
}

/** A translated block as a segment with the source's placeholder ids: each mark takes the next unused code that means the same. */
function segmentFromBlock(unit: BlockUnit, block: PtBlock): Segment {
  const used = new Set<string>();
  const srcLinks = new Map((unit.block.markDefs ?? []).map((d) => [d._key, d.href]));
  const trLinks = new Map((block.markDefs ?? []).map((d) => [d._key, d.href]));
  const identity = (mark: string, links: Map<string, string | undefined>) =>
    links.has(mark) ? `link:${links.get(mark)}` : mark;
  const pick = (mark: string) => {
    const want = identity(mark, trLinks);
    for (const ph of unit.placeholders.values()) {
      if (ph.code === "span" && !used.has(ph.id) && identity(ph.mark!, srcLinks) === want) {
        used.add(ph.id);
        return ph.id;
      }
    }
    return undefined;
  };
  const segment: Segment = [];
  for (const child of block.children) {
    if (!isSpan(child) || child.text === "") continue;
    let inner: Segment = [child.text];
    for (const mark of [...(child.marks ?? [])].reverse()) {
      const id = pick(mark);
      if (id) inner = [{ code: "span", id, children: inner }];
    }
    segment.push(...inner);
  }
  return segment;
}

const unitId = (docId: string, path: string, version: XliffVersion) =>
  // XLIFF 2.0 unit ids are NMTOKENs, which have no "/".
  `${docId}${version === "1.2" ? "/" : ":"}${path}`;

function describePath(path: string, unit: Unit, doc: SanityDoc): string {
  const field = path.split(".")[0];
  if (unit.kind === "block") {
    const blocks = Array.isArray(doc[field]) ? (doc[field] as unknown[]).filter(isBlock) : [];
    const n = blocks.indexOf(unit.block) + 1;
    const style = unit.block.listItem ? `${String(unit.block.listItem)} list item` : (unit.block.style ?? "normal");
    return `Field: ${field}, block ${n} of ${blocks.length} (${style === "normal" ? "paragraph" : style}).`;
  }
  return path === field ? `Field: ${field}.` : `Field: ${field} (${path.slice(field.length + 1)}).`;
}

/** Writes the XLIFF file for `lang` from a dataset (drafts included, as the raw perspective returns it). */
export async function exportXliff(docs: readonly SanityDoc[], options: ExportOptions): Promise<ExportResult> {
  const version = options.version ?? "1.2";
  const { lang } = options;
  if (lang === SOURCE_LANG)
    throw new Error(`${SOURCE_LANG} is the source language; choose a language to translate into`);
  const index = indexDataset(docs);
  const groups: Record<string, XliffGroup> = {};
  let unitCount = 0;
  for (const source of sourcesOf(docs, options.types)) {
    if (options.exclude?.includes(source._id)) continue;
    const { doc: translation } = translationOf(index, source, lang);
    if (options.stale || options.missing) {
      const wanted = translation ? options.stale && isStale(source, translation) : options.missing;
      if (!wanted) continue;
    }
    const units = collectUnits(source);
    if (units.length === 0) continue;
    const targets = translation ? targetsFromTranslation(source, translation, units) : new Map<string, Segment>();
    const provenance = provenanceOf(translation);
    const changedFields = new Set<string>(
      provenance
        ? TRANSLATABLE_FIELDS[source._type as TranslatableType].filter(
            (f) => provenance.fieldHashes?.find((h) => h.field === f)?.hash !== fieldHash(source[f]),
          )
        : [],
    );
    const title = typeof source.title === "string" ? source.title : source._id;
    const groupUnits: Record<string, XliffUnit> = {};
    for (const unit of units) {
      const notes = [
        `${TYPE_LABELS[source._type as TranslatableType]} "${title}" (${source._id}).`,
        describePath(unit.path, unit, source),
      ];
      let sourceValue: XliffValue;
      let targetValue: XliffValue | undefined;
      const target = targets.get(unit.path);
      if (unit.kind === "block") {
        sourceValue = toXliffValue(unit, unit.segment, version);
        if (target) targetValue = toXliffValue(unit, target, version);
        if (unit.placeholders.size > 0) {
          const tag = version === "1.2" ? ["g", "x"] : ["pc", "ph"];
          const list = [...unit.placeholders.values()].map(
            (p) => `<${p.code === "span" ? tag[0] : tag[1]} id="${p.id}"> ${p.meaning}`,
          );
          notes.push(`Tags: ${list.join("; ")}. Keep every tag; move it with the words it marks.`);
        }
      } else {
        sourceValue = unit.text;
        if (target) targetValue = target.join("");
      }
      const field = unit.path.split(".")[0];
      if (translation && changedFields.has(field)) {
        notes.push(`The source's ${field} changed since the current translation: check the target.`);
      }
      groupUnits[unitId(source._id, unit.path, version)] = {
        source: sourceValue,
        ...(targetValue !== undefined ? { target: targetValue } : {}),
        note: notes,
        ...(version === "2.0" ? { additionalAttributes: { name: `${source._id}/${unit.path}` } } : {}),
      };
      unitCount += 1;
    }
    groups[source._id] = {
      groupUnits,
      additionalAttributes:
        version === "1.2"
          ? {
              resname: source._id,
              restype: `x-${source._type}`,
              extradata: `rev=${source._rev};hash=${contentHash(source)}`,
            }
          : { name: source._id, type: `hg:${source._type}`, "hg:rev": source._rev, "hg:hash": contentHash(source) },
    };
  }
  const js: XliffJs = { sourceLanguage: SOURCE_LANG, targetLanguage: lang, resources: { [FILE_ID]: groups } };
  // No indentation from the library: it would put whitespace into mixed content (text
  // around <g>). Line breaks go only between structural elements, where they mean nothing.
  let xml = version === "1.2" ? await xliff.jsToXliff12(js, { indent: "" }) : await xliff.js2xliff(js, { indent: "" });
  if (version === "2.0") xml = xml.replace(/^<xliff /, `<xliff xmlns:hg="${XLIFF2_NAMESPACE}" `);
  xml = xml
    .replace(/(<\/(?:source|target|note|notes|trans-unit|unit|segment|group|body|file)>)(?=<)/g, "$1\n")
    .replace(/(<(?:xliff|file|body|group|trans-unit|unit|segment|notes)\b[^>]*[^/]>)(?=<)/g, "$1\n");
  return {
    xml: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`,
    documents: Object.keys(groups).length,
    units: unitCount,
  };
}

// ---------------------------------------------------------------------------------------
// Import

export class XliffImportError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The XLIFF file was not imported (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${problems.join("\n  ")}`,
    );
  }
}

export interface ImportOptions {
  translatedBy: string;
  /** ISO date-time recorded as the translation's date. */
  now: string;
  state?: TranslationState;
  /** Refuse a file for another language. */
  lang?: Lang;
  /** Write the published documents instead of drafts (the seed build: its translations are approved). */
  publish?: boolean;
}

/** One change to the dataset, in the shapes of Sanity's mutations API. */
export type ImportMutation =
  | { createOrReplace: SanityDoc }
  | { create: SanityDoc }
  | {
      patch: {
        id: string;
        ifRevisionID: string;
        setIfMissing: { translations: [] };
        insert: { after: "translations[-1]"; items: MetadataEntry[] };
      };
    };

export interface ImportPlan {
  lang: Lang;
  version: XliffVersion;
  mutations: ImportMutation[];
  created: string[];
  updated: string[];
  units: number;
  warnings: string[];
}

interface ParsedGroup {
  docId: string;
  type?: string;
  rev?: string;
  hash?: string;
  units: Map<string, XliffUnit>;
}

/** The library's 2.0 reader drops whitespace-only text between inline codes; keep it in private-use characters. */
const WS_ENCODE: Record<string, string> = { " ": "\uE000", "\n": "\uE001", "\t": "\uE002", "\r": "\uE003" };
const WS_DECODE = Object.fromEntries(Object.entries(WS_ENCODE).map(([k, v]) => [v, k]));
const protectWhitespace = (xml: string) =>
  xml.replace(
    /(<\/pc>|<ph\b[^>]*\/>|<pc\b[^>]*[^/]>)([ \t\r\n]+)(?=<\/?(?:pc|ph)\b)/g,
    (_m, tag: string, ws: string) => {
      return tag + ws.replace(/[ \t\r\n]/g, (c) => WS_ENCODE[c]);
    },
  );
const restoreWhitespace = (text: string) => text.replace(/[\uE000-\uE003]/g, (c) => WS_DECODE[c]);

async function parseFile(xml: string): Promise<{ js: XliffJs; version: XliffVersion }> {
  // The XML reader accepts a file cut short (it never sees the end of the document).
  if (!/<\/xliff>\s*$/.test(xml))
    throw new XliffImportError(["malformed XML: the file ends before </xliff> (cut short?)"]);
  const version = /<xliff\b[^>]*\bversion\s*=\s*["']2\.0["']/.test(xml) ? "2.0" : "1.2";
  let js: XliffJs | Error;
  try {
    js =
      version === "1.2"
        ? await xliff.xliff12ToJs(xml, { captureSpacesBetweenElements: true })
        : await xliff.xliff2js(protectWhitespace(xml));
  } catch (error) {
    throw new XliffImportError([`malformed XML: ${(error as Error).message.replace(/\s+/g, " ").trim()}`]);
  }
  // The library hands back (rather than throws) some errors.
  if (js instanceof Error) throw new XliffImportError([`malformed XML: ${js.message.replace(/\s+/g, " ").trim()}`]);
  if (!js || !isObject(js.resources)) throw new XliffImportError(["not an XLIFF file (no <xliff> root with files)"]);
  return { js, version };
}

function groupsOf(js: XliffJs, version: XliffVersion, problems: string[]): ParsedGroup[] {
  const groups: ParsedGroup[] = [];
  for (const file of Object.values(js.resources)) {
    for (const [id, entry] of Object.entries(file)) {
      if (!("groupUnits" in entry)) {
        problems.push(`unit ${id}: outside a document group`);
        continue;
      }
      const attrs = entry.additionalAttributes ?? {};
      const group: ParsedGroup = { docId: id, units: new Map() };
      if (version === "1.2") {
        const extra = Object.fromEntries(
          (attrs.extradata ?? "").split(";").map((pair) => pair.split("=", 2) as [string, string]),
        );
        Object.assign(group, { type: attrs.restype?.replace(/^x-/, ""), rev: extra.rev, hash: extra.hash });
      } else {
        Object.assign(group, { type: attrs.type?.replace(/^hg:/, ""), rev: attrs["hg:rev"], hash: attrs["hg:hash"] });
      }
      for (const [unitKey, unit] of Object.entries(entry.groupUnits)) {
        const prefix = [`${id}/`, `${id}:`].find((p) => unitKey.startsWith(p));
        if (!prefix || "groupUnits" in unit) problems.push(`unit ${unitKey}: not a unit of document ${id}`);
        else group.units.set(unitKey.slice(prefix.length), unit);
      }
      groups.push(group);
    }
  }
  return groups;
}

type Piece = { text: string; marks: string[] } | { object: unknown };

/** A target segment back into pieces of text with marks; every placeholder once, as exported. */
function readBlockTarget(
  unit: BlockUnit,
  value: XliffValue,
  version: XliffVersion,
  where: string,
  problems: string[],
): Piece[] | undefined {
  const links = new Set((unit.block.markDefs ?? []).map((d) => d._key));
  const seen = new Set<string>();
  const pieces: Piece[] = [];
  let ok = true;
  const fail = (message: string) => {
    problems.push(`unit ${where}: ${message}`);
    ok = false;
  };
  const walk = (v: XliffValue | undefined, marks: string[]) => {
    if (v === undefined) return;
    if (typeof v === "string") {
      if (v) pieces.push({ text: restoreWhitespace(v), marks });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item) => walk(item, marks));
      return;
    }
    const [element, attrs] = Object.entries(v)[0] ?? [];
    const id = attrs?.id;
    const ph = typeof id === "string" ? unit.placeholders.get(id) : undefined;
    if (!ph) return fail(`placeholder ${element ?? "?"} id="${String(id)}" is not in the source`);
    if (seen.has(ph.id)) return fail(`placeholder id="${ph.id}" appears twice`);
    seen.add(ph.id);
    const spanElements: string[] = version === "1.2" ? ["GenericSpan"] : ["GenericSpan", "Span"];
    const kindOk = ph.code === "span" ? spanElements.includes(element) : element === "Standalone";
    const expected = codeAttributes(ph, links, version);
    const attrsOk = Object.entries(expected).every(([k, val]) => attrs[k] === val);
    if (!kindOk || !attrsOk) return fail(`placeholder id="${ph.id}" (${ph.meaning}) was altered`);
    if (ph.code === "span") walk(attrs.contents, [...marks, ph.mark!]);
    else if (ph.lineBreak) pieces.push({ text: "\n", marks });
    else pieces.push({ object: ph.object });
  };
  walk(value, []);
  const missing = [...unit.placeholders.values()].filter((p) => !seen.has(p.id));
  if (missing.length > 0)
    fail(
      `placeholder${missing.length > 1 ? "s" : ""} missing: ${missing.map((p) => `id="${p.id}" (${p.meaning})`).join(", ")}`,
    );
  return ok ? pieces : undefined;
}

/** Pieces into the source block's children: adjacent text with the same marks is one span. */
function rebuildBlock(unit: BlockUnit, pieces: Piece[]): PtBlock {
  const children: PtBlock["children"] = [];
  for (const piece of pieces) {
    if ("object" in piece) {
      children.push(piece.object as PtBlock["children"][number]);
      continue;
    }
    const last = children[children.length - 1];
    const marks = [...new Set(piece.marks)];
    if (isSpan(last) && (last.marks ?? []).join(" ") === marks.join(" ")) last.text += piece.text;
    else children.push({ _type: "span", text: piece.text, marks });
  }
  // Spans keep the source's span keys in order; extra spans get keys of their own.
  const spanKeys = unit.block.children.filter(isSpan).map((c) => c._key);
  const taken = new Set(children.map((c) => (isSpan(c) ? undefined : c._key)).filter(Boolean));
  let n = 0;
  children.forEach((child, i) => {
    if (!isSpan(child)) return;
    const key = spanKeys[n++];
    child._key = key && !taken.has(key) ? key : `${unit.block._key ?? "b"}s${i}`;
  });
  // Only links still used keep their definitions.
  const usedMarks = new Set(children.flatMap((c) => (isSpan(c) ? (c.marks ?? []) : [])));
  return { ...unit.block, children, markDefs: (unit.block.markDefs ?? []).filter((d) => usedMarks.has(d._key)) };
}

/** The source's value of a translatable field with every text leaf replaced by its translation. */
function translateValue(value: unknown, path: string, texts: Map<string, string | PtBlock>): unknown {
  if (typeof value === "string") return texts.get(path) ?? value;
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      const at = `${path}.${segmentOf(value, i)}`;
      if (isBlock(item)) return texts.get(at) ?? structuredClone(item);
      return translateValue(item, at, texts);
    });
  }
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] = NOT_TEXT.has(key) ? structuredClone(inner) : translateValue(inner, `${path}.${key}`, texts);
    }
    return out;
  }
  return value;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A slug from a translated title: ASCII-folded (Vietnamese đ and tone marks included),
 * lower-case words joined by hyphens. A CJK title has no readable ASCII form, so such a
 * translation keeps the source's slug with its language as a suffix.
 */
export function slugForTitle(title: string, lang: Lang, sourceSlug: string | undefined): string {
  const folded = title
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 96)
    .replace(/-+$/, "");
  if (!CJK.test(title) && folded) return folded;
  return `${sourceSlug ?? "translation"}-${lang.toLowerCase()}`;
}

const SYSTEM_FIELDS = new Set([
  "_id",
  "_rev",
  "_createdAt",
  "_updatedAt",
  "_system",
  "language",
  "slug",
  "translation",
]);

/**
 * Checks an XLIFF file against the dataset and plans the import: every problem is
 * collected (naming the unit), and any problem means no plan — nothing is written.
 */
export async function planImport(xml: string, docs: readonly SanityDoc[], options: ImportOptions): Promise<ImportPlan> {
  const { js, version } = await parseFile(xml);
  const problems: string[] = [];
  const warnings: string[] = [];
  const target = js.targetLanguage;
  const lang = LANGUAGE_IDS.find((l) => l === target);
  if (js.sourceLanguage !== SOURCE_LANG) problems.push(`source language is "${js.sourceLanguage}", not ${SOURCE_LANG}`);
  if (!lang || lang === SOURCE_LANG) {
    problems.push(
      `target language "${target ?? ""}" is not one of ${LANGUAGE_IDS.filter((l) => l !== SOURCE_LANG).join(", ")}`,
    );
  } else if (options.lang && options.lang !== lang) {
    problems.push(`target language is ${lang}, not ${options.lang} as asked`);
  }
  const groups = groupsOf(js, version, problems);
  if (groups.length === 0 && problems.length === 0) problems.push("the file has no document groups");
  if (problems.length > 0 || !lang) throw new XliffImportError(problems);

  const index = indexDataset(docs);
  const mutations: ImportMutation[] = [];
  const created: string[] = [];
  const updated: string[] = [];
  const metaAppends = new Map<string, { meta: SanityDoc; items: MetadataEntry[] }>();
  const slugsTaken = new Set(
    docs
      .filter((d) => d.language === lang && isObject(d.slug))
      .map((d) => `${d._type} ${d._id.replace(/^drafts\./, "")} ${String((d.slug as { current?: string }).current)}`),
  );
  let unitCount = 0;

  for (const group of groups) {
    const source = index.byId.get(group.docId);
    const label = `document ${group.docId}`;
    if (!source || source.language !== SOURCE_LANG || !isTranslatableType(source._type)) {
      problems.push(`${label}: unknown document (no published ${SOURCE_LANG} source with that id)`);
      continue;
    }
    if (group.type && group.type !== source._type) {
      problems.push(`${label}: exported as a ${group.type}, but it is a ${source._type}`);
      continue;
    }
    // The text is what matters: a new revision with the same translatable content (a
    // changed status or figure) still fits the file; changed text does not.
    if (!group.hash || group.hash !== contentHash(source)) {
      problems.push(
        `${label}: the source's text changed since the export (content hash ${group.hash ?? "missing"}, now ${contentHash(source)}); export again`,
      );
      continue;
    }
    if (group.rev !== source._rev) {
      warnings.push(
        `${label}: source revision ${group.rev ?? "?"} is now ${source._rev}, its translatable text unchanged`,
      );
    }
    const units = collectUnits(source);
    const texts = new Map<string, string | PtBlock>();
    const known = new Set(units.map((u) => u.path));
    for (const path of group.units.keys()) {
      if (!known.has(path)) problems.push(`unit ${group.docId}/${path}: no such text in the source`);
    }
    for (const unit of units) {
      const where = `${group.docId}/${unit.path}`;
      const entry = group.units.get(unit.path);
      if (!entry) {
        problems.push(`unit ${where}: missing from the file`);
        continue;
      }
      unitCount += 1;
      const value = entry.target;
      const plain = (v: XliffValue | undefined): string | undefined =>
        typeof v === "string" ? v : Array.isArray(v) && v.every((x) => typeof x === "string") ? v.join("") : undefined;
      const flat = plain(value);
      if (value === undefined || (flat !== undefined && restoreWhitespace(flat).trim() === "")) {
        problems.push(`unit ${where}: empty target`);
        continue;
      }
      if (unit.kind === "text") {
        if (flat === undefined) problems.push(`unit ${where}: the source has no tags, the target has`);
        else texts.set(unit.path, restoreWhitespace(flat));
        continue;
      }
      const pieces = readBlockTarget(unit, value, version, where, problems);
      if (!pieces) continue;
      if (pieces.every((p) => "text" in p && p.text.trim() === "")) {
        problems.push(`unit ${where}: empty target`);
        continue;
      }
      texts.set(unit.path, rebuildBlock(unit, pieces));
    }

    const existing = translationOf(index, source, lang);
    const publishedId = existing.id;
    const base: SanityDoc = existing.doc
      ? structuredClone(existing.doc)
      : (Object.fromEntries(
          Object.entries(structuredClone(source)).filter(([k]) => !SYSTEM_FIELDS.has(k)),
        ) as unknown as SanityDoc);
    const doc: SanityDoc = {
      ...base,
      _id: options.publish ? publishedId : `drafts.${publishedId}`,
      _type: source._type,
    } as SanityDoc;
    delete (doc as Partial<SanityDoc>)._rev;
    delete doc._createdAt;
    delete doc._updatedAt;
    doc.language = lang;
    for (const field of TRANSLATABLE_FIELDS[source._type]) {
      if (source[field] === undefined) delete doc[field];
      else doc[field] = translateValue(source[field], field, texts);
    }
    if (!isObject(doc.slug) || typeof doc.slug.current !== "string") {
      const sourceSlug = isObject(source.slug) ? String(source.slug.current) : undefined;
      const title = typeof doc.title === "string" ? doc.title : "";
      let slug = slugForTitle(title, lang, sourceSlug);
      const taken = (s: string) =>
        [...slugsTaken].some((k) => {
          const [type, id, current] = k.split(" ");
          return type === source._type && id !== publishedId && current === s;
        });
      for (let n = 2; taken(slug); n++) slug = `${slugForTitle(title, lang, sourceSlug)}-${n}`;
      slugsTaken.add(`${source._type} ${publishedId} ${slug}`);
      doc.slug = { _type: "slug", current: slug };
    }
    doc.translation = provenanceFrom(source, {
      translatedAt: options.now,
      translatedBy: options.translatedBy,
      state: options.state ?? "needsReview",
    });
    mutations.push({ createOrReplace: doc });
    (existing.doc ? updated : created).push(publishedId);

    if (!existing.linked) {
      const item: MetadataEntry = {
        _key: lang,
        _type: "internationalizedArrayReferenceValue",
        language: lang,
        value: { _type: "reference", _ref: publishedId, _weak: true },
      };
      if (existing.meta) {
        const append = metaAppends.get(existing.meta._id) ?? { meta: existing.meta, items: [] };
        append.items.push(item);
        metaAppends.set(existing.meta._id, append);
      } else {
        const suffix = `-${SOURCE_LANG}`;
        const base = source._id.endsWith(suffix) ? source._id.slice(0, -suffix.length) : source._id;
        mutations.push({
          create: {
            _id: `tm-${base}`,
            _type: "translation.metadata",
            schemaTypes: [source._type],
            translations: [
              {
                ...item,
                _key: SOURCE_LANG,
                language: SOURCE_LANG,
                value: { _type: "reference", _ref: source._id, _weak: true },
              },
              item,
            ],
          } as unknown as SanityDoc,
        });
      }
    }
  }
  if (problems.length > 0) throw new XliffImportError(problems);
  for (const { meta, items } of metaAppends.values()) {
    mutations.push({
      patch: {
        id: meta._id,
        ifRevisionID: meta._rev,
        setIfMissing: { translations: [] },
        insert: { after: "translations[-1]", items },
      },
    });
  }
  return { lang, version, mutations, created, updated, units: unitCount, warnings };
}

/**
 * Applies a plan to documents in memory (the seed build): documents replaced or added,
 * metadata entries appended. Returns the new list.
 */
export function applyPlan(docs: readonly SanityDoc[], plan: ImportPlan): SanityDoc[] {
  const byId = new Map(docs.map((d) => [d._id, d]));
  for (const m of plan.mutations) {
    if ("createOrReplace" in m) byId.set(m.createOrReplace._id, m.createOrReplace);
    else if ("create" in m) {
      if (byId.has(m.create._id)) throw new Error(`${m.create._id} exists`);
      byId.set(m.create._id, m.create);
    } else {
      const meta = byId.get(m.patch.id);
      if (!meta) throw new Error(`${m.patch.id} is missing`);
      byId.set(m.patch.id, { ...meta, translations: [...entriesOf(meta), ...m.patch.insert.items] });
    }
  }
  return [...byId.values()];
}

/**
 * The dataset export format of `sanity dataset export`, both ways, so the store's data can
 * move to and from the hosted Content Lake (`sanity dataset import`) and between stores:
 *
 *   <dataset>-export-<time>/data.ndjson   every document, drafts included, one a line;
 *                                         asset references written as `_sanityAsset`
 *                                         pointers (`image@file://./images/<file>`)
 *   <dataset>-export-<time>/assets.json   the asset documents' own fields by `image-<sha1>`
 *   <dataset>-export-<time>/images/…      image bytes as `<sha1>-<w>x<h>.<ext>`
 *   <dataset>-export-<time>/files/…       file bytes as `<sha1>.<ext>`
 *
 * Reading accepts what `sanity dataset import` accepts: such a tarball (gzipped or not), a
 * folder holding one .ndjson, or a bare .ndjson (its pointers resolve beside it). Asset
 * documents are rebuilt from the bytes (ids, sizes and dimensions are facts of the bytes,
 * as on Sanity) and the fields assets.json kept are put back. Input that is not a dataset
 * is refused whole, every problem named with its line, before anything is written.
 */
import { randomUUID } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { create as createTar, extract as extractTar } from "tar";
import { lines } from "~/content/dataset.server";
import {
  assetFileName,
  assetIdOfFileName,
  parseAssetId,
  prepareAsset,
  type AssetKind,
  type AssetLocation,
  type PreparedAsset,
} from "./assets.server";
import type { DocumentInput, Mutation } from "./types";

/** A document as read from or written to data.ndjson: untyped JSON with an id and a type. */
export interface DatasetDocument {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

/** assets.json: an asset document's fields (but its identity and URL) by `image-<sha1>`/`file-<sha1>`. */
export type AssetMeta = Record<string, Record<string, unknown>>;

const ASSET_TYPES = new Set(["sanity.imageAsset", "sanity.fileAsset"]);

/** What the export leaves out of assets.json, as `sanity dataset export` does: derived from the bytes or the host. */
const EXPORT_EXCLUDED_ASSET_FIELDS = new Set([
  "_id",
  "_type",
  "assetId",
  "extension",
  "mimeType",
  "path",
  "uploadId",
  "url",
]);

/** What an import never takes from assets.json: facts of the bytes and the store's own bookkeeping. */
const IMPORT_EXCLUDED_ASSET_FIELDS = new Set([...EXPORT_EXCLUDED_ASSET_FIELDS, "_rev", "sha1hash", "size", "assetId"]);

// ---------------------------------------------------------------------------------------
// Export

export interface ExportedAsset {
  id: string;
  kind: AssetKind;
  /** `images/<sha1>-<w>x<h>.<ext>` or `files/<sha1>.<ext>`. */
  entry: string;
  sha1: string;
}

export interface ExportedDataset {
  /** data.ndjson's documents, in the order given, asset documents left out. */
  documents: DatasetDocument[];
  /** assets.json. */
  assetMeta: AssetMeta;
  /** The asset files to write: every asset document's, referenced or not (as Sanity exports them). */
  assets: ExportedAsset[];
}

function isAssetReferenceHolder(value: Record<string, unknown>): value is Record<string, unknown> & {
  asset: { _ref: string };
} {
  const asset = value.asset as { _ref?: unknown } | undefined | null;
  return typeof asset === "object" && asset !== null && typeof asset._ref === "string" && !!parseAssetId(asset._ref);
}

/** A copy of `value` with every `{asset: {_ref: <asset id>}}` written as a `_sanityAsset` pointer, in place of `asset`. */
function rewriteAssetReferences(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteAssetReferences);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>; // untyped JSON, rebuilt key by key
  const holder = isAssetReferenceHolder(record) ? record.asset._ref : undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (key === "asset" && holder) {
      const parsed = parseAssetId(holder)!;
      out._sanityAsset = `${parsed.kind}@file://./${parsed.kind}s/${assetFileName(holder)}`;
    } else out[key] = rewriteAssetReferences(record[key]);
  }
  return out;
}

/** Documents (all of them, drafts included) in the export format: what data.ndjson, assets.json and the folders hold. */
export function toExportFormat(documents: readonly DatasetDocument[]): ExportedDataset {
  const out: DatasetDocument[] = [];
  const assetMeta: AssetMeta = {};
  const assets: ExportedAsset[] = [];
  for (const doc of documents) {
    if (ASSET_TYPES.has(doc._type)) {
      const parsed = parseAssetId(doc._id);
      if (!parsed) continue;
      assets.push({
        id: doc._id,
        kind: parsed.kind,
        entry: `${parsed.kind}s/${assetFileName(doc._id)}`,
        sha1: parsed.sha1,
      });
      const meta: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(doc)) if (!EXPORT_EXCLUDED_ASSET_FIELDS.has(key)) meta[key] = value;
      assetMeta[`${parsed.kind}-${parsed.sha1}`] = meta;
      continue;
    }
    out.push(rewriteAssetReferences(doc) as DatasetDocument);
  }
  return { documents: out, assetMeta, assets };
}

export interface WriteExportOptions {
  /** The tarball's top folder, as Sanity names it: `<dataset>-export-<time>`. */
  prefix: string;
  /** The bytes of a stored file by SHA-1; undefined when missing (the export then fails). */
  readFile: (sha1: string) => Buffer | undefined;
}

/** The prefix `sanity dataset export` gives its tarball's folder. */
export function exportPrefix(dataset: string, now = new Date()): string {
  return `${dataset}-export-${now
    .toISOString()
    .replace(/[^a-z0-9]/gi, "-")
    .toLowerCase()}`;
}

/** Writes the export as a folder (data.ndjson, assets.json, images/, files/). */
export async function writeExportFolder(
  dir: string,
  exported: ExportedDataset,
  options: Pick<WriteExportOptions, "readFile">,
) {
  await mkdir(path.join(dir, "images"), { recursive: true });
  await mkdir(path.join(dir, "files"), { recursive: true });
  const handle = await open(path.join(dir, "data.ndjson"), "w");
  try {
    // One write per document: a 100k-document dataset is never one string.
    for (const doc of exported.documents) await handle.write(`${JSON.stringify(doc)}\n`);
  } finally {
    await handle.close();
  }
  await writeFile(path.join(dir, "assets.json"), JSON.stringify(exported.assetMeta));
  const missing: string[] = [];
  for (const asset of exported.assets) {
    const bytes = options.readFile(asset.sha1);
    if (!bytes) missing.push(asset.id);
    else await writeFile(path.join(dir, asset.entry), bytes);
  }
  if (missing.length > 0) {
    throw new Error(`The store has no bytes for ${missing.length} asset(s): ${missing.slice(0, 5).join(", ")}`);
  }
}

/** Writes the export as a gzipped tarball with Sanity's layout (one top folder named `prefix`). */
export async function writeExportTarball(file: string, exported: ExportedDataset, options: WriteExportOptions) {
  const work = await mkdtemp(path.join(tmpdir(), "store-export-"));
  try {
    await writeExportFolder(work, exported, options);
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await createTar({ gzip: true, file, cwd: work, prefix: options.prefix, portable: true }, [
      "data.ndjson",
      "assets.json",
      "images",
      "files",
    ]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------
// Import: reading

/** A dataset that cannot be imported; the message names every problem found. */
export class DatasetFormatError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length > 0 ? `${message}:\n  ${problems.join("\n  ")}` : message);
    this.name = "DatasetFormatError";
  }
}

export interface ImportSource {
  /** The data file, for messages. */
  ndjsonPath: string;
  /** The folder `file://./` pointers resolve against. */
  baseDir: string;
  documents: DatasetDocument[];
  assetMeta: AssetMeta;
  /** Problems that do not stop an import (skipped asset documents). */
  warnings: string[];
  /** Removes what reading unpacked (a tarball's temporary folder). */
  cleanup: () => Promise<void>;
}

const MAX_PROBLEMS = 20;
/** Sanity's document ids: letters, digits, `.`, `_`, `-`; at most 128 characters; not starting with a dash. */
const DOCUMENT_ID = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** Parses data.ndjson strictly: every problem with its line number, none written. */
export function parseNdjson(data: Buffer | string, file: string): { documents: DatasetDocument[]; warnings: string[] } {
  const documents: DatasetDocument[] = [];
  const warnings: string[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  let i = -1;
  for (const raw of lines(data)) {
    i++;
    if (problems.length >= MAX_PROBLEMS) break;
    const line = raw.trim();
    if (line === "") continue;
    const at = `line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`${at}: not valid JSON`);
      continue;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      problems.push(`${at}: not a JSON object`);
      continue;
    }
    const doc = value as Record<string, unknown>; // checked field by field below
    if (typeof doc._type !== "string" || doc._type === "") {
      problems.push(`${at}: a document needs a string _type`);
      continue;
    }
    // As `sanity dataset import` does: a document without an id gets a random one.
    if (doc._id === undefined) doc._id = randomUUID();
    if (typeof doc._id !== "string" || !DOCUMENT_ID.test(doc._id)) {
      problems.push(`${at}: invalid _id ${JSON.stringify(doc._id)} (letters, digits, . _ -; at most 128)`);
      continue;
    }
    if (doc._id.startsWith("_.")) {
      problems.push(`${at}: ${doc._id} is a system document and cannot be imported`);
      continue;
    }
    const earlier = seen.get(doc._id);
    if (earlier !== undefined) {
      problems.push(`${at}: duplicate _id ${doc._id} (first on line ${earlier})`);
      continue;
    }
    seen.set(doc._id, i + 1);
    if (ASSET_TYPES.has(doc._type)) {
      // Asset documents come from the files (images/, files/), never from the data file.
      warnings.push(`${at}: skipped the asset document ${doc._id}; assets are rebuilt from images/ and files/`);
      continue;
    }
    documents.push(doc as DatasetDocument);
  }
  if (problems.length > 0) throw new DatasetFormatError(`${file} is not a dataset Sanity could import`, problems);
  return { documents, warnings };
}

async function isTarball(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, 512, 0);
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return true;
    return bytesRead >= 262 && head.toString("latin1", 257, 262) === "ustar";
  } finally {
    await handle.close();
  }
}

/** The .ndjson files at most two folders below `dir` (a tarball's top folder, as Sanity looks). */
async function findNdjson(dir: string, depth = 2): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name.endsWith(".ndjson")) found.push(full);
    else if (entry.isDirectory() && depth > 1) found.push(...(await findNdjson(full, depth - 1)));
  }
  return found;
}

async function readAssetMeta(dir: string): Promise<AssetMeta> {
  const file = path.join(dir, "assets.json");
  if (!existsSync(file)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch {
    throw new DatasetFormatError(`${file} is not valid JSON`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new DatasetFormatError(`${file} must be an object of asset fields by asset key`);
  }
  return parsed as AssetMeta;
}

/** Reads a tarball, a folder with one .ndjson, or a bare .ndjson. */
export async function readImportSource(input: string): Promise<ImportSource> {
  const resolved = path.resolve(input);
  if (!existsSync(resolved)) throw new DatasetFormatError(`${input} does not exist`);
  let cleanup = async () => {};
  let folder: string;
  let ndjsonPath: string;
  if (statSync(resolved).isDirectory()) {
    folder = resolved;
    const files = (await readdir(folder)).filter((f) => f.endsWith(".ndjson"));
    if (files.length === 0) throw new DatasetFormatError(`No .ndjson file in ${input}`);
    if (files.length > 1) throw new DatasetFormatError(`More than one .ndjson file in ${input}; only one is supported`);
    ndjsonPath = path.join(folder, files[0]);
  } else if (await isTarball(resolved)) {
    const work = await mkdtemp(path.join(tmpdir(), "store-import-"));
    cleanup = () => rm(work, { recursive: true, force: true });
    try {
      // tar refuses absolute paths and `..` in entries: nothing lands outside `work`.
      await extractTar({ file: resolved, cwd: work, strict: true });
    } catch (error) {
      await cleanup();
      throw new DatasetFormatError(`${input} is not a readable tarball (${(error as Error).message})`);
    }
    const found = await findNdjson(work);
    if (found.length === 0) {
      await cleanup();
      throw new DatasetFormatError(`No .ndjson file in the tarball ${input}`);
    }
    ndjsonPath = found[0];
    folder = path.dirname(ndjsonPath);
  } else {
    ndjsonPath = resolved;
    folder = path.dirname(resolved);
  }
  try {
    const raw = await readFile(ndjsonPath);
    if (raw.includes(0)) throw new DatasetFormatError(`${input} is neither a tarball nor an .ndjson file`);
    const { documents, warnings } = parseNdjson(raw, path.basename(ndjsonPath));
    const assetMeta = await readAssetMeta(folder);
    return { ndjsonPath, baseDir: folder, documents, assetMeta, warnings, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------
// Import: turning the source into mutations

export type ImportMode = "create" | "replace" | "missing";

export interface PreparedImport {
  /** Asset documents first (what the documents point at), then the documents, in file order. */
  mutations: Mutation[];
  /** The bytes to store with them. */
  files: PreparedAsset[];
  documentCount: number;
  assetCount: number;
}

const POINTER = /^(image|file)@(.+)$/;

function hasPointer(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasPointer);
  if (value === null || typeof value !== "object") return false;
  const record = value as Record<string, unknown>; // untyped JSON, read by key
  if ("_sanityAsset" in record) return true;
  for (const key in record) {
    const child = record[key];
    if (child !== null && typeof child === "object" && hasPointer(child)) return true;
  }
  return false;
}

/** Every object below `value` that holds a `_sanityAsset` pointer, outermost first. */
function collectPointers(value: unknown, docId: string, into: { record: Record<string, unknown>; docId: string }[]) {
  if (Array.isArray(value)) {
    for (const item of value) collectPointers(item, docId, into);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>; // untyped JSON, rewritten by key later
  if ("_sanityAsset" in record) into.push({ record, docId });
  for (const key in record) {
    const child = record[key];
    if (child !== null && typeof child === "object") collectPointers(child, docId, into);
  }
}

/**
 * Rebuilds the asset documents from the files the pointers name (and from the files no
 * document names, as Sanity's import does), replaces each pointer with its asset
 * reference (in a copy; documents without pointers are passed on as they are, so the
 * caller must not change `source` afterwards), and says how each document is written:
 * `create` (fails when one exists, Sanity's default), `replace` (createOrReplace) or
 * `missing` (createIfNotExists). Asset documents are always createIfNotExists: the same
 * bytes are the same asset.
 */
export async function prepareImport(
  source: Pick<ImportSource, "documents" | "assetMeta" | "baseDir">,
  mode: ImportMode,
  where: AssetLocation,
): Promise<PreparedImport> {
  const byEntry = new Map<string, PreparedAsset>();
  const problems: string[] = [];
  const baseDir = path.resolve(source.baseDir);

  const assetFor = async (kind: AssetKind, entry: string, docId: string): Promise<PreparedAsset | undefined> => {
    const file = path.resolve(baseDir, entry);
    if (!file.startsWith(baseDir + path.sep)) {
      problems.push(`${docId}: the asset ${entry} lies outside the dataset folder`);
      return undefined;
    }
    const key = `${kind}#${file}`;
    const known = byEntry.get(key);
    if (known) return known;
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      problems.push(`${docId}: the asset file ${entry} is missing`);
      return undefined;
    }
    try {
      const prepared = await prepareAsset(kind, bytes, { filename: path.basename(file) }, where);
      byEntry.set(key, prepared);
      return prepared;
    } catch (error) {
      problems.push(`${docId}: ${entry}: ${(error as Error).message}`);
      return undefined;
    }
  };

  // Only documents with pointers are copied and rewritten: at 100k documents a copy of
  // each, or an asynchronous walk through each, would cost more than the import itself.
  const holders: { record: Record<string, unknown>; docId: string }[] = [];
  const documents: DatasetDocument[] = [];
  for (const original of source.documents) {
    if (!hasPointer(original)) {
      documents.push(original);
      continue;
    }
    const doc = structuredClone(original);
    collectPointers(doc, doc._id, holders);
    documents.push(doc);
  }

  for (const { record, docId } of holders) {
    if (problems.length >= MAX_PROBLEMS) break;
    const pointer = record._sanityAsset;
    const m = typeof pointer === "string" ? POINTER.exec(pointer) : null;
    if (!m) {
      problems.push(`${docId}: unsupported asset pointer ${JSON.stringify(pointer)}`);
      continue;
    }
    if (!m[2].startsWith("file://./")) {
      problems.push(
        `${docId}: the asset ${m[2]} is not in the dataset (only file://./ pointers; nothing is downloaded)`,
      );
      continue;
    }
    const asset = await assetFor(m[1] as AssetKind, m[2].slice("file://./".length), docId);
    if (!asset) continue;
    // In place of the pointer, so the document keeps its key order.
    const entries = Object.entries(record);
    for (const key of Object.keys(record)) delete record[key];
    for (const [key, v] of entries) {
      if (key === "_sanityAsset") record.asset = { _type: "reference", _ref: asset.document._id };
      else record[key] = v;
    }
  }

  // Files no document points at are assets of the dataset too.
  for (const kind of ["image", "file"] as const) {
    const dir = path.join(baseDir, `${kind}s`);
    if (!existsSync(dir)) continue;
    for (const name of (await readdir(dir)).sort()) {
      if (!byEntry.has(`${kind}#${path.join(dir, name)}`)) await assetFor(kind, `${kind}s/${name}`, `${kind}s/`);
    }
  }
  if (problems.length > 0) throw new DatasetFormatError("The dataset's assets cannot be imported", problems);

  const assets = new Map<string, PreparedAsset>();
  for (const prepared of byEntry.values()) assets.set(prepared.document._id, prepared);
  const mutations: Mutation[] = [];
  for (const prepared of assets.values()) {
    const parsed = parseAssetId(prepared.document._id)!;
    const meta = source.assetMeta[`${parsed.kind}-${parsed.sha1}`] ?? {};
    const restored: DocumentInput & { _id: string } = { ...prepared.document };
    for (const [key, value] of Object.entries(meta)) if (!IMPORT_EXCLUDED_ASSET_FIELDS.has(key)) restored[key] = value;
    // The exported name may be the stored one; assets.json's originalFilename wins above.
    if (meta.originalFilename === undefined && assetIdOfFileName(parsed.kind, String(restored.originalFilename))) {
      delete restored.originalFilename;
    }
    prepared.document = restored;
    mutations.push({ createIfNotExists: restored });
  }
  for (const doc of documents) {
    if (mode === "replace") mutations.push({ createOrReplace: doc });
    else if (mode === "missing") mutations.push({ createIfNotExists: doc });
    else mutations.push({ create: doc });
  }
  return { mutations, files: [...assets.values()], documentCount: documents.length, assetCount: assets.size };
}

/**
 * Reads a dataset in the format `sanity dataset export` writes (one JSON document a
 * line, assets beside it under images/ and files/) and turns it into what the Content
 * Lake would hold after `sanity dataset import`: `_sanityAsset` pointers become asset
 * references, and the asset documents they point at are synthesised in memory, so
 * `asset->metadata.dimensions` answers the same on the embedded source and on Sanity.
 */
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";

export interface SanityDocument {
  _id: string;
  _type: string;
  [key: string]: unknown;
}

export interface DatasetLocation {
  /** The NDJSON file itself. */
  ndjsonPath: string;
  /** The folder that `file://./` in `_sanityAsset` resolves against. */
  baseDir: string;
  imagesDir: string;
}

export interface AssetUrlSettings {
  projectId: string;
  dataset: string;
  /** Origin of asset URLs: "https://cdn.sanity.io" as on Sanity, "" for this site. */
  baseUrl: string;
}

export interface LoadedDataset {
  location: DatasetLocation;
  documents: SanityDocument[];
  /** File names (`<sha1>-<w>x<h>.<ext>`) of the images the documents point at. */
  imageFiles: Set<string>;
  warnings: string[];
}

export const DEFAULT_DATASET_PATH = "studio/seed/production.ndjson";

/** Accepts a folder holding data.ndjson or a path to an .ndjson file (as `sanity dataset import` does). */
export function locateDataset(input: string = DEFAULT_DATASET_PATH): DatasetLocation {
  const resolved = path.resolve(input);
  const ndjsonPath =
    existsSync(resolved) && statSync(resolved).isDirectory() ? path.join(resolved, "data.ndjson") : resolved;
  const baseDir = path.dirname(ndjsonPath);
  return { ndjsonPath, baseDir, imagesDir: path.join(baseDir, "images") };
}

// What the export names image files: the asset's SHA-1, its pixel size, its extension.
export const IMAGE_FILE_NAME = /^([a-f0-9]{40})-(\d+)x(\d+)\.(png|jpg|jpeg|webp|gif|svg|tiff|avif)$/;
const FILE_FILE_NAME = /^([a-f0-9]{40})\.([a-z0-9]+)$/;
const ASSET_POINTER = /^(image|file)@file:\/\/\.\/(images|files)\/([^/]+)$/;

const MIME_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  svg: "image/svg+xml",
  tiff: "image/tiff",
  avif: "image/avif",
  pdf: "application/pdf",
};

export function imageAssetId(fileName: string): string | undefined {
  const m = IMAGE_FILE_NAME.exec(fileName);
  return m ? `image-${m[1]}-${m[2]}x${m[3]}-${m[4]}` : undefined;
}

function imageAssetDocument(fileName: string, urls: AssetUrlSettings): SanityDocument {
  const m = IMAGE_FILE_NAME.exec(fileName)!;
  const [, sha1, w, h, ext] = m;
  const width = Number(w);
  const height = Number(h);
  const assetPath = `images/${urls.projectId}/${urls.dataset}/${fileName}`;
  return {
    _id: `image-${sha1}-${width}x${height}-${ext}`,
    _type: "sanity.imageAsset",
    assetId: sha1,
    sha1hash: sha1,
    extension: ext,
    mimeType: MIME_TYPES[ext] ?? "application/octet-stream",
    path: assetPath,
    url: `${urls.baseUrl}/${assetPath}`,
    metadata: {
      _type: "sanity.imageMetadata",
      dimensions: { _type: "sanity.imageDimensions", width, height, aspectRatio: width / height },
    },
  };
}

function fileAssetDocument(fileName: string, urls: AssetUrlSettings): SanityDocument {
  const [, sha1, ext] = FILE_FILE_NAME.exec(fileName)!;
  const assetPath = `files/${urls.projectId}/${urls.dataset}/${fileName}`;
  return {
    _id: `file-${sha1}-${ext}`,
    _type: "sanity.fileAsset",
    assetId: sha1,
    sha1hash: sha1,
    extension: ext,
    mimeType: MIME_TYPES[ext] ?? "application/octet-stream",
    path: assetPath,
    url: `${urls.baseUrl}/${assetPath}`,
  };
}

/**
 * Replaces every `_sanityAsset` pointer below `value` with an `asset` reference, in place,
 * and records the asset documents it needs.
 */
function convertAssetPointers(
  value: unknown,
  assets: Map<string, SanityDocument>,
  imageFiles: Set<string>,
  urls: AssetUrlSettings,
  warnings: string[],
  docId: string,
): void {
  if (Array.isArray(value)) {
    for (const item of value) convertAssetPointers(item, assets, imageFiles, urls, warnings, docId);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>; // untyped JSON: read and rewritten by key
  const pointer = record._sanityAsset;
  if (typeof pointer === "string") {
    const m = ASSET_POINTER.exec(pointer);
    const fileName = m?.[3] ?? "";
    let asset: SanityDocument | undefined;
    if (m?.[1] === "image" && IMAGE_FILE_NAME.test(fileName)) {
      asset = imageAssetDocument(fileName, urls);
      imageFiles.add(fileName);
    } else if (m?.[1] === "file" && FILE_FILE_NAME.test(fileName)) {
      asset = fileAssetDocument(fileName, urls);
    }
    if (asset) {
      assets.set(asset._id, asset);
      // Same shape and key order as an imported document: the pointer becomes `asset`.
      const entries = Object.entries(record);
      for (const key of Object.keys(record)) delete record[key];
      for (const [key, v] of entries) {
        if (key === "_sanityAsset") record.asset = { _type: "reference", _ref: asset._id };
        else record[key] = v;
      }
    } else {
      warnings.push(`${docId}: unsupported asset pointer ${pointer}`);
    }
  }
  for (const key in record) {
    const child = record[key];
    if (child !== null && typeof child === "object") {
      convertAssetPointers(child, assets, imageFiles, urls, warnings, docId);
    }
  }
}

/** Lines of an NDJSON buffer, decoded one at a time: no second copy of a 100 MB file as one string. */
export function* lines(data: Buffer | string): Generator<string> {
  if (typeof data === "string") {
    yield* data.split("\n");
    return;
  }
  let start = 0;
  while (start < data.length) {
    let end = data.indexOf(10, start);
    if (end === -1) end = data.length;
    yield data.toString("utf8", start, end);
    start = end + 1;
  }
}

/** Parses NDJSON into import-equivalent documents (asset documents appended at the end). */
export function parseDataset(data: Buffer | string, urls: AssetUrlSettings, location: DatasetLocation): LoadedDataset {
  const documents: SanityDocument[] = [];
  const assets = new Map<string, SanityDocument>();
  const imageFiles = new Set<string>();
  const warnings: string[] = [];
  let lineNumber = 0;
  for (const line of lines(data)) {
    lineNumber++;
    if (line.trim() === "") continue;
    let doc: SanityDocument;
    try {
      doc = JSON.parse(line);
    } catch {
      throw new Error(`${location.ndjsonPath}:${lineNumber}: not valid JSON`);
    }
    if (typeof doc?._id !== "string" || typeof doc._type !== "string") {
      throw new Error(`${location.ndjsonPath}:${lineNumber}: a document needs string _id and _type`);
    }
    // Export files ship no asset documents; an imported dataset gets them from the files.
    if (doc._type === "sanity.imageAsset" || doc._type === "sanity.fileAsset") continue;
    // Scanning the raw line first keeps the walk off the (many) documents with no assets.
    if (line.includes('"_sanityAsset"')) {
      convertAssetPointers(doc, assets, imageFiles, urls, warnings, doc._id);
    }
    documents.push(doc);
  }
  for (const asset of assets.values()) documents.push(asset);
  return { location, documents, imageFiles, warnings };
}

export async function readDataset(input: string | undefined, urls: AssetUrlSettings): Promise<LoadedDataset> {
  const location = locateDataset(input);
  return parseDataset(await readFile(location.ndjsonPath), urls, location);
}

/**
 * Image and file assets of the self-hosted store, as Sanity's asset API shapes them:
 *
 * - `POST /v{version}/assets/images/{dataset}` and `/assets/files/{dataset}` take the raw
 *   bytes as the body (`?filename=`, `?meta=`, `label`, `title`, `description`,
 *   `creditLine`, `sourceId`/`sourceName`/`sourceUrl`) and answer `{ document }`, the
 *   asset document, as Sanity does;
 * - ids follow Sanity's scheme, derived from the bytes alone (`image-<sha1>-<w>x<h>-<ext>`,
 *   `file-<sha1>-<ext>`), so uploading the same bytes twice answers the same document,
 *   and the Studio's asset utilities (which parse those ids) read them;
 * - the bytes live in the store's SQLite `files` table by SHA-1, and are served back at
 *   `/images/<projectId>/<dataset>/<sha1>-<w>x<h>.<ext>` (cut and resized by
 *   app/content/image-files.server.ts, as Sanity's image CDN would) and
 *   `/files/<projectId>/<dataset>/<sha1>.<ext>`.
 *
 * Asset URLs are path-absolute (`/images/…`): the site, the Studio it serves and any
 * reverse proxy in front of both share one origin, and a stored URL must not go stale
 * when the public host changes.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Http2ServerRequest } from "node:http2";
import type Database from "better-sqlite3";
import sharp from "sharp";
import { z } from "zod";
import { renderImageVariantOf, type ImageVariant } from "../content/image-files.server";
import type { ImageFileRequest } from "../content/source.server";
import type { StoreRoute } from "./http.server";
import type { ContentStore } from "./store.server";
import { StoreError, type DocumentInput, type Identity, type StoredDocument } from "./types";

export type AssetKind = "image" | "file";

/** What an upload may weigh: a photo straight from a camera fits, a video does not. */
export const ASSET_LIMITS = {
  imageBytes: 25 * 1024 * 1024,
  fileBytes: 100 * 1024 * 1024,
  /** Decoding a bigger image costs more memory than a small server has to spare. */
  imagePixels: 80_000_000,
} as const;

/**
 * The image formats the image route can cut and convert. Others (GIF, SVG, TIFF, HEIC)
 * are refused as images with a 415: SVG in particular can carry script, and this origin
 * also serves the Studio. They may still be uploaded as files.
 */
const IMAGE_FORMATS: Record<string, { ext: string; mimeType: string }> = {
  png: { ext: "png", mimeType: "image/png" },
  jpeg: { ext: "jpg", mimeType: "image/jpeg" },
  webp: { ext: "webp", mimeType: "image/webp" },
};

/** Extensions and types a browser may show inline from this origin; anything else downloads. */
const INLINE_FILE_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
  txt: "text/plain; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  mp3: "audio/mpeg",
  mp4: "video/mp4",
  webm: "video/webm",
};

const MIME_OF_EXTENSION: Record<string, string> = {
  ...INLINE_FILE_TYPES,
  txt: "text/plain",
  csv: "text/csv",
  json: "application/json",
  zip: "application/zip",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  svg: "image/svg+xml",
  gif: "image/gif",
  tiff: "image/tiff",
};

/** The export format's (and the image route's) file name of an image: `<sha1>-<w>x<h>.<ext>`. */
export const IMAGE_ASSET_FILE = /^([a-f0-9]{40})-(\d{1,6})x(\d{1,6})\.([a-z0-9]{1,10})$/;
/** A file asset's file name: `<sha1>.<ext>`. */
export const FILE_ASSET_FILE = /^([a-f0-9]{40})\.([a-z0-9]{1,10})$/;
const IMAGE_ASSET_ID = /^image-([a-f0-9]{40})-(\d{1,6})x(\d{1,6})-([a-z0-9]{1,10})$/;
const FILE_ASSET_ID = /^file-([a-f0-9]{40})-([a-z0-9]{1,10})$/;

export interface ParsedAssetId {
  kind: AssetKind;
  sha1: string;
  ext: string;
  width?: number;
  height?: number;
}

/** The parts of a Sanity asset id, or undefined for any other id. */
export function parseAssetId(id: string): ParsedAssetId | undefined {
  const image = IMAGE_ASSET_ID.exec(id);
  if (image) return { kind: "image", sha1: image[1], width: Number(image[2]), height: Number(image[3]), ext: image[4] };
  const file = FILE_ASSET_ID.exec(id);
  if (file) return { kind: "file", sha1: file[1], ext: file[2] };
  return undefined;
}

/** The asset id a served (or exported) file name stands for, or undefined. */
export function assetIdOfFileName(kind: AssetKind, fileName: string): string | undefined {
  if (kind === "image") {
    const m = IMAGE_ASSET_FILE.exec(fileName);
    return m ? `image-${m[1]}-${Number(m[2])}x${Number(m[3])}-${m[4]}` : undefined;
  }
  const m = FILE_ASSET_FILE.exec(fileName);
  return m ? `file-${m[1]}-${m[2]}` : undefined;
}

/** `<sha1>-<w>x<h>.<ext>` or `<sha1>.<ext>`: the name under images/ or files/ (export) and in URLs. */
export function assetFileName(id: string): string | undefined {
  const parsed = parseAssetId(id);
  if (!parsed) return undefined;
  return parsed.kind === "image"
    ? `${parsed.sha1}-${parsed.width}x${parsed.height}.${parsed.ext}`
    : `${parsed.sha1}.${parsed.ext}`;
}

export function assetPath(id: string, projectId: string, dataset: string): string | undefined {
  const parsed = parseAssetId(id);
  const name = assetFileName(id);
  return parsed && name ? `${parsed.kind}s/${projectId}/${dataset}/${name}` : undefined;
}

export function sha1Of(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

/** What Sanity's upload endpoints read from the query string; everything optional. */
const uploadQuery = z.object({
  filename: z.string().max(1024).optional(),
  label: z.string().max(1024).optional(),
  title: z.string().max(1024).optional(),
  description: z.string().max(10_000).optional(),
  creditLine: z.string().max(1024).optional(),
  sourceId: z.string().max(1024).optional(),
  sourceName: z.string().max(1024).optional(),
  sourceUrl: z.string().max(2048).optional(),
  /** Metadata to extract (`lqip`, `palette`, `exif`, `none`, …): repeated or comma-separated. */
  meta: z.array(z.string().max(32)).max(16),
});

export interface AssetUploadOptions {
  filename?: string;
  /** The request's Content-Type: a file asset's `mimeType` when the file name says nothing. */
  contentType?: string;
  label?: string;
  title?: string;
  description?: string;
  creditLine?: string;
  source?: { id: string; name: string; url?: string };
  meta?: string[];
}

/** The upload options of a request's query string; a StoreError 400 when malformed. */
export function parseUploadQuery(params: URLSearchParams, contentType?: string): AssetUploadOptions {
  const raw: Record<string, unknown> = {};
  for (const key of [
    "filename",
    "label",
    "title",
    "description",
    "creditLine",
    "sourceId",
    "sourceName",
    "sourceUrl",
  ]) {
    const value = params.get(key);
    if (value !== null && value !== "") raw[key] = value;
  }
  raw.meta = params
    .getAll("meta")
    .flatMap((m) => m.split(","))
    .map((m) => m.trim())
    .filter(Boolean);
  const parsed = uploadQuery.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError(400, "validationError", `Invalid upload parameter ${issue.path.join(".")}: ${issue.message}`);
  }
  const q = parsed.data;
  return {
    filename: q.filename,
    contentType,
    label: q.label,
    title: q.title,
    description: q.description,
    creditLine: q.creditLine,
    source: q.sourceId && q.sourceName ? { id: q.sourceId, name: q.sourceName, url: q.sourceUrl } : undefined,
    meta: q.meta,
  };
}

export interface PreparedAsset {
  /** The asset document to create (createIfNotExists: the same bytes answer the same document). */
  document: DocumentInput & { _id: string };
  sha1: string;
  mimeType: string;
  bytes: Buffer;
}

export interface AssetLocation {
  projectId: string;
  dataset: string;
}

/** A file name as a download may carry it: the last path segment, no control characters. */
function cleanFilename(name: string | undefined): string | undefined {
  if (!name) return undefined;
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return base === "" ? undefined : base.slice(0, 255);
}

function extensionOf(filename: string | undefined): string | undefined {
  const m = filename ? /\.([A-Za-z0-9]{1,10})$/.exec(filename) : null;
  return m ? m[1].toLowerCase() : undefined;
}

const DEFAULT_IMAGE_META = ["lqip"];

/**
 * Reads an upload into the asset document Sanity would create for it: dimensions (always),
 * `hasAlpha`/`isOpaque`, and the low-quality placeholder (`lqip`) unless `meta` asks for
 * less. Throws StoreError 413 (too large), 415 (not an image we serve) or 400 (unreadable).
 */
export async function prepareAsset(
  kind: AssetKind,
  bytes: Buffer,
  options: AssetUploadOptions,
  where: AssetLocation,
): Promise<PreparedAsset> {
  const limit = kind === "image" ? ASSET_LIMITS.imageBytes : ASSET_LIMITS.fileBytes;
  if (bytes.length > limit) throw tooLarge(kind, limit);
  if (bytes.length === 0)
    throw new StoreError(400, "validationError", "The upload is empty: send the file as the body");
  const sha1 = sha1Of(bytes);
  const originalFilename = cleanFilename(options.filename);
  const common: Record<string, unknown> = {
    assetId: sha1,
    sha1hash: sha1,
    size: bytes.length,
    ...(originalFilename ? { originalFilename } : {}),
    ...(options.label ? { label: options.label } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.description ? { description: options.description } : {}),
    ...(options.creditLine ? { creditLine: options.creditLine } : {}),
    ...(options.source ? { source: { ...options.source } } : {}),
  };

  if (kind === "file") {
    const declared = options.contentType?.split(";")[0].trim().toLowerCase();
    const ext = extensionOf(originalFilename) ?? extensionFromMime(declared) ?? "bin";
    const mimeType =
      declared && declared !== "application/octet-stream"
        ? declared
        : (MIME_OF_EXTENSION[ext] ?? "application/octet-stream");
    const _id = `file-${sha1}-${ext}`;
    const path = assetPath(_id, where.projectId, where.dataset)!;
    return {
      sha1,
      bytes,
      mimeType,
      document: { _id, _type: "sanity.fileAsset", ...common, extension: ext, mimeType, path, url: `/${path}` },
    };
  }

  let info: sharp.Metadata;
  try {
    info = await sharp(bytes, { limitInputPixels: ASSET_LIMITS.imagePixels }).metadata();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/pixel limit/i.test(message)) {
      throw new StoreError(
        413,
        "payloadTooLarge",
        `The image has more than ${ASSET_LIMITS.imagePixels / 1e6} megapixels; scale it down first`,
      );
    }
    throw new StoreError(400, "validationError", "The upload is not a readable image");
  }
  const format = info.format ? IMAGE_FORMATS[info.format] : undefined;
  if (!format) {
    throw new StoreError(
      415,
      "unsupportedMediaType",
      `Images must be PNG, JPEG or WebP (this one is ${info.format ?? "unknown"}); upload other formats as files`,
    );
  }
  // EXIF orientations 5–8 turn the picture a quarter: what readers see is the rotated size.
  const rotated = (info.orientation ?? 1) >= 5;
  const width = (rotated ? info.height : info.width) ?? 0;
  const height = (rotated ? info.width : info.height) ?? 0;
  if (width < 1 || height < 1) throw new StoreError(400, "validationError", "The image has no size");
  if (width * height > ASSET_LIMITS.imagePixels) {
    throw new StoreError(
      413,
      "payloadTooLarge",
      `The image has more than ${ASSET_LIMITS.imagePixels / 1e6} megapixels; scale it down first`,
    );
  }
  const meta = options.meta && options.meta.length > 0 ? options.meta : DEFAULT_IMAGE_META;
  const metadata: Record<string, unknown> = {
    _type: "sanity.imageMetadata",
    dimensions: { _type: "sanity.imageDimensions", width, height, aspectRatio: width / height },
    hasAlpha: info.hasAlpha ?? false,
    isOpaque: !(info.hasAlpha ?? false),
  };
  if (meta.includes("lqip")) metadata.lqip = await lqip(bytes);
  const _id = `image-${sha1}-${width}x${height}-${format.ext}`;
  const path = assetPath(_id, where.projectId, where.dataset)!;
  return {
    sha1,
    bytes,
    mimeType: format.mimeType,
    document: {
      _id,
      _type: "sanity.imageAsset",
      ...common,
      extension: format.ext,
      mimeType: format.mimeType,
      path,
      url: `/${path}`,
      metadata,
    },
  };
}

function extensionFromMime(mime: string | undefined): string | undefined {
  if (!mime) return undefined;
  for (const [ext, type] of Object.entries(MIME_OF_EXTENSION)) if (type === mime) return ext;
  return undefined;
}

/** A 20-pixel-wide blurred JPEG as a data URL: what the Studio and sites show while loading. */
async function lqip(bytes: Buffer): Promise<string> {
  const small = await sharp(bytes).rotate().resize({ width: 20 }).jpeg({ quality: 40 }).toBuffer();
  return `data:image/jpeg;base64,${small.toString("base64")}`;
}

function tooLarge(kind: AssetKind, limit: number): StoreError {
  return new StoreError(
    413,
    "payloadTooLarge",
    `The ${kind} is larger than the limit of ${Math.round(limit / 1024 / 1024)} MB`,
  );
}

/**
 * The body of an upload request, refused with 413 as soon as it passes the limit (by its
 * Content-Length when declared, else while reading), so an oversized upload is never held
 * in memory whole.
 */
export async function readUploadBody(req: IncomingMessage | Http2ServerRequest, kind: AssetKind): Promise<Buffer> {
  const limit = kind === "image" ? ASSET_LIMITS.imageBytes : ASSET_LIMITS.fileBytes;
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(kind, limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(kind, limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Who may upload: editors and administrators (anonymous 401, viewers 403). */
export function assertMayUpload(identity: Identity): void {
  if (!identity) throw new StoreError(401, "unauthorized", "Log in to upload assets");
  if (identity.role === "viewer") throw new StoreError(403, "forbidden", "Viewers may not upload assets");
}

// ---------------------------------------------------------------------------------------
// Bytes in SQLite

export interface StoredFile {
  sha1: string;
  mimeType: string;
  size: number;
  data: Buffer;
}

/** The store's asset bytes, content-addressed by SHA-1 (the `files` table of db.server.ts). */
export class AssetFiles {
  private readonly insert;
  private readonly select;
  private readonly exists;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(
      "INSERT OR IGNORE INTO files (sha1, mime_type, size, data, created_at) VALUES (?, ?, ?, ?, ?)",
    );
    this.select = db.prepare<[string], { sha1: string; mime_type: string; size: number; data: Buffer }>(
      "SELECT sha1, mime_type, size, data FROM files WHERE sha1 = ?",
    );
    this.exists = db.prepare<[string], { one: number }>("SELECT 1 AS one FROM files WHERE sha1 = ?");
  }

  /** Stores the bytes once (the same bytes are one row, whoever uploads them). */
  put(sha1: string, mimeType: string, data: Buffer): void {
    this.insert.run(sha1, mimeType, data.length, data, new Date().toISOString());
  }

  has(sha1: string): boolean {
    return this.exists.get(sha1) !== undefined;
  }

  get(sha1: string): StoredFile | undefined {
    const row = this.select.get(sha1);
    return row ? { sha1: row.sha1, mimeType: row.mime_type, size: row.size, data: row.data } : undefined;
  }

  /** Every stored file's SHA-1 (export). */
  list(): string[] {
    return this.db
      .prepare<[], { sha1: string }>("SELECT sha1 FROM files ORDER BY sha1")
      .all()
      .map((r) => r.sha1);
  }

  /** Runs `fn` in one SQLite transaction (a seed or an import writes its files all or nothing). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}

// ---------------------------------------------------------------------------------------
// Serving files

export interface FileResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * The response for a file asset: its bytes with its type when a browser may show that
 * type inline from this origin, else as a download; `?dl` (Sanity's download parameter)
 * always downloads, named by `dl`'s value or the original file name.
 */
export function fileResponse(
  file: StoredFile,
  /** The asset document (its `extension`, `mimeType` and `originalFilename` are read). */
  asset: Readonly<Record<string, unknown>>,
  params: URLSearchParams,
): FileResponse {
  const ext = typeof asset.extension === "string" ? asset.extension : "bin";
  const inlineType = INLINE_FILE_TYPES[ext];
  const declared = typeof asset.mimeType === "string" ? asset.mimeType : undefined;
  const download = params.has("dl") || !inlineType || (declared !== undefined && !inlineType.startsWith(declared));
  const name =
    (params.get("dl") || undefined) ??
    (typeof asset.originalFilename === "string" ? asset.originalFilename : `${file.sha1}.${ext}`);
  const headers: Record<string, string> = {
    "Content-Type": download ? "application/octet-stream" : inlineType,
    "Content-Length": String(file.data.length),
    "Content-Disposition": `${download ? "attachment" : "inline"}; filename*=UTF-8''${encodeURIComponent(cleanFilename(name) ?? "file")}`,
    // Content-addressed: a URL never changes what it serves.
    "Cache-Control": "public, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
  };
  // Nothing in an uploaded file may run with this origin's rights. Not for PDFs shown
  // inline: browsers' PDF viewers refuse sandboxed documents, and run a PDF's scripts
  // (if at all) in their own sandbox, never with the origin's rights.
  if (download || ext !== "pdf") {
    headers["Content-Security-Policy"] =
      "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'";
  }
  return { status: 200, headers, body: file.data };
}

// ---------------------------------------------------------------------------------------
// The store's asset service: uploads, and the bytes behind `/images/…` and `/files/…`

export interface AssetServiceOptions extends AssetLocation {
  store: ContentStore;
}

const UPLOAD_PATH = /^\/assets\/(images|files)\/([^/]+)$/;
const SERVE_PATH = /^\/(images|files)\/([^/]+)\/([^/]+)\/([^/]+)$/;

export class AssetService {
  readonly files: AssetFiles;
  readonly projectId: string;
  readonly dataset: string;
  private readonly store: ContentStore;

  constructor(options: AssetServiceOptions) {
    this.store = options.store;
    this.projectId = options.projectId;
    this.dataset = options.dataset;
    this.files = new AssetFiles(options.store.database);
  }

  /**
   * Stores an upload and answers its asset document. The same bytes are the same asset:
   * a second upload answers the existing document unchanged, as on Sanity.
   */
  async upload(
    kind: AssetKind,
    bytes: Buffer,
    options: AssetUploadOptions,
    identity: Identity,
  ): Promise<StoredDocument> {
    assertMayUpload(identity);
    const prepared = await prepareAsset(kind, bytes, options, this);
    const existing = this.store.getDocument(prepared.document._id);
    if (existing && this.files.has(prepared.sha1)) return existing;
    // Bytes first: a document never points at bytes the store lacks.
    this.files.put(prepared.sha1, prepared.mimeType, prepared.bytes);
    if (existing) return existing;
    this.store.commit([{ createIfNotExists: prepared.document }], { identity });
    return this.store.getDocument(prepared.document._id)!;
  }

  /** The asset document a served file name stands for, when it exists in this project and dataset. */
  private assetFor(kind: AssetKind, projectId: string, dataset: string, fileName: string): StoredDocument | undefined {
    if (projectId !== this.projectId || dataset !== this.dataset) return undefined;
    const id = assetIdOfFileName(kind, fileName);
    const doc = id ? this.store.getDocument(id) : null;
    return doc && doc._type === (kind === "image" ? "sanity.imageAsset" : "sanity.fileAsset") ? doc : undefined;
  }

  /** An image cut and resized as its URL asks; undefined when no such asset exists (deleted ones included). */
  image(request: ImageFileRequest): Promise<ImageVariant | undefined> {
    const asset = this.assetFor("image", request.projectId, request.dataset, request.file);
    if (!asset) return Promise.resolve(undefined);
    const sha1 = parseAssetId(asset._id)!.sha1;
    return renderImageVariantOf(async () => this.files.get(sha1)?.data, request);
  }

  /** A file asset's bytes as a response; undefined when no such asset exists. */
  file(projectId: string, dataset: string, fileName: string, params: URLSearchParams): FileResponse | undefined {
    const asset = this.assetFor("file", projectId, dataset, fileName);
    const stored = asset && this.files.get(parseAssetId(asset._id)!.sha1);
    return stored ? fileResponse(stored, asset, params) : undefined;
  }

  /**
   * The store API's asset endpoints: `POST /assets/{images,files}/{dataset}`, and the
   * served files under the store's prefix too (`<apiHost>/images/…` is where the Studio's
   * image URL builder points when its apiHost carries a path).
   */
  route(): StoreRoute {
    return async (ctx) => {
      const upload = UPLOAD_PATH.exec(ctx.path);
      if (upload) {
        if (ctx.method !== "POST") throw new StoreError(405, "methodNotAllowed", "Upload assets with POST");
        if (upload[2] !== this.dataset) throw new StoreError(404, "notFound", `Dataset "${upload[2]}" not found`);
        const kind: AssetKind = upload[1] === "images" ? "image" : "file";
        // Who first: an anonymous upload is refused before its body is read.
        const identity = await ctx.identity();
        assertMayUpload(identity);
        const bytes = await readUploadBody(ctx.req, kind);
        const contentType = ctx.req.headers["content-type"];
        const options = parseUploadQuery(
          ctx.url.searchParams,
          typeof contentType === "string" ? contentType : undefined,
        );
        const document = await this.upload(kind, bytes, options, identity);
        ctx.send(200, { document });
        return true;
      }
      const served = SERVE_PATH.exec(ctx.path);
      if (served && (ctx.method === "GET" || ctx.method === "HEAD")) {
        const [, folder, projectId, dataset, fileName] = served;
        let answer: FileResponse | undefined;
        if (folder === "images") {
          const variant = await this.image({
            projectId,
            dataset,
            file: fileName,
            searchParams: ctx.url.searchParams,
            accept: typeof ctx.req.headers.accept === "string" ? ctx.req.headers.accept : null,
          });
          if (variant) {
            answer = {
              status: 200,
              body: variant.body,
              headers: {
                "Content-Type": variant.contentType,
                "Content-Length": String(variant.body.length),
                "Cache-Control": "public, max-age=31536000, immutable",
                "X-Content-Type-Options": "nosniff",
                ...(variant.negotiated ? { Vary: "Accept" } : {}),
              },
            };
          }
        } else answer = this.file(projectId, dataset, fileName, ctx.url.searchParams);
        if (!answer) throw new StoreError(404, "notFound", "No such asset");
        ctx.res.statusCode = answer.status;
        for (const [name, value] of Object.entries({ ...ctx.corsHeaders, ...answer.headers }))
          ctx.res.setHeader(name, value);
        if (ctx.method === "HEAD") ctx.res.end();
        else ctx.res.end(answer.body);
        return true;
      }
      return false;
    };
  }
}

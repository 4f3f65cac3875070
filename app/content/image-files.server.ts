/**
 * Serves the embedded dataset's image files the way Sanity's image CDN would: cut to
 * `rect` (the editor's crop and hotspot, as @sanity/image-url writes them), filled to
 * `w`×`h` with `fit=crop` (around the focal point `fp-x`/`fp-y` when given), resized
 * to the width asked (rounded up to a fixed list so the variants stay few, never above
 * the original), in WebP/AVIF/PNG/JPEG. File names are content-addressed (the SHA-1 of
 * the file), so a variant never changes and may be cached for a year.
 *
 * Transforms are expensive (an AVIF at 2400 px takes seconds of CPU), so they must not
 * starve pages: widths and qualities snap to short fixed lists (any `w` or `q` lands on
 * a variant already made), variants are kept in memory and on disk (image-cache.server.ts),
 * concurrent requests for one variant share one transform, and at most
 * `TRANSFORM_CONCURRENCY` transforms run at once, each on one libuv thread, so the thread
 * pool keeps room for the file and zlib work of pages.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { env } from "~/utils/env.server";
import { Semaphore } from "~/utils/semaphore";
import { DiskImageCache } from "./image-cache.server";

// One thread per transform (sharp's default is one per core) and no cache of sharp's own
// (its operation cache holds decoded originals; the variants are what is kept, below).
sharp.concurrency(1);
sharp.cache(false);

const TRANSFORM_CONCURRENCY = 2;
const transforms = new Semaphore(TRANSFORM_CONCURRENCY);

/** Only names the export format produces: nothing else under images/ is reachable. */
const SERVABLE_FILE = /^([a-f0-9]{40})-(\d+)x(\d+)\.(png|jpg|jpeg|webp)$/;

export const ALLOWED_WIDTHS = [320, 480, 640, 800, 960, 1200, 1600, 2000, 2400] as const;

/** `q` snaps to the nearest of these (75 when absent). */
export const ALLOWED_QUALITIES = [50, 75, 90] as const;

/** AVIF encoder effort (0–9, sharp's default 4): 2 is several times faster for a few per cent in size. */
const AVIF_EFFORT = 2;

type OutputFormat = "webp" | "avif" | "png" | "jpg";

export interface ImageVariantRequest {
  file: string;
  searchParams: URLSearchParams;
  accept: string | null;
}

export interface ImageVariant {
  body: Buffer;
  contentType: string;
  /** Strong validator: the same for every request that snaps to this variant, across restarts. */
  etag: string;
  /** The format followed the Accept header, so caches must key on it. */
  negotiated: boolean;
}

const CONTENT_TYPES: Record<OutputFormat, string> = {
  webp: "image/webp",
  avif: "image/avif",
  png: "image/png",
  jpg: "image/jpeg",
};

const FORMAT_OF_EXTENSION: Record<string, OutputFormat> = { png: "png", jpg: "jpg", jpeg: "jpg", webp: "webp" };

export function parseImageFileName(file: string) {
  const m = SERVABLE_FILE.exec(file);
  if (!m) return undefined;
  return { sha1: m[1], width: Number(m[2]), height: Number(m[3]), ext: FORMAT_OF_EXTENSION[m[4]] };
}

/** The smallest allowed width at or above the request, capped at the original width. */
export function variantWidth(requested: number | undefined, original: number): number {
  if (!requested || !Number.isFinite(requested) || requested <= 0) return Math.min(original, ALLOWED_WIDTHS.at(-1)!);
  const step = ALLOWED_WIDTHS.find((w) => w >= requested) ?? ALLOWED_WIDTHS.at(-1)!;
  return Math.min(step, original);
}

/** The allowed quality nearest to the request (ties go up). */
export function variantQuality(requested: number | undefined): number {
  if (requested === undefined) return 75;
  return ALLOWED_QUALITIES.reduce((best, q) => (Math.abs(q - requested) <= Math.abs(best - requested) ? q : best));
}

function chooseFormat(
  params: URLSearchParams,
  accept: string | null,
  original: OutputFormat,
): { format: OutputFormat; negotiated: boolean } {
  const fm = params.get("fm");
  if (fm === "webp" || fm === "avif" || fm === "png" || fm === "jpg") return { format: fm, negotiated: false };
  if (fm === "jpeg") return { format: "jpg", negotiated: false };
  if (params.get("auto") === "format") {
    // WebP, not AVIF, for negotiated requests: AVIF encoding costs several times more CPU
    // on a small server for a modest saving; ask for it explicitly with fm=avif.
    return { format: accept?.includes("image/webp") ? "webp" : original, negotiated: true };
  }
  return { format: original, negotiated: false };
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,5}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** `rect=left,top,width,height` in source pixels, as the URL builder writes crops. */
function parseRect(value: string | null, width: number, height: number) {
  if (!value) return undefined;
  const parts = value.split(",").map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0)) return undefined;
  const [left, top, w, h] = parts;
  if (w === 0 || h === 0 || left + w > width || top + h > height) return undefined;
  return { left, top, width: w, height: h };
}

/** `fp-x`/`fp-y`: a fraction of the original's width or height, 0 to 1. */
function fraction(value: string | null): number | undefined {
  if (value === null || !/^(0(\.\d{1,6})?|1(\.0{1,6})?|\.\d{1,6})$/.test(value)) return undefined;
  return Number(value);
}

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The largest window of `aspect` (width / height) inside `region`, centred on the focal
 * point (source pixels) as far as the region allows: what `fit=crop` keeps.
 */
export function cropWindow(region: Rect, aspect: number, focus: { x: number; y: number }): Rect {
  let width = region.width;
  let height = Math.round(width / aspect);
  if (height > region.height) {
    height = region.height;
    width = Math.min(region.width, Math.round(height * aspect));
  }
  const clamp = (v: number, min: number, max: number) => Math.min(Math.max(v, min), max);
  return {
    left: clamp(Math.round(focus.x - width / 2), region.left, region.left + region.width - width),
    top: clamp(Math.round(focus.y - height / 2), region.top, region.top + region.height - height),
    width,
    height,
  };
}

class VariantCache {
  private map = new Map<string, ImageVariant>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}
  get(key: string) {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }
  set(key: string, value: ImageVariant) {
    if (value.body.length > this.maxBytes / 4) return;
    this.map.set(key, value);
    this.bytes += value.body.length;
    for (const [oldest, v] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(oldest);
      this.bytes -= v.body.length;
    }
  }
}

const cache = new VariantCache(48 * 1024 * 1024);

/** 512 MB of variants on disk, beside the content store's database (.data/image-cache/ by default). */
const DISK_CACHE_BYTES = 512 * 1024 * 1024;
let disk: DiskImageCache | undefined;
/** Undefined under Vitest (NODE_ENV=test): unit tests make files of made-up names and must start cold each run. */
function diskCache(): DiskImageCache | undefined {
  if (env().NODE_ENV === "test") return undefined;
  const dir = path.join(path.dirname(path.resolve(env().STORE_DB)), "image-cache");
  if (disk?.dir !== dir) disk = new DiskImageCache(dir, DISK_CACHE_BYTES);
  return disk;
}

/** Transforms under way, by key: a burst of requests for one variant makes it once. */
const inFlight = new Map<string, Promise<Buffer | undefined>>();

/** The resized file, or undefined when the name is not servable or the file is absent. */
export function renderImageVariant(imagesDir: string, request: ImageVariantRequest): Promise<ImageVariant | undefined> {
  return renderImageVariantOf(async () => {
    try {
      return await readFile(path.join(imagesDir, request.file));
    } catch {
      return undefined;
    }
  }, request);
}

/**
 * The same for an original read by `read` (the content store keeps its images in SQLite):
 * called only when the variant is not cached; undefined when there is no such original.
 */
export async function renderImageVariantOf(
  read: () => Promise<Buffer | undefined>,
  request: ImageVariantRequest,
): Promise<ImageVariant | undefined> {
  const parsed = parseImageFileName(request.file);
  if (!parsed) return undefined;
  const params = request.searchParams;
  const rect = parseRect(params.get("rect"), parsed.width, parsed.height);
  const requestedW = positiveInt(params.get("w"));
  const requestedH = positiveInt(params.get("h"));
  const crop = params.get("fit") === "crop" && requestedH !== undefined;
  // What is cut from the original before resizing: the rect, then (fit=crop) the window
  // of the requested aspect ratio around the focal point (the centre unless given).
  let region: Rect = rect ?? { left: 0, top: 0, width: parsed.width, height: parsed.height };
  if (crop) {
    const aspect = (requestedW ?? region.width) / requestedH;
    const focus = {
      x: (fraction(params.get("fp-x")) ?? (region.left + region.width / 2) / parsed.width) * parsed.width,
      y: (fraction(params.get("fp-y")) ?? (region.top + region.height / 2) / parsed.height) * parsed.height,
    };
    region = cropWindow(region, aspect, focus);
  }
  const cut = region.width !== parsed.width || region.height !== parsed.height;
  const width = variantWidth(requestedW, region.width);
  // A requested height keeps the requested aspect ratio at the width actually served.
  const height = requestedH ? Math.max(1, Math.round((requestedH * width) / (requestedW ?? region.width))) : undefined;
  const quality = variantQuality(positiveInt(params.get("q")));
  const { format, negotiated } = chooseFormat(params, request.accept, parsed.ext);
  const key = [request.file, width, height, crop, quality, format, cut && Object.values(region).join(",")].join("|");
  const hit = cache.get(key);
  if (hit) return hit;

  let pending = inFlight.get(key);
  if (!pending) {
    pending = (async () => {
      const cacheOnDisk = diskCache();
      const stored = await cacheOnDisk?.get(key).catch(() => undefined);
      if (stored) return stored;
      const body = await transforms.run(async () => {
        const input = await read();
        return input && transform(input, { region: cut ? region : undefined, width, height, crop, quality, format });
      });
      // A full or read-only disk costs the next process a transform, not this request.
      if (body) await cacheOnDisk?.set(key, body).catch((error) => console.warn("image cache:", error?.message));
      return body;
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  const body = await pending;
  if (!body) return undefined;
  const etag = `"${createHash("sha256").update(key).digest("base64url").slice(0, 27)}"`;
  const variant: ImageVariant = { body, contentType: CONTENT_TYPES[format], etag, negotiated };
  cache.set(key, variant);
  return variant;
}

interface TransformOptions {
  region: Rect | undefined;
  width: number;
  height: number | undefined;
  crop: boolean;
  quality: number;
  format: OutputFormat;
}

function transform(input: Buffer, { region, width, height, crop, quality, format }: TransformOptions): Promise<Buffer> {
  // Upright first (a camera's EXIF orientation; a no-op without one): the file name's
  // size, and so every rect, is the upright picture's.
  let pipeline = sharp(input).rotate();
  if (region) pipeline = pipeline.extract(region);
  pipeline = pipeline.resize({
    width,
    height,
    // After the cut the ratio is the requested one to a pixel; `cover` absorbs the rounding.
    fit: crop ? "cover" : "inside",
    withoutEnlargement: true,
  });
  if (format === "webp") pipeline = pipeline.webp({ quality });
  else if (format === "avif") pipeline = pipeline.avif({ quality: Math.max(30, quality - 20), effort: AVIF_EFFORT });
  else if (format === "png") pipeline = pipeline.png({ compressionLevel: 9 });
  else pipeline = pipeline.jpeg({ quality, mozjpeg: true });
  return pipeline.toBuffer();
}

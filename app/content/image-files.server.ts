/**
 * Serves the embedded dataset's image files the way Sanity's image CDN would: cut to
 * `rect` (the editor's crop and hotspot, as @sanity/image-url writes them), filled to
 * `w`×`h` with `fit=crop` (around the focal point `fp-x`/`fp-y` when given), resized
 * to the width asked (rounded up to a fixed list so the variants stay few, never above
 * the original), in WebP/AVIF/PNG/JPEG. File names are content-addressed (the SHA-1 of
 * the file), so a variant never changes and may be cached for a year.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

/** Only names the export format produces: nothing else under images/ is reachable. */
const SERVABLE_FILE = /^([a-f0-9]{40})-(\d+)x(\d+)\.(png|jpg|jpeg|webp)$/;

export const ALLOWED_WIDTHS = [320, 480, 640, 800, 960, 1200, 1600, 2000, 2400] as const;

type OutputFormat = "webp" | "avif" | "png" | "jpg";

export interface ImageVariantRequest {
  file: string;
  searchParams: URLSearchParams;
  accept: string | null;
}

export interface ImageVariant {
  body: Buffer;
  contentType: string;
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
  const quality = Math.min(100, Math.max(30, positiveInt(params.get("q")) ?? 75));
  const { format, negotiated } = chooseFormat(params, request.accept, parsed.ext);
  const key = [request.file, width, height, crop, quality, format, cut && Object.values(region).join(",")].join("|");
  const hit = cache.get(key);
  if (hit) return hit;

  const input = await read();
  if (!input) return undefined;
  // Upright first (a camera's EXIF orientation; a no-op without one): the file name's
  // size, and so every rect, is the upright picture's.
  let pipeline = sharp(input).rotate();
  if (cut) pipeline = pipeline.extract(region);
  pipeline = pipeline.resize({
    width,
    height,
    // After the cut the ratio is the requested one to a pixel; `cover` absorbs the rounding.
    fit: crop ? "cover" : "inside",
    withoutEnlargement: true,
  });
  if (format === "webp") pipeline = pipeline.webp({ quality });
  else if (format === "avif") pipeline = pipeline.avif({ quality: Math.max(30, quality - 20) });
  else if (format === "png") pipeline = pipeline.png({ compressionLevel: 9 });
  else pipeline = pipeline.jpeg({ quality, mozjpeg: true });
  const variant: ImageVariant = { body: await pipeline.toBuffer(), contentType: CONTENT_TYPES[format], negotiated };
  cache.set(key, variant);
  return variant;
}

/**
 * The response cache for public pages (docs/decisions/0010): a repeat view of a page costs
 * about what a static file costs. Entries are keyed by origin, path and query (the language
 * is in the path), remember the content version they were rendered from and are not served
 * once it moves (the embedded dataset reloads, a store commit, the Sanity webhook), hold the
 * body already compressed (gzip, brotli) and are bounded by bytes (least recently used out).
 *
 * Only what a shared cache could keep is stored: a 200 answer to GET whose Cache-Control is
 * `public`, with no Set-Cookie and no Vary beyond Accept-Encoding, of a text type. Errors,
 * forms with per-visitor tokens (private, no-store) and preview never are; a request that
 * carries credentials or a preview cookie is never answered from it.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { LRUCache } from "lru-cache";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export type Encoding = "br" | "gzip" | "identity";

export interface CachedResponse {
  status: number;
  /** The response's own headers (Cache-Control, Content-Type, CSP…), without length or encoding. */
  headers: [string, string][];
  etag: string;
  bodies: Record<Encoding, Buffer>;
  /** The content version the page was rendered from. */
  version: string;
  storedAt: number;
  /** When a shared cache would stop serving it without asking again (s-maxage, else max-age). */
  expiresAt: number;
  size: number;
}

/** Bodies larger than this are not kept (no page comes close; a large download is not a page). */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const TEXT_TYPE = /^(text\/|application\/(json|xml|javascript|[\w.+-]+\+(json|xml)))/i;
/** Headers the cache sets itself when it answers, or that describe one transfer only. */
const NOT_STORED = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "date", "etag"]);

/** True when a response to `method` may be stored and shared (see the module comment). */
export function isShareable(method: string, status: number, headers: Headers): boolean {
  if (method !== "GET" || status !== 200) return false;
  if (headers.has("set-cookie")) return false;
  const cacheControl = headers.get("cache-control") ?? "";
  if (!/(^|,)\s*public\b/i.test(cacheControl) || /\b(private|no-store|no-cache)\b/i.test(cacheControl)) return false;
  const vary = (headers.get("vary") ?? "")
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  if (vary.some((v) => v !== "accept-encoding")) return false;
  return TEXT_TYPE.test(headers.get("content-type") ?? "");
}

/** The encoding to send for an Accept-Encoding header (q-values honoured; brotli preferred). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return "identity";
}

/**
 * How long a shared cache may serve a response without asking again: s-maxage, else
 * max-age (seconds). Pages that show "upcoming" events change with time as well as with
 * content, so the cache follows the same freshness a CDN in front of it would.
 */
export function freshSeconds(cacheControl: string): number {
  const value = (name: string) => new RegExp(`(?:^|,)\\s*${name}=(\\d+)`, "i").exec(cacheControl)?.[1];
  return Number(value("s-maxage") ?? value("max-age") ?? 0);
}

/** True when If-None-Match names the entity tag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}

export interface PageCacheOptions {
  /** Upper bound of all stored bodies (every encoding counted); 0 turns the cache off. */
  maxBytes: number;
  /** The current content version; an entry of another version is not served. */
  version: () => string;
  /** True for a request that must not be answered from the cache (e.g. a preview cookie). */
  bypass?: (request: IncomingMessage) => boolean;
}

export class PageCache {
  private readonly entries: LRUCache<string, CachedResponse> | undefined;
  private readonly options: PageCacheOptions;
  readonly stats = { hits: 0, misses: 0, stored: 0 };

  constructor(options: PageCacheOptions) {
    this.options = options;
    this.entries =
      options.maxBytes > 0
        ? new LRUCache<string, CachedResponse>({ maxSize: options.maxBytes, sizeCalculation: (entry) => entry.size })
        : undefined;
  }

  get enabled(): boolean {
    return this.entries !== undefined;
  }

  get version(): string {
    return this.options.version();
  }

  /**
   * The key for a request the cache may answer, or undefined (cache off, not GET or HEAD,
   * credentials, bypass). `origin` is the scheme and host the site resolved for the request:
   * the pages' absolute URLs depend on it, so two hosts never share an entry.
   */
  keyFor(request: IncomingMessage, origin: string): string | undefined {
    if (!this.entries) return undefined;
    if (request.method !== "GET" && request.method !== "HEAD") return undefined;
    if (request.headers.authorization) return undefined;
    if (this.options.bypass?.(request)) return undefined;
    return `${origin.toLowerCase()}${request.url ?? "/"}`;
  }

  /** The entry for `key` if it was rendered from the current content version. */
  get(key: string): CachedResponse | undefined {
    const entry = this.entries?.get(key);
    if (entry && entry.version === this.options.version() && Date.now() < entry.expiresAt) {
      this.stats.hits++;
      return entry;
    }
    this.stats.misses++;
    return undefined;
  }

  /**
   * Stores a rendered response (the caller checked `isShareable`) under the version read
   * before rendering, so a page rendered while content changed is not kept as the new one.
   * The entry is kept once both compressed bodies are made. With `need`, the promise resolves
   * as soon as that encoding is ready (the first reader does not wait for the other one, nor,
   * for `identity`, for any); without it, once the entry is kept.
   */
  async put(
    key: string,
    version: string,
    status: number,
    headers: Headers,
    body: Buffer,
    need?: Encoding,
  ): Promise<CachedResponse> {
    const stored: [string, string][] = [];
    headers.forEach((value, name) => {
      if (!NOT_STORED.has(name)) stored.push([name, value]);
    });
    const bodies: Partial<Record<Encoding, Buffer>> = { identity: body };
    const entry: CachedResponse = {
      status,
      headers: stored,
      etag: headers.get("etag") ?? `W/"${createHash("sha1").update(body).digest("base64url")}"`,
      // Complete once `kept` settles; until then only the encodings awaited below are read.
      bodies: bodies as Record<Encoding, Buffer>,
      version,
      storedAt: Date.now(),
      expiresAt: Date.now() + freshSeconds(headers.get("cache-control") ?? "") * 1000,
      size: 0,
    };
    const gz = gzip(body, { level: 6 }).then((b) => (bodies.gzip = b));
    const br = brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 8,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).then((b) => (bodies.br = b));
    const kept = Promise.all([gz, br]).then(([g, b]) => {
      entry.size = body.length + g.length + b.length + 512;
      if (this.entries && body.length <= MAX_BODY_BYTES) {
        this.entries.set(key, entry);
        this.stats.stored++;
      }
    });
    if (need === undefined) await kept;
    else {
      // A compression that fails leaves the page unkept; the reader still gets its answer.
      kept.catch(() => {});
      if (need === "gzip") await gz;
      else if (need === "br") await br;
    }
    return entry;
  }

  /** Forgets every entry (e.g. the webhook said something was published). */
  clear(): void {
    this.entries?.clear();
  }

  get bytes(): number {
    return this.entries?.calculatedSize ?? 0;
  }
}

/**
 * Writes a stored response: 304 when the reader has it already, otherwise the body in the
 * best encoding the reader accepts. `cacheStatus` says whether it came from the cache.
 */
export function writeCached(
  entry: CachedResponse,
  request: IncomingMessage,
  response: ServerResponse,
  cacheStatus: "hit" | "miss",
): void {
  for (const [name, value] of entry.headers) response.setHeader(name, value);
  response.setHeader("ETag", entry.etag);
  response.setHeader("Vary", "Accept-Encoding");
  response.setHeader("X-Cache", cacheStatus);
  if (cacheStatus === "hit") response.setHeader("Age", String(Math.floor((Date.now() - entry.storedAt) / 1000)));
  const ifNoneMatch = request.headers["if-none-match"];
  if (matchesEtag(Array.isArray(ifNoneMatch) ? ifNoneMatch.join(",") : ifNoneMatch, entry.etag)) {
    response.removeHeader("Content-Type");
    response.writeHead(304);
    response.end();
    return;
  }
  const encoding = chooseEncoding(request.headers["accept-encoding"]?.toString());
  const body = entry.bodies[encoding];
  if (encoding !== "identity") response.setHeader("Content-Encoding", encoding);
  response.setHeader("Content-Length", String(body.length));
  response.writeHead(entry.status);
  response.end(request.method === "HEAD" ? undefined : body);
}

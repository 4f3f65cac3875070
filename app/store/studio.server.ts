/**
 * The built Sanity Studio (`studio/dist`, from `npm run studio:build`) at `/studio` on our
 * own server, so staff need nothing but the site's address. A plain Node handler, not
 * Express middleware, because the same handler answers on the HTTP/2 listener
 * (node:http2 compat requests), where Express cannot run.
 *
 * - `/studio/static/<file>`: hashed bundles as `immutable` for a year, other static files
 *   (favicons, manifest, fonts) for an hour; the .br/.gz siblings that
 *   scripts/studio-postbuild.mjs wrote are sent to browsers that accept them.
 * - every other path under `/studio`: index.html (the Studio routes in the browser),
 *   revalidated on every load (`no-cache` with an ETag) so a new build is picked up.
 * - A Content-Security-Policy that lets the Studio talk to its API (the `<projectId>.`
 *   host of the page's own host, or the build's SANITY_STUDIO_API_HOST) and load nothing
 *   from anywhere else: if a Sanity upgrade starts fetching from outside, the browser
 *   refuses and the browser test sees it.
 *
 * The folder is read again when index.html changes (a rebuild while the server runs).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Http2ServerRequest, Http2ServerResponse } from "node:http2";
import path from "node:path";

export type NodeRequest = IncomingMessage | Http2ServerRequest;
export type NodeResponse = ServerResponse | Http2ServerResponse;

export interface StudioOptions {
  /** The built Studio (`studio/dist`). */
  dir: string;
  /** Where it is served; the build's basePath. */
  basePath?: string;
  /** The project the Studio is built for: its API host is `<projectId>.<host>`. */
  projectId: string;
}

interface StaticFile {
  file: string;
  type: string;
  immutable: boolean;
  encodings: ("br" | "gzip")[];
}

interface Build {
  indexMtime: number;
  index: Buffer;
  etag: string;
  scriptHashes: string[];
  apiHost: string | null;
  files: Map<string, StaticFile>;
}

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
};

/** Vite's content hash in a file name (`sanity-D-WeFMQy.js`): such a file never changes. */
const HASHED = /-[A-Za-z0-9_-]{8}\.(?:js|mjs|css)$/;

/** Returns a handler that answers (and returns true for) requests under the base path. */
export function createStudioHandler(options: StudioOptions): (req: NodeRequest, res: NodeResponse) => boolean {
  const basePath = (options.basePath ?? "/studio").replace(/\/$/, "");
  const dir = path.resolve(options.dir);
  const indexFile = path.join(dir, "index.html");
  let build: Build | null = null;

  function current(): Build | null {
    let mtime: number;
    try {
      mtime = statSync(indexFile).mtimeMs;
    } catch {
      return null;
    }
    if (build?.indexMtime === mtime) return build;
    build = readBuild(dir, indexFile, mtime);
    return build;
  }

  return (req, res) => {
    const url = new URL(req.url ?? "/", "http://studio.invalid");
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(res, 405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }, "Method not allowed\n");
      return true;
    }
    const studio = current();
    if (!studio) {
      send(
        res,
        503,
        { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "60" },
        "Studio chưa được build · The Studio is not built: run `npm run studio:build`.\n",
      );
      return true;
    }
    const head = req.method === "HEAD";
    const rest = url.pathname.slice(basePath.length);
    if (rest.startsWith("/static/")) {
      const found = studio.files.get(rest.slice("/static/".length));
      if (!found) {
        send(res, 404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }, "Not found\n");
        return true;
      }
      serveFile(req, res, found, head);
      return true;
    }
    // The Studio's own routes: the app shell.
    const headers: Record<string, string> = {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-cache",
      ETag: studio.etag,
      "Content-Security-Policy": studioCsp(studio, req, options.projectId),
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "SAMEORIGIN",
      "Referrer-Policy": "same-origin",
    };
    if (req.headers["if-none-match"] === studio.etag) send(res, 304, headers, null);
    else send(res, 200, headers, head ? null : studio.index);
    return true;
  };
}

function readBuild(dir: string, indexFile: string, indexMtime: number): Build {
  const index = readFileSync(indexFile);
  const html = index.toString("utf8");
  // The inline scripts of index.html (sanity's error overlay), allowed by their hashes.
  const scriptHashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash("sha256").update(m[1]!).digest("base64")}'`,
  );
  let apiHost: string | null = null;
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, "self-hosted.json"), "utf8")) as {
      apiHost?: string | null;
    };
    apiHost = manifest.apiHost ?? null;
  } catch {
    // Built without scripts/studio-postbuild.mjs: the API is on the page's host.
  }
  const files = new Map<string, StaticFile>();
  const staticDir = path.join(dir, "static");
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (!/\.(br|gz)$/.test(entry.name)) {
        const name = path.relative(staticDir, file).split(path.sep).join("/");
        const encodings: StaticFile["encodings"] = [];
        if (exists(`${file}.br`)) encodings.push("br");
        if (exists(`${file}.gz`)) encodings.push("gzip");
        files.set(name, {
          file,
          type: TYPES[path.extname(entry.name)] ?? "application/octet-stream",
          immutable: HASHED.test(entry.name),
          encodings,
        });
      }
    }
  };
  if (exists(staticDir)) walk(staticDir);
  return {
    indexMtime,
    index,
    etag: `"${createHash("sha1").update(index).digest("base64url")}"`,
    scriptHashes,
    apiHost,
    files,
  };
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Chosen by the client's Accept-Encoding among the precompressed siblings. */
function pickEncoding(req: NodeRequest, file: StaticFile): "br" | "gzip" | null {
  const accept = String(req.headers["accept-encoding"] ?? "");
  for (const encoding of file.encodings) {
    if (new RegExp(`\\b${encoding}\\b(?!;q=0(\\.0*)?\\b)`).test(accept)) return encoding;
  }
  return null;
}

function serveFile(req: NodeRequest, res: NodeResponse, file: StaticFile, head: boolean): void {
  const encoding = pickEncoding(req, file);
  const body = readFileSync(encoding ? `${file.file}.${encoding === "br" ? "br" : "gz"}` : file.file);
  const headers: Record<string, string> = {
    "Content-Type": file.type,
    "Cache-Control": file.immutable ? "public, max-age=31536000, immutable" : "public, max-age=3600",
    "Content-Length": String(body.length),
    "X-Content-Type-Options": "nosniff",
  };
  if (file.encodings.length) headers.Vary = "Accept-Encoding";
  if (encoding) headers["Content-Encoding"] = encoding;
  send(res, 200, headers, head ? null : body);
}

/** The origins the Studio's API calls go to, for connect-src and img-src. */
function apiSources(studio: Build, req: NodeRequest, projectId: string): string[] {
  if (studio.apiHost) {
    const api = new URL(studio.apiHost);
    const wsScheme = api.protocol === "https:" ? "wss:" : "ws:";
    return [`${api.protocol}//${projectId}.${api.host}`, `${wsScheme}//${projectId}.${api.host}`, api.origin];
  }
  const host = String(req.headers.host ?? req.headers[":authority"] ?? "");
  if (!/^[a-z0-9.-]+(:\d+)?$/i.test(host)) return [];
  // The page's scheme is not known behind every proxy: allow both; the host is what matters.
  return [
    `http://${projectId}.${host}`,
    `https://${projectId}.${host}`,
    `ws://${projectId}.${host}`,
    `wss://${projectId}.${host}`,
  ];
}

function studioCsp(studio: Build, req: NodeRequest, projectId: string): string {
  const api = apiSources(studio, req, projectId).join(" ");
  return [
    "default-src 'self'",
    `script-src 'self' ${studio.scriptHashes.join(" ")}`.trim(),
    // styled-components writes <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    `connect-src 'self' ${api}`.trim(),
    `img-src 'self' data: blob: ${api}`.trim(),
    `media-src 'self' blob: ${api}`.trim(),
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}

function send(res: NodeResponse, status: number, headers: Record<string, string>, body: Buffer | string | null): void {
  // One call shape that node:http's and node:http2's compat responses both take.
  (res as ServerResponse).writeHead(status, headers);
  (res as ServerResponse).end(body ?? undefined);
}

// The production (and development) HTTP server: the checked environment, security headers with a per-request CSP nonce, compression, static files, Remix, and error pages that never show a stack.
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import http2 from "node:http2";
import path from "node:path";
import url from "node:url";
import {
  broadcastDevReady,
  createRequestHandler,
  installGlobals,
  writeReadableStreamToWritable,
} from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import { env as readEnv } from "./app/utils/env.server.js";
import { allowedHosts, hostPolicyNote, normalizeAuthority } from "./app/utils/hosts.server.js";

// Before anything else: a bad variable stops the process here, naming it, before the
// build is loaded or a port is opened.
let env;
try {
  env = readEnv();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const MODE = env.NODE_ENV === "development" ? "development" : "production";
// React, Express and the Remix runtime read NODE_ENV themselves: make them agree with
// the checked value (unset means production).
process.env.NODE_ENV = env.NODE_ENV;

installGlobals({ nativeFetch: true });

const here = path.dirname(url.fileURLToPath(import.meta.url));
const BUILD_PATH = path.join(here, "build/index.js");

if (!fs.existsSync(BUILD_PATH)) {
  console.error(`No build at ${BUILD_PATH}. Run \`npm run build\` (or \`npm start\`, which builds first).`);
  process.exit(1);
}

let build = await import(url.pathToFileURL(BUILD_PATH).href);

if (MODE === "development") {
  // `remix dev --manual` rebuilds into build/; load the new build and tell the dev server.
  let timer;
  fs.watch(path.dirname(BUILD_PATH), () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      build = await import(`${url.pathToFileURL(BUILD_PATH).href}?t=${Date.now()}`);
      broadcastDevReady(build);
    }, 100);
  });
  broadcastDevReady(build);
}

/** The Host values the site answers (docs/decisions/0020); no other reaches a route or a cached page. */
const HOSTS = allowedHosts(env);
const MAX_BODY_BYTES = env.MAX_BODY_KB * 1024;

/** The methods any route of the site answers; Remix decides which pages accept POST. */
const METHODS = ["GET", "HEAD", "POST"];

/** An error with the HTTP status its page should have. */
function httpError(status, cause) {
  return Object.assign(new Error(`HTTP ${status}`, { cause }), { status });
}

/** The error page of the build, or a bilingual line if even that fails. */
function errorPage(status, pathname) {
  try {
    return build.entry.module.errorDocument(status, pathname);
  } catch (error) {
    console.error("The error page could not be rendered:", error);
    return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Lỗi / Error ${status}</title></head><body><h1>Lỗi / Error ${status}</h1></body></html>`;
  }
}

/**
 * The fetch Request for an Express request, built as @remix-run/express builds it (its
 * handler is not used because it turns a request it cannot convert into a 500, and
 * sends Remix's bare JSON error for a method a resource route lacks). Throws when the
 * Host header makes no URL.
 */
function toFetchRequest(req, res, body, { dropOrigin = false } = {}) {
  const url = new URL(`${req.protocol}://${authorityOf(req)}${req.originalUrl}`);
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    // Checked already (originVerdict below): Remix's own check would throw a 500 on a foreign one.
    if (dropOrigin && key === "origin") continue;
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else if (value) headers.set(key, value);
  }
  // Loaders and actions stop when the client leaves before the response is written.
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const init = { method: req.method, headers, signal: controller.signal };
  if (body) Object.assign(init, { body, duplex: "half" });
  return new Request(url.href, init);
}

/** The host and port the request's URL is built from: req.hostname honours "trust proxy"; the port comes from the header. */
function authorityOf(req) {
  const portOf = (header) => Number.parseInt(/:(\d+)$/.exec(req.get(header) ?? "")?.[1] ?? "", 10);
  const port = [portOf("X-Forwarded-Host"), portOf("Host")].find(Number.isSafeInteger);
  return `${req.hostname}${port ? `:${port}` : ""}`;
}

/**
 * The request body as a stream of at most MAX_BODY_BYTES, whether announced
 * (Content-Length) or chunked. The chunk that crosses the limit is still delivered, so a
 * route with its own limit (the inquiry form) answers with its own page; the next read
 * fails and the answer becomes the 413 page (see the handler). The rest of the body, and
 * of a body a route stops reading, is read and dropped, never destroyed: destroying the
 * request is what reset the connection before the client could read any answer.
 */
function limitedBody(req, res) {
  let size = 0;
  const drain = () => {
    req.removeAllListeners("data");
    req.on("data", () => {});
    req.resume();
  };
  return new ReadableStream({
    start(controller) {
      req.pause();
      req.on("data", (chunk) => {
        size += chunk.length;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if (size > MAX_BODY_BYTES) {
          res.locals.bodyTooLarge = true;
          drain();
        } else if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on("end", () => {
        if (!res.locals.bodyTooLarge) controller.close();
      });
      req.on("error", (error) => controller.error(error));
    },
    pull(controller) {
      if (res.locals.bodyTooLarge) controller.error(httpError(413, new Error(`body over ${env.MAX_BODY_KB} KB`)));
      else req.resume();
    },
    cancel() {
      drain();
    },
  });
}

/**
 * `/en/news/` → 301 `/en/news` (query kept): one URL per page. Leading slashes and
 * backslashes collapse to one slash, so `//evil.example/` or `/\evil.example/` is
 * redirected to a path on this site, never to another host.
 */
function withoutTrailingSlash(originalUrl) {
  const at = originalUrl.indexOf("?");
  const pathname = at === -1 ? originalUrl : originalUrl.slice(0, at);
  if (pathname.length < 2 || !pathname.endsWith("/")) return undefined;
  // A path that is not valid percent-encoding is no page: Remix answers it with the 404 page.
  try {
    decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const clean = pathname.replace(/\/+$/, "").replace(/^[/\\]+/, "/") || "/";
  return clean + (at === -1 ? "" : originalUrl.slice(at));
}

/** Copies a fetch response's headers onto Express's response: each replaces ours, cookies add up. */
function copyHeaders(headers, res) {
  for (const [key, value] of headers.entries()) {
    if (key === "set-cookie") res.append(key, value);
    else res.setHeader(key, value);
  }
}

function sendErrorPage(res, status, pathname, headers = {}) {
  res.status(status).set({ "Content-Type": "text/html; charset=utf-8", ...headers });
  res.end(res.req.method === "HEAD" ? undefined : errorPage(status, pathname));
}

// The content store (default mode): Sanity's API for the Studio and @sanity/client,
// answered before any of the site's middleware for its host name (`<projectId>.<host>`)
// and its path prefix. With SANITY_PROJECT_ID set the site reads the Content Lake and
// nothing of this runs.
const contentStore = env.SANITY_PROJECT_ID ? undefined : await build.entry.module.startContentStore(env);

// The built Studio at /studio (studio/dist from `npm run studio:build`), with its own CSP:
// answered before helmet, whose nonce-only policy is the site's.
const studio = build.entry.module.createStudioHandler({
  dir: path.join(here, "studio/dist"),
  basePath: "/studio",
  projectId: env.STORE_PROJECT_ID,
});

/**
 * Site requests that arrive over HTTP/2 (STORE_TLS_PORT) are passed to the plain listener
 * over loopback, since Express cannot serve node:http2 requests. This secret (per
 * process) marks them, so the client's address and `https` are taken from the forwarding
 * headers only when we sent them.
 */
const FORWARD_SECRET = crypto.randomBytes(24).toString("hex");

const app = express();
app.set("env", MODE);
app.disable("x-powered-by");
app.set("trust proxy", env.TRUST_PROXY ? 1 : false);

app.use((req, _res, next) => {
  const ours = req.headers["x-hg-forward"] === FORWARD_SECRET;
  const clientIp = req.headers["x-hg-client-ip"];
  delete req.headers["x-hg-forward"];
  delete req.headers["x-hg-client-ip"];
  if (ours) {
    // Own properties shadow Express's getters for this request only.
    Object.defineProperty(req, "protocol", { value: "https" });
    Object.defineProperty(req, "secure", { value: true });
    if (typeof clientIp === "string") Object.defineProperty(req, "ip", { value: clientIp });
  }
  next();
});

// The Content-Security-Policy: scripts from our origin only; an HTML page's inline scripts
// are allowed by their hashes, set below once the page is rendered (docs/decisions/0010).
// With helmet's headers and the Permissions-Policy: on every answer of the site, the
// refusal of a foreign Host (before the Studio) included.
const DEVELOPMENT = MODE === "development";
const { contentSecurityPolicy, scriptHashes, isShareable, writeCached, chooseEncoding } = build.entry.module;
const BASE_POLICY = contentSecurityPolicy({ development: DEVELOPMENT });
const helmetHeaders = helmet({
  contentSecurityPolicy: false,
  strictTransportSecurity: { maxAge: 63072000, includeSubDomains: true },
  referrerPolicy: { policy: "strict-origin-when-cross-origin" },
  crossOriginEmbedderPolicy: false,
  xFrameOptions: { action: "deny" },
});
function securityHeaders(req, res, next) {
  res.setHeader("Content-Security-Policy", BASE_POLICY);
  helmetHeaders(req, res, (error) => {
    res.setHeader(
      "Permissions-Policy",
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    );
    next(error);
  });
}

// A Host outside the allow-list is refused before anything can put it into a URL or
// look it up in the page cache (docs/decisions/0020). The same 400 page as a Host that
// makes no URL at all.
app.use((req, res, next) => {
  const authority = authorityOf(req);
  if (HOSTS.has(normalizeAuthority(authority, req.protocol))) return next();
  securityHeaders(req, res, () => {
    res.setHeader("Cache-Control", "private, no-store");
    next(httpError(400, new Error(`Host ${JSON.stringify(authority.slice(0, 100))} is not an allowed host`)));
  });
});

app.use((req, res, next) => {
  if (!studio(req, res)) next();
});

app.use(securityHeaders);

// Error responses are never cached publicly, whatever a route said.
app.use((_req, res, next) => {
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status >= 400) res.setHeader("Cache-Control", "private, no-store");
    return writeHead.call(this, status, ...rest);
  };
  next();
});

// Visitor counts (docs/decisions/0017): before the page cache, so a page answered from it
// is counted as well; only pages a browser navigates to, never robots or prefetches.
app.use(build.entry.module.countVisits(env.STORE_DB));

// One URL per page: a trailing slash is redirected away before the page cache or Remix
// sees it (GET and HEAD; a form posted there gets the route's answer).
app.use((req, res, next) => {
  const location = (req.method === "GET" || req.method === "HEAD") && withoutTrailingSlash(req.originalUrl);
  if (!location) return next();
  res.redirect(301, location);
});

// Public pages already rendered for this content version: answered here, compressed
// ahead, like a static file (docs/decisions/0010).
const pageCache = build.entry.module.createPageCache(env.PAGE_CACHE_MB * 1024 * 1024);
const originOf = (req) => `${req.protocol}://${req.get("Host") ?? ""}`;
app.use((req, res, next) => {
  // Kept for the Remix handler below, which stores the page under the same key on a miss.
  res.locals.pageCacheKey = pageCache.keyFor(req, originOf(req));
  const entry = res.locals.pageCacheKey && pageCache.get(res.locals.pageCacheKey);
  if (!entry) return next();
  writeCached(entry, req, res, "hit");
});

app.use(compression());

// Remix's fingerprinted assets are immutable; everything else in public/ for an hour. A path
// that is not valid percent-encoding is not a file: let Remix answer it with its 404 page
// instead of serve-static's bare 400.
const staticFiles = (handler) => (req, res, next) =>
  handler(req, res, (err) => (err && err.status === 400 ? next() : next(err)));
// `redirect: false`: a folder is no page, and its URL with a slash would be redirected back.
app.use(
  "/build",
  staticFiles(express.static(path.join(here, "public/build"), { immutable: true, maxAge: "1y", redirect: false })),
);
app.use(staticFiles(express.static(path.join(here, "public"), { maxAge: "1h", redirect: false })));

// TRACE, PUT, DELETE and the rest: no route of the site takes them. Answered here, since
// the Remix adapter cannot even build a Request for some (TRACE) and Remix's own answer
// on a resource route is a bare "Unexpected Server Error".
app.use((req, res, next) => {
  if (METHODS.includes(req.method)) return next();
  sendErrorPage(res, 405, req.originalUrl, { Allow: METHODS.join(", ") });
});

// Remix; a request that cannot be converted is a 400. app.use, not app.all("*"): Express decodes route
// parameters and answers a bare 400 on malformed percent-encoding, while Remix gives
// such a path its localized 404 page.
const handleRemix = createRequestHandler(() => build, MODE);
const { originVerdict, keepsInputOnForeignOrigin } = build.entry.module;
app.use(async (req, res, next) => {
  const origin = originVerdict({
    method: req.method,
    origin: req.get("Origin"),
    host: req.get("Host"),
    forwardedHost: req.get("X-Forwarded-Host"),
    trustProxy: env.TRUST_PROXY,
    publicUrl: env.PUBLIC_URL,
  });
  // A foreign, `null` or malformed Origin: the inquiry form answers 403 itself with the input kept, others get the 403 page.
  if (origin === "foreign" && !keepsInputOnForeignOrigin(req.path)) return sendErrorPage(res, 403, req.originalUrl);
  const context = { clientIp: req.ip, foreignOrigin: origin === "foreign" };
  let request;
  try {
    const body = req.method === "GET" || req.method === "HEAD" ? undefined : limitedBody(req, res);
    request = toFetchRequest(req, res, body, { dropOrigin: origin !== "absent" });
  } catch (error) {
    // e.g. a Host header that makes no URL
    return next(httpError(400, error));
  }
  try {
    // Read before rendering: a page rendered while content changes is not kept as the new version's.
    const version = pageCache.version;
    let response = await build.entry.module.withPreview(request, () =>
      build.entry.module.withUiStrings(() => handleRemix(request, context)),
    );
    if (res.locals.bodyTooLarge) {
      // Whatever is left of the body is dropped: the connection is not reused.
      res.setHeader("Connection", "close");
      // A route that failed on the cut-off body: the 413 page; one that answered its own limit keeps its page.
      if (response.status >= 500) return sendErrorPage(res, 413, req.originalUrl);
    }
    // A page route without an action: Remix's 405 names no methods.
    if (response.status === 405 && !response.headers.has("Allow")) response.headers.set("Allow", "GET, HEAD");
    // A POST to a resource route with no action: Remix's body is a bare JSON error.
    if (response.status === 405 && response.headers.get("X-Remix-Error")) {
      return sendErrorPage(res, 405, req.originalUrl, { Allow: "GET, HEAD" });
    }
    const key = res.locals.pageCacheKey;
    const html = /^text\/html\b/i.test(response.headers.get("Content-Type") ?? "");
    const shareable = key !== undefined && isShareable(req.method, response.status, response.headers);
    if (!html && !shareable) {
      // Files, PDFs, images, event streams: streamed as they come.
      res.statusMessage = response.statusText;
      res.status(response.status);
      copyHeaders(response.headers, res);
      if (response.body) await writeReadableStreamToWritable(response.body, res);
      else res.end();
      return;
    }
    // Pages are rendered whole (onAllReady) before they are sent, so buffering costs no
    // time to first byte; the policy names the hashes of this page's inline scripts.
    const body = Buffer.from(await response.arrayBuffer());
    const headers = new Headers(response.headers);
    if (html) {
      headers.set(
        "Content-Security-Policy",
        contentSecurityPolicy({ development: DEVELOPMENT, scriptHashes: scriptHashes(body.toString("utf8")) }),
      );
    }
    if (shareable) {
      // The first reader waits only for the encoding it takes; the entry is kept once all are made.
      const encoding = chooseEncoding(req.headers["accept-encoding"]?.toString());
      const entry = await pageCache.put(key, version, response.status, headers, body, encoding);
      return writeCached(entry, req, res, "miss");
    }
    res.statusMessage = response.statusText;
    res.status(response.status);
    copyHeaders(headers, res);
    res.end(body);
  } catch (error) {
    next(error);
  }
});

// The last handler: a page for every error, never a stack trace (Express's default
// handler prints one outside production). Client errors keep their status; anything
// else is logged here and answered as a 500. Express knows an error handler by its four
// parameters, so `_next` stays.
app.use((error, req, res, _next) => {
  const status = Number.isInteger(error?.status) && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) console.error(error);
  else console.warn(`${req.method} ${req.originalUrl}: ${status} (${error?.cause?.message ?? error?.message})`);
  // Too late for a page: end the response, and Node closes the connection.
  if (res.headersSent) return res.destroy();
  sendErrorPage(res, status, req.originalUrl);
});

// Connection limits, for slow or idle clients (Node's defaults keep an idle connection
// for ever): the headers within HTTP_HEADERS_TIMEOUT_MS (a connection that sends nothing
// is closed after it), the whole request within HTTP_REQUEST_TIMEOUT_MS, an idle
// kept-alive connection closed after HTTP_KEEPALIVE_TIMEOUT_MS; Node checks them every
// connectionsCheckingInterval. Responses (listen streams) are not limited.
const requestTimeout = env.HTTP_REQUEST_TIMEOUT_MS;
const headersTimeout = Math.min(env.HTTP_HEADERS_TIMEOUT_MS, requestTimeout);
const REFUSED = Symbol("refused");
const server = http.createServer(
  { headersTimeout, requestTimeout, connectionsCheckingInterval: Math.min(1_000, Math.ceil(headersTimeout / 2)) },
  (req, res) => {
    if (req.socket[REFUSED]) return;
    if (contentStore?.matches(req)) contentStore.handler(req, res);
    else app(req, res);
  },
);
server.keepAliveTimeout = env.HTTP_KEEPALIVE_TIMEOUT_MS;

// Requests Node refuses before any handler runs (headers over 16 KB, a malformed request
// line, the header timeout): Node's own answer has no body; this one says why, in the
// source language and English, with the headers every answer of the site has.
const CLIENT_ERRORS = {
  HPE_HEADER_OVERFLOW: [431, "Request Header Fields Too Large", "Tiêu đề yêu cầu quá lớn / Request headers too large"],
  ERR_HTTP_REQUEST_TIMEOUT: [408, "Request Timeout", "Hết thời gian gửi yêu cầu / The request took too long"],
};
server.on("clientError", (error, socket) => {
  if (!socket.writable || error.code === "ECONNRESET") return socket.destroy();
  const [status, reason, text] = CLIENT_ERRORS[error.code] ?? [
    400,
    "Bad Request",
    "Yêu cầu không hợp lệ / Bad request",
  ];
  const body = `${text}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: private, no-store\r\nX-Content-Type-Options: nosniff\r\nContent-Security-Policy: ${BASE_POLICY}\r\nConnection: close\r\n\r\n${body}`,
  );
});

// At most HTTP_MAX_CONNECTIONS_PER_CLIENT open connections per client address: one more
// is answered 429 and closed at once, before it can hold a slot until the timeouts.
const connectionsByAddress = new Map();
server.on("connection", (socket) => {
  const cap = env.HTTP_MAX_CONNECTIONS_PER_CLIENT;
  if (!cap) return;
  const address = socket.remoteAddress ?? "";
  const open = (connectionsByAddress.get(address) ?? 0) + 1;
  if (open > cap) {
    socket[REFUSED] = true;
    const text = "Too many open connections from your address. Close some and try again.\n";
    socket.end(
      `HTTP/1.1 429 Too Many Requests\r\nRetry-After: 5\r\nContent-Type: text/plain; charset=utf-8\r\nCache-Control: private, no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
    );
    return;
  }
  connectionsByAddress.set(address, open);
  socket.once("close", () => {
    const left = (connectionsByAddress.get(address) ?? 1) - 1;
    if (left > 0) connectionsByAddress.set(address, left);
    else connectionsByAddress.delete(address);
  });
});
// Connection upgrades: only the store's presence WebSocket; nothing of the site upgrades.
function onUpgrade(req, socket) {
  if (contentStore?.matches(req)) contentStore.handler.upgrade(req, socket);
  else socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
}
server.on("upgrade", onUpgrade);
/** Connection-level headers that neither side of the HTTP/2 → HTTP/1.1 hop may pass on. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "http2-settings",
  "te",
  "host",
]);

/** Kept-alive loopback connections for the HTTP/2 forward, fewer than the per-client cap allows. */
const forwardAgent = new http.Agent({
  keepAlive: true,
  maxSockets: Math.max(1, Math.floor((env.HTTP_MAX_CONNECTIONS_PER_CLIENT || 64) / 2)),
});

/** An HTTP/2 request for the site: through the plain listener on loopback. */
function forwardToSite(req, res) {
  const headers = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (!key.startsWith(":") && !HOP_BY_HOP.has(key)) headers[key] = value;
  }
  headers.host = req.headers[":authority"] ?? req.headers.host;
  headers["x-hg-forward"] = FORWARD_SECRET;
  headers["x-hg-client-ip"] = req.socket.remoteAddress ?? "";
  const upstream = http.request(
    { host: "127.0.0.1", port: server.address().port, method: req.method, path: req.url, headers, agent: forwardAgent },
    (answer) => {
      const out = {};
      for (const [key, value] of Object.entries(answer.headers)) if (!HOP_BY_HOP.has(key)) out[key] = value;
      res.writeHead(answer.statusCode ?? 502, out);
      answer.pipe(res);
    },
  );
  upstream.on("error", (error) => {
    console.error("HTTP/2 → site forward failed:", error.message);
    if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
    res.end();
  });
  res.on("close", () => upstream.destroy());
  req.pipe(upstream);
}

// HTTP/2 over TLS (STORE_TLS_PORT): the store API and the Studio are answered here
// directly, so the Studio's many listen streams share one connection; HTTP/1.1 clients
// on this port get the same answers (allowHTTP1).
let tlsServer;
if (env.STORE_TLS_PORT) {
  const tls = await build.entry.module.loadTlsCredentials({
    keyFile: env.STORE_TLS_KEY,
    certFile: env.STORE_TLS_CERT,
    projectId: env.STORE_PROJECT_ID,
    dir: path.join(path.dirname(path.resolve(env.STORE_DB)), "tls"),
  });
  tlsServer = http2.createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: true }, (req, res) => {
    if (contentStore?.matches(req)) contentStore.handler(req, res);
    else if (studio(req, res)) return;
    else if (req.httpVersionMajor === 2) forwardToSite(req, res);
    else app(req, res);
  });
  tlsServer.on("upgrade", onUpgrade);
  tlsServer.listen(env.STORE_TLS_PORT, () => {
    console.log(`HTTP/2 (TLS, ${tls.source}) on https://localhost:${env.STORE_TLS_PORT} — Studio at /studio`);
  });
}

server.listen(env.PORT, () => {
  console.log(`Hậu Giang site (${MODE}) on http://localhost:${env.PORT}`);
  (env.PUBLIC_URL || MODE === "development" ? console.log : console.warn)(hostPolicyNote(env));
  if (contentStore)
    console.log(
      `Content store ${contentStore.projectId}/${contentStore.dataset} (${env.STORE_DB}) at http://localhost:${env.PORT}${env.STORE_PATH_PREFIX}`,
    );
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    // Listen streams would hold the server open: tell them to reconnect, then close.
    contentStore?.close();
    tlsServer?.close();
    server.close(() => process.exit(0));
    server.closeIdleConnections?.();
  });
}

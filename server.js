// The production (and development) HTTP server: security headers with a per-request CSP nonce, compression, static files, and Remix.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import url from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, installGlobals } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";

installGlobals({ nativeFetch: true });

const here = path.dirname(url.fileURLToPath(import.meta.url));
const BUILD_PATH = path.join(here, "build/index.js");
const MODE = process.env.NODE_ENV === "development" ? "development" : "production";
const PORT = Number(process.env.PORT || 3000);

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

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", process.env.TRUST_PROXY === "1" ? 1 : false);

// A fresh nonce for every response; Remix's <Scripts> and <ScrollRestoration> carry it.
app.use((_req, res, next) => {
  res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  next();
});

app.use(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", (_req, res) => `'nonce-${res.locals.cspNonce}'`, ...(MODE === "development" ? ["'unsafe-eval'"] : [])],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "https://cdn.sanity.io"],
        "font-src": ["'self'"],
        "connect-src": ["'self'", ...(MODE === "development" ? ["ws:"] : [])],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
      },
    },
    strictTransportSecurity: { maxAge: 63072000, includeSubDomains: true },
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: "deny" },
  }),
);
app.use((_req, res, next) => {
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
  next();
});

// Error responses are never cached publicly, whatever a route said.
app.use((_req, res, next) => {
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status >= 400) res.setHeader("Cache-Control", "private, no-store");
    return writeHead.call(this, status, ...rest);
  };
  next();
});

app.use(compression());

// Remix's fingerprinted assets are immutable; everything else in public/ for an hour. A path
// that is not valid percent-encoding is not a file: let Remix answer it with its 404 page
// instead of serve-static's bare 400.
const staticFiles = (handler) => (req, res, next) => handler(req, res, (err) => (err && err.status === 400 ? next() : next(err)));
app.use("/build", staticFiles(express.static(path.join(here, "public/build"), { immutable: true, maxAge: "1y" })));
app.use(staticFiles(express.static(path.join(here, "public"), { maxAge: "1h" })));

// app.use, not app.all("*"): Express decodes route parameters and answers a bare 400 on
// malformed percent-encoding, while Remix gives such a path its localized 404 page.
app.use(
  createRequestHandler({
    build: () => build,
    mode: MODE,
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientIp: req.ip }),
  }),
);

const server = app.listen(PORT, () => {
  console.log(`Hậu Giang site (${MODE}) on http://localhost:${PORT}`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => server.close(() => process.exit(0)));
}

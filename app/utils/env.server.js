// @ts-check
/**
 * The one environment of the server: every variable it reads, each with one default,
 * checked with zod. An empty value (`PORT=` in an .env file) counts as unset. server.js
 * parses it before it loads the build or listens, so a bad value stops the process with
 * a message naming the variable; the app reads the same parsed object through `env()`,
 * and features derive their typed settings from it (app/content/env.server.ts,
 * app/inquiries/config.server.ts). `.env.example` and the README list the same variables.
 *
 * Why plain JavaScript with JSDoc types: `node server.js` imports this file directly,
 * before any build is loaded, and must do so on Node 20 (no TypeScript at run time) as
 * on Node 24 (type stripping). The Remix compiler bundles the same file into the server
 * build, and tsc checks it (`allowJs` and `@ts-check`), so app code gets real types.
 * It imports nothing but zod, for the same reason.
 */
import { z } from "zod";

/**
 * A whole number in a range, from its decimal string.
 * @param {number} min
 * @param {number} [max]
 */
function wholeNumber(min, max) {
  const error =
    max === undefined ? `must be a whole number, at least ${min}` : `must be a whole number from ${min} to ${max}`;
  const number = z.coerce.number({ error }).int({ error }).min(min, { error });
  return max === undefined ? number : number.max(max, { error });
}

const httpUrl = z.url({
  protocol: /^https?$/,
  error: "must be an absolute http(s) URL, e.g. https://haugiang.example.org",
});

const schema = z.object({
  /** `development` reloads the dataset and the build on change; anything served is `production`. */
  NODE_ENV: z
    .enum(["production", "development", "test"], { error: "must be production, development or test" })
    .default("production"),
  PORT: wholeNumber(1, 65_535).default(3000),
  /**
   * Public origin for canonical, hreflang, sitemap, feed and share URLs. Unset: the
   * request's origin, but only for a Host in ALLOWED_HOSTS or localhost on PORT
   * (docs/decisions/0020); any other Host is answered 400.
   */
  PUBLIC_URL: httpUrl.optional(),
  /** More Host names (host or host:port, comma-separated) the site answers to; never a wildcard. */
  ALLOWED_HOSTS: z
    .string()
    .transform((value, ctx) => {
      const hosts = value
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean);
      for (const host of hosts) {
        // A name or IPv4 address, or a bracketed IPv6 address, with an optional port; no scheme, path or "*".
        if (
          !/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/.test(
            host,
          )
        ) {
          ctx.addIssue({
            code: "custom",
            message:
              "must be comma-separated host names, e.g. haugiang.example.org,www.haugiang.example.org:8443 (no scheme, path or wildcard)",
          });
          return z.NEVER;
        }
      }
      return hosts;
    })
    .optional(),
  /** Largest request body the site reads (kilobytes); a bigger one, chunked or not, is answered 413. */
  MAX_BODY_KB: wholeNumber(1, 10_240).default(64),
  /** Time a client has to send a request's headers (ms); an idle new connection is closed after it. */
  HTTP_HEADERS_TIMEOUT_MS: wholeNumber(100, 600_000).default(10_000),
  /** Time a client has to send a whole request, body included (ms). */
  HTTP_REQUEST_TIMEOUT_MS: wholeNumber(100, 3_600_000).default(60_000),
  /** An idle kept-alive connection is closed after this (ms). */
  HTTP_KEEPALIVE_TIMEOUT_MS: wholeNumber(100, 600_000).default(5_000),
  /** Open connections per client address (behind TRUST_PROXY: the proxy's); more are refused with 429. 0: no cap. */
  HTTP_MAX_CONNECTIONS_PER_CLIENT: wholeNumber(0, 100_000).default(100),
  /** Content fallback order after the requested language, comma-separated tags. */
  CONTENT_FALLBACK: z
    .string()
    .regex(/^[A-Za-z-]+(\s*,\s*[A-Za-z-]+)*$/, { error: 'must be comma-separated language tags, e.g. "en,vi"' })
    .default("en,vi"),
  /** Megabytes of rendered public pages kept in memory (docs/decisions/0010); 0 turns the cache off. */
  PAGE_CACHE_MB: wholeNumber(0, 4096).default(64),
  /** `1` behind one reverse proxy: client addresses and protocol from X-Forwarded-*. */
  TRUST_PROXY: z
    .enum(["0", "1"], { error: 'must be "1" (behind one reverse proxy) or "0"' })
    .default("0")
    .transform((value) => value === "1"),

  /** The embedded dataset: a folder with data.ndjson, or an .ndjson file with images/ beside it. */
  CONTENT_DATASET: z.string().default("studio/seed/production.ndjson"),
  /** Query results the site's GROQ engine keeps per content version (LRU); 0: none, to measure uncached renders. */
  CONTENT_RESULT_CACHE: wholeNumber(0).default(500),
  /** Set: content comes from this Sanity project's Content Lake instead of the embedded dataset. */
  SANITY_PROJECT_ID: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: "must be lower-case letters, digits and dashes" })
    .optional(),
  SANITY_DATASET: z
    .string()
    .regex(/^[a-z0-9_-]{1,64}$/, { error: "must be 1–64 lower-case letters, digits, _ or -" })
    .default("production"),
  SANITY_API_VERSION: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2}|v1|vX)$/, { error: "must be a date (YYYY-MM-DD), v1 or vX" })
    .default("2025-02-19"),
  /** Read token (drafts, preview); server only. */
  SANITY_READ_TOKEN: z.string().optional(),
  /** Another API origin (a local stand-in in tests); the project then travels in a header. */
  SANITY_API_HOST: httpUrl.optional(),
  SANITY_TIMEOUT_MS: wholeNumber(1).default(5_000),
  /** How long a query with a last good result waits for the content source before that copy is served (the answer still refreshes it). */
  CONTENT_STALE_AFTER_MS: wholeNumber(0, 10_000).default(400),
  /** Write token (server only); with SANITY_PROJECT_ID, inquiries also go to the Content Lake. */
  SANITY_WRITE_TOKEN: z.string().optional(),
  /** Seconds a Content Lake result is kept in memory; the webhook purges sooner, this is the backstop. */
  SANITY_CACHE_TTL_S: wholeNumber(0).default(60),
  /** The Sanity webhook's secret (server only); unset: POST /api/webhooks/sanity answers 404. */
  SANITY_WEBHOOK_SECRET: z.string().min(16, { error: "must be at least 16 characters" }).optional(),

  /** Signs preview links (server only); unset: preview is off. */
  PREVIEW_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional(),

  /** The inquiry database file (created with its folder when missing). */
  INQUIRY_DB: z.string().default(".data/inquiries.sqlite"),
  /** Signs form tokens. Unset: a random key per process (the inquiry feature warns). */
  INQUIRY_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  /** A form sent sooner than this after it was served is refused as automated. */
  INQUIRY_MIN_FILL_MS: wholeNumber(0).default(3_000),
  /** How long a served form stays valid. */
  INQUIRY_MAX_AGE_MS: wholeNumber(1).default(24 * 60 * 60 * 1000),
  /** Submissions per client and window. */
  INQUIRY_RATE_LIMIT: wholeNumber(1).default(10),
  INQUIRY_RATE_WINDOW_S: wholeNumber(1).default(600),
  /** First retry delay of the Sanity outbox; doubles per failure up to INQUIRY_OUTBOX_MAX_MS. */
  INQUIRY_OUTBOX_BASE_MS: wholeNumber(1).default(5_000),
  INQUIRY_OUTBOX_MAX_MS: wholeNumber(1).default(60 * 60 * 1000),

  /** Prospectus PDFs rendered (cache misses) per client and window; more get a 429. */
  PROSPECTUS_RATE_LIMIT: wholeNumber(1).default(20),
  PROSPECTUS_RATE_WINDOW_S: wholeNumber(1).default(300),

  /** The content store's SQLite file (without SANITY_PROJECT_ID; seeded from CONTENT_DATASET when new). */
  STORE_DB: z.string().default(".data/store.sqlite"),
  /** The store's project id: the Studio calls `<id>.<host>`, and image URLs carry it. */
  STORE_PROJECT_ID: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: "must be lower-case letters, digits and dashes" })
    .default("demo1234"),
  /** Where the store API also answers on the site's own host (for proxies and @sanity/client). */
  STORE_PATH_PREFIX: z
    .string()
    .regex(/^(\/[A-Za-z0-9._-]+)+$/, { error: 'must be a path such as "/api/store"' })
    .default("/api/store"),
  /** The automation token (server only): `Authorization: Bearer <token>` acts as an administrator. */
  STORE_API_TOKEN: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  /** Browser origins allowed to call the store with credentials (comma-separated); unset: the site's own. */
  STORE_CORS_ORIGINS: z
    .string()
    .transform((value, ctx) => {
      const origins = value
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean);
      for (const origin of origins) {
        let parsed;
        try {
          parsed = new URL(origin);
        } catch {
          parsed = undefined;
        }
        if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, "")) {
          ctx.addIssue({
            code: "custom",
            message: "must be comma-separated origins, e.g. https://haugiang.example.org",
          });
          return z.NEVER;
        }
      }
      return origins;
    })
    .optional(),
  /** Wrong Studio passwords allowed per account per window (per client address: four times as many). */
  STORE_LOGIN_RATE_LIMIT: wholeNumber(1).default(5),
  STORE_LOGIN_RATE_WINDOW_S: wholeNumber(1).default(900),
  /** Set: also listen with HTTP/2 over TLS on this port (the Studio's many listen streams need HTTP/2). */
  STORE_TLS_PORT: wholeNumber(1, 65_535).optional(),
  /** PEM key and certificate files for STORE_TLS_PORT; unset: a self-signed pair for localhost in .data/tls/. */
  STORE_TLS_KEY: z.string().optional(),
  STORE_TLS_CERT: z.string().optional(),
});

/** @typedef {z.infer<typeof schema>} Env */

/** Their values never appear in a message, a page or the browser bundle (tests/integration/hostile-input.test.ts). */
export const SECRET_VARIABLES = /** @type {const} */ ([
  "SANITY_READ_TOKEN",
  "SANITY_WRITE_TOKEN",
  "SANITY_WEBHOOK_SECRET",
  "INQUIRY_SECRET",
  "STORE_API_TOKEN",
  "PREVIEW_SECRET",
]);
const SECRETS = new Set(/** @type {readonly string[]} */ (SECRET_VARIABLES));

/** The variables this module reads, for `.env.example` and the tests. */
export const ENV_VARIABLES = /** @type {(keyof Env)[]} */ (Object.keys(schema.shape));

export class EnvError extends Error {
  /** @param {string[]} problems one line per bad variable */
  constructor(problems) {
    super(`Invalid environment (see .env.example):\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "EnvError";
    this.problems = problems;
  }
}

/**
 * Parses an environment (process.env by default); throws an EnvError naming every bad variable.
 * @param {Record<string, string | undefined>} [source]
 * @returns {Env}
 */
export function parseEnv(source = process.env) {
  /** @type {Record<string, string>} */
  const values = {};
  for (const key of ENV_VARIABLES) {
    const value = source[key];
    if (value !== undefined && value !== "") values[key] = value;
  }
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const shown = SECRETS.has(name) ? "" : ` (got ${JSON.stringify(values[name])})`;
    return `${name} ${issue.message}${shown}`;
  });
  throw new EnvError(problems);
}

// On globalThis: server.js imports this file and the server build holds a bundled copy
// of it (re-imported on each rebuild under `remix dev`); all of them share one parse.
const KEY = Symbol.for("haugiang.env");
const holder = /** @type {typeof globalThis & { [KEY]?: Env }} */ (globalThis);

/** The process's environment, parsed on first use. */
export function env() {
  return (holder[KEY] ??= parseEnv());
}

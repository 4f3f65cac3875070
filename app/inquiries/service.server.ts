/**
 * The inquiry form's server side: what the page needs to render the form (a fresh
 * signed token bound to the client cookie, localized country and language lists, the
 * opportunities it can be about) and the handling of a submission, in the order that
 * rejects abuse cheaply and never loses a valid inquiry:
 *
 *   415 not a form → 413 too large → 429 rate limited → 403 token missing/forged/expired
 *   → 400 sent too fast / honeypot filled / invalid fields → stored (committed) → 303 to
 *   the confirmation page. A failed database write is a 503 with the input kept.
 */
import { data, redirect } from "@remix-run/node";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { loadQuery } from "~/content/load.server";
import { INQUIRY_OPPORTUNITIES_QUERY } from "~/content/queries";
import { pickVersion } from "~/content/translations";
import { LANGUAGES, type Lang } from "~/i18n/languages";
import { chainFor } from "~/i18n/locale.server";
import { href } from "~/i18n/routing";
import { CACHE } from "~/utils/cache";
import { inquiryConfig } from "./config.server";
import { clientCookie, issueToken, newClientId, readClientId, verifyToken } from "./csrf.server";
import { getOutbox } from "./outbox.server";
import {
  COUNTRY_CODES,
  EMPTY_VALUES,
  HONEYPOT_FIELD,
  MAX_BODY_BYTES,
  TOKEN_FIELD,
  keptValues,
  validateInquiry,
  type FieldErrors,
  type InquiryValues,
} from "./schema";
import { getInquiryStore, type InquiryStore } from "./store.server";

export type FormErrorCode =
  "csrf" | "expired" | "tooFast" | "honeypot" | "rateLimited" | "tooLarge" | "unsupported" | "unavailable";

export interface InquiryActionData {
  values: InquiryValues;
  errors: FieldErrors;
  formError?: FormErrorCode;
  /** For rateLimited: minutes until the next try is accepted. */
  retryMinutes?: number;
}

export interface OpportunityOption {
  id: string;
  title: string;
  lang: Lang;
  status: string | null;
  /** The ids of every language version: `?opportunity=` may name any of them. */
  aliases: string[];
}

export function store(): InquiryStore {
  return getInquiryStore(inquiryConfig().INQUIRY_DB);
}

/**
 * Starts the outbox worker with the process when Sanity writes are configured, or, in
 * the default mode, as soon as server.js has the content store running (it opens after
 * the build is loaded), so inquiries a previous process left unsent go out at start.
 */
export function startOutboxIfConfigured(): void {
  const config = inquiryConfig();
  if (config.sanity) {
    getOutbox(store());
    return;
  }
  if (!config.contentStore) return;
  const deadline = Date.now() + 120_000;
  const attempt = () => {
    if (getOutbox(store())) return;
    if (Date.now() < deadline) setTimeout(attempt, 250).unref();
  };
  attempt();
}

// At server start, so inquiries left unsent by a previous process go out without
// waiting for the next visitor. Not under Vitest, where each test builds what it needs.
if (typeof process !== "undefined" && !process.env.VITEST) {
  setImmediate(() => {
    try {
      startOutboxIfConfigured();
    } catch (error) {
      console.error("The inquiry outbox could not start:", error);
    }
  });
}

/** Every opportunity in the reader's language (or its fallback), sorted by title. */
export async function opportunityOptions(lang: Lang): Promise<OpportunityOption[]> {
  const groups = await loadQuery(INQUIRY_OPPORTUNITIES_QUERY, { source: "vi" });
  const chain = chainFor(lang);
  const collator = new Intl.Collator(lang);
  const options: OpportunityOption[] = [];
  for (const group of groups ?? []) {
    const versions = (group.versions ?? []).flatMap((v) => (v?._id ? [v] : []));
    const shown = pickVersion(versions, chain);
    if (!shown?.value.title) continue;
    options.push({
      id: shown.value._id,
      title: shown.value.title,
      lang: shown.lang,
      status: shown.value.status ?? null,
      aliases: versions.map((v) => v._id),
    });
  }
  return options.sort((a, b) => collator.compare(a.title, b.title));
}

/** Countries and territories by their name in the reader's language. */
export function countryOptions(lang: Lang): [code: string, name: string][] {
  const names = new Intl.DisplayNames([lang], { type: "region", fallback: "code" });
  const collator = new Intl.Collator(lang);
  return COUNTRY_CODES.map((c) => [c, names.of(c) ?? c] as [string, string]).sort((a, b) =>
    collator.compare(a[1], b[1]),
  );
}

/** The six languages, each named in the reader's language and in its own. */
export function languageOptions(lang: Lang): [id: string, label: string][] {
  const names = new Intl.DisplayNames([lang], { type: "language" });
  return LANGUAGES.map((l) => {
    const inReader = names.of(l.id) ?? l.title;
    return [l.id, l.id === lang || inReader === l.title ? l.title : `${inReader} (${l.title})`];
  });
}

function isSecure(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

/** A token for a new form, and the cookie it is bound to when the request has none. */
export function formToken(request: Request): { token: string; setCookie?: string } {
  const config = inquiryConfig();
  const existing = readClientId(request.headers.get("Cookie"));
  const clientId = existing ?? newClientId();
  return {
    token: issueToken(config.secret, clientId),
    setCookie: existing
      ? undefined
      : clientCookie(clientId, isSecure(request), Math.ceil(config.INQUIRY_MAX_AGE_MS / 1000)),
  };
}

// ---------------------------------------------------------------------------
// Submission

const limiterHolder = globalThis as typeof globalThis & { __inquiryLimiter?: RateLimiterMemory };
function limiter(): RateLimiterMemory {
  const config = inquiryConfig();
  limiterHolder.__inquiryLimiter ??= new RateLimiterMemory({
    keyPrefix: "inquiry",
    points: config.INQUIRY_RATE_LIMIT,
    duration: config.INQUIRY_RATE_WINDOW_S,
  });
  return limiterHolder.__inquiryLimiter;
}

let warnedNoIp = false;
/**
 * The client the rate limit counts against: the address server.js passes in the load
 * context (`clientIp: req.ip`, which honours TRUST_PROXY); failing that, the last
 * X-Forwarded-For hop when TRUST_PROXY=1; failing that, one shared bucket.
 */
export function clientKey(request: Request, context: unknown): string {
  const fromContext = (context as { clientIp?: unknown } | undefined)?.clientIp;
  if (typeof fromContext === "string" && fromContext) return fromContext;
  if (inquiryConfig().TRUST_PROXY) {
    const hops = (request.headers.get("X-Forwarded-For") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (hops.length) return hops[hops.length - 1];
  }
  if (!warnedNoIp) {
    warnedNoIp = true;
    console.warn(
      "Inquiry rate limit: no client address in the load context; all clients share one limit (see docs/decisions/0004-inquiry-outbox.md).",
    );
  }
  return "unknown";
}

class TooLarge extends Error {}

async function readLimited(request: Request, max: number): Promise<string> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > max) throw new TooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const NO_STORE = { "Cache-Control": CACHE.none };

function reject(status: number, body: InquiryActionData, headers: Record<string, string> = {}) {
  return data(body, { status, headers: { ...NO_STORE, ...headers } });
}

export async function handleSubmission(request: Request, context: unknown, lang: Lang) {
  const config = inquiryConfig();
  const contentType = request.headers.get("Content-Type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    return reject(415, { values: EMPTY_VALUES, errors: {}, formError: "unsupported" });
  }
  let body: string;
  try {
    body = await readLimited(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof TooLarge) return reject(413, { values: EMPTY_VALUES, errors: {}, formError: "tooLarge" });
    throw error;
  }
  const form = new URLSearchParams(body);
  const raw: Record<string, string> = {};
  for (const [key, value] of form) if (!(key in raw)) raw[key] = value;
  const values = keptValues(raw);

  try {
    await limiter().consume(clientKey(request, context));
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    return reject(
      429,
      { values, errors: {}, formError: "rateLimited", retryMinutes: Math.ceil(seconds / 60) },
      { "Retry-After": String(seconds) },
    );
  }

  const check = verifyToken(config.secret, raw[TOKEN_FIELD], readClientId(request.headers.get("Cookie")), {
    minFillMs: config.INQUIRY_MIN_FILL_MS,
    maxAgeMs: config.INQUIRY_MAX_AGE_MS,
  });
  if (!check.ok) {
    if (check.reason === "tooFast") return reject(400, { values, errors: {}, formError: "tooFast" });
    return reject(403, { values, errors: {}, formError: check.reason === "expired" ? "expired" : "csrf" });
  }
  if ((raw[HONEYPOT_FIELD] ?? "") !== "") return reject(400, { values, errors: {}, formError: "honeypot" });

  const opportunities = await opportunityOptions(lang);
  const known = new Set(opportunities.flatMap((o) => o.aliases));
  const result = validateInquiry(raw, known);
  if (!result.ok) return reject(400, { values, errors: result.errors });

  const opportunity = result.data.opportunity
    ? opportunities.find((o) => o.aliases.includes(result.data.opportunity))
    : undefined;
  let reference: string;
  try {
    const s = store();
    const { inquiry } = s.insert({
      ...result.data,
      submissionKey: check.nonce,
      pageLanguage: lang,
      opportunityTitle: opportunity?.title,
    });
    reference = inquiry.reference;
    getOutbox(s)?.kick();
  } catch (error) {
    console.error("An inquiry could not be stored:", error);
    return reject(503, { values, errors: {}, formError: "unavailable" }, { "Retry-After": "60" });
  }
  // Only now, after the commit, is the reader told the inquiry arrived.
  return redirect(href(lang, `/invest/inquiry/${reference}`), { status: 303, headers: NO_STORE });
}

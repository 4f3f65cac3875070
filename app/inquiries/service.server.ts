/**
 * The inquiry form's server side: what the page needs to render the form (a fresh
 * signed token bound to the client cookie, localized country and language lists, the
 * opportunities it can be about) and the handling of a submission, in the order that
 * rejects abuse cheaply and never loses a valid inquiry:
 *
 *   415 not a form → 413 too large → 403 foreign Origin → 403 token missing/forged/expired
 *   → 400 sent too fast / honeypot filled / invalid fields → (the same form again: its
 *   first reference, or 409 when the message differs) → 429 rate limited → stored
 *   (committed) → 303 to the confirmation page. A database that cannot be written (read
 *   only, disk full) is a 503 with the input kept.
 *
 * Two rate-limit buckets per client, so junk cannot lock out a real reader behind the
 * same address: every rejection is charged to a loose junk bucket (10× the limit; when
 * it is empty, junk gets 429 instead), and the submission limit is charged only for a
 * well-formed submission with a valid token that is about to be stored.
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
  type Inquiry,
  type InquiryValues,
} from "./schema";
import { getInquiryStore, type InquiryStore, type StoredInquiry } from "./store.server";

export type FormErrorCode =
  | "csrf"
  | "origin"
  | "expired"
  | "tooFast"
  | "honeypot"
  | "rateLimited"
  | "tooLarge"
  | "unsupported"
  | "unavailable"
  | "alreadySent";

export interface InquiryActionData {
  values: InquiryValues;
  errors: FieldErrors;
  formError?: FormErrorCode;
  /** For rateLimited: minutes until the next try is accepted. */
  retryMinutes?: number;
  /** For alreadySent: the reference this form was first sent as. */
  reference?: string;
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
  let logged = false;
  const attempt = () => {
    try {
      if (getOutbox(store())) return;
    } catch (error) {
      // e.g. a read-only database: the form answers 503 meanwhile; keep trying until it opens.
      if (!logged) console.error("The inquiry outbox could not start (retrying):", error);
      logged = true;
    }
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

/**
 * The cookie is `Secure` when the request came over https or the site's public address is
 * https: behind a TLS proxy without TRUST_PROXY the request looks like plain http, but a
 * reader only ever reaches the site through PUBLIC_URL.
 */
function isSecure(request: Request): boolean {
  const publicUrl = inquiryConfig().PUBLIC_URL;
  return new URL(request.url).protocol === "https:" || (publicUrl ?? "").toLowerCase().startsWith("https:");
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

type Bucket = "submission" | "junk" | "lookup";
const limiterHolder = globalThis as typeof globalThis & { __inquiryLimiters?: Map<Bucket, RateLimiterMemory> };

/** Reference look-ups a client may make per minute: enough for a reader, slow for guessing. */
export const LOOKUP_LIMIT = 20;
/** Rejected posts (junk) a client may send per window, as a multiple of the submission limit. */
const JUNK_FACTOR = 10;

function limiter(bucket: Bucket): RateLimiterMemory {
  const config = inquiryConfig();
  limiterHolder.__inquiryLimiters ??= new Map();
  let found = limiterHolder.__inquiryLimiters.get(bucket);
  if (!found) {
    found = new RateLimiterMemory(
      bucket === "lookup"
        ? { keyPrefix: "inquiry-lookup", points: LOOKUP_LIMIT, duration: 60 }
        : {
            keyPrefix: `inquiry-${bucket}`,
            points: config.INQUIRY_RATE_LIMIT * (bucket === "junk" ? JUNK_FACTOR : 1),
            duration: config.INQUIRY_RATE_WINDOW_S,
          },
    );
    limiterHolder.__inquiryLimiters.set(bucket, found);
  }
  return found;
}

/** Charges one point to the client's bucket: undefined when allowed, else the seconds until the next is. */
export async function charge(bucket: Bucket, key: string): Promise<number | undefined> {
  try {
    await limiter(bucket).consume(key);
    return undefined;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
  }
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

function rateLimited(seconds: number, values: InquiryValues) {
  return reject(
    429,
    { values, errors: {}, formError: "rateLimited", retryMinutes: Math.ceil(seconds / 60) },
    { "Retry-After": String(seconds) },
  );
}

function unavailable(values: InquiryValues) {
  return reject(503, { values, errors: {}, formError: "unavailable" }, { "Retry-After": "60" });
}

/** What the reader wrote, as stored: the same form sent again with these is a repeat, not a new message. */
function sameSubmission(stored: StoredInquiry, data: Inquiry): boolean {
  return (
    stored.name === data.name &&
    stored.organisation === data.organisation &&
    stored.country === data.country &&
    stored.email === data.email &&
    stored.phone === data.phone &&
    stored.preferredLanguage === data.preferredLanguage &&
    stored.topic === data.topic &&
    stored.opportunityId === data.opportunity &&
    stored.message === data.message
  );
}

/** Set by server.js when a POST's Origin is foreign, `null` or malformed (Remix's own check would throw a 500). */
function foreignOrigin(context: unknown): boolean {
  return (context as { foreignOrigin?: unknown } | undefined)?.foreignOrigin === true;
}

export async function handleSubmission(request: Request, context: unknown, lang: Lang) {
  const config = inquiryConfig();
  const client = clientKey(request, context);
  /** A rejection, charged to the junk bucket: a flood of junk gets 429, a real reader's submission never does. */
  const junk = async (status: number, body: InquiryActionData) => {
    const wait = await charge("junk", client);
    return wait === undefined ? reject(status, body) : rateLimited(wait, body.values);
  };
  const contentType = request.headers.get("Content-Type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    return junk(415, { values: EMPTY_VALUES, errors: {}, formError: "unsupported" });
  }
  let body: string;
  try {
    body = await readLimited(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof TooLarge) return junk(413, { values: EMPTY_VALUES, errors: {}, formError: "tooLarge" });
    throw error;
  }
  const form = new URLSearchParams(body);
  const raw: Record<string, string> = {};
  for (const [key, value] of form) if (!(key in raw)) raw[key] = value;
  const values = keptValues(raw);

  if (foreignOrigin(context)) return junk(403, { values, errors: {}, formError: "origin" });

  const check = verifyToken(config.secret, raw[TOKEN_FIELD], readClientId(request.headers.get("Cookie")), {
    minFillMs: config.INQUIRY_MIN_FILL_MS,
    maxAgeMs: config.INQUIRY_MAX_AGE_MS,
  });
  if (!check.ok) {
    if (check.reason === "tooFast") return junk(400, { values, errors: {}, formError: "tooFast" });
    return junk(403, { values, errors: {}, formError: check.reason === "expired" ? "expired" : "csrf" });
  }
  if ((raw[HONEYPOT_FIELD] ?? "") !== "") return junk(400, { values, errors: {}, formError: "honeypot" });

  const opportunities = await opportunityOptions(lang);
  const known = new Set(opportunities.flatMap((o) => o.aliases));
  const result = validateInquiry(raw, known);
  if (!result.ok) return junk(400, { values, errors: result.errors });

  // The same form again (double click, reload after POST): the first reference, uncharged.
  // Another message on the same form is not dropped: the reader gets it back to send anew.
  const alreadySent = (first: StoredInquiry) =>
    sameSubmission(first, result.data)
      ? redirect(href(lang, `/invest/inquiry/${first.reference}`), { status: 303, headers: NO_STORE })
      : reject(409, { values, errors: {}, formError: "alreadySent", reference: first.reference });
  let s: InquiryStore;
  try {
    s = store();
    const first = s.bySubmissionKey(check.nonce);
    if (first) return alreadySent(first);
  } catch (error) {
    console.error("The inquiry database cannot be read:", error);
    return unavailable(values);
  }

  const wait = await charge("submission", client);
  if (wait !== undefined) return rateLimited(wait, values);

  const opportunity = result.data.opportunity
    ? opportunities.find((o) => o.aliases.includes(result.data.opportunity))
    : undefined;
  let reference: string;
  try {
    const { inquiry, created } = s.insert({
      ...result.data,
      submissionKey: check.nonce,
      pageLanguage: lang,
      opportunityTitle: opportunity?.title,
    });
    if (!created) return alreadySent(inquiry);
    reference = inquiry.reference;
    getOutbox(s)?.kick();
  } catch (error) {
    // Read-only file or directory, disk full, I/O error: nothing was committed, so nothing is acknowledged.
    console.error("An inquiry could not be stored:", error);
    return unavailable(values);
  }
  // Only now, after the commit, is the reader told the inquiry arrived.
  return redirect(href(lang, `/invest/inquiry/${reference}`), { status: 303, headers: NO_STORE });
}

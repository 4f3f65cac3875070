/**
 * The investor inquiry form's rules, shared by the server (the authority) and the
 * browser (validation as you type), so both say exactly the same thing. No server
 * imports here: this module is bundled for the browser.
 *
 * Zod messages are not sentences but codes (`required`, `tooLong`…); the page turns
 * `<field>.<code>` into the reader's language (locales/<lang>/inquiry.json, `errors.*`).
 * zod/mini, not zod: the full build would add ~90 KB gzip to the form's page
 * (docs/decisions/0010-client-validation.md).
 */
import * as z from "zod/mini";
import { LANGUAGE_IDS, type Lang } from "~/i18n/languages";

/** ISO 3166-1 alpha-2 codes in use (no reserved or withdrawn ones); names come from Intl.DisplayNames. */
export const COUNTRY_CODES =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split(
    " ",
  );

export const TOPICS = ["opportunity", "industrialPark", "incentives", "procedures", "visit", "other"] as const;
export type Topic = (typeof TOPICS)[number];

export const LIMITS = {
  name: 120,
  organisation: 200,
  email: 254,
  phone: 40,
  messageMin: 5,
  message: 5000,
} as const;

/**
 * The whole urlencoded body may not exceed this. The longest valid form is a
 * 5,000-character message of characters that are 3 bytes in UTF-8 (Vietnamese with
 * diacritics, CJK), each percent-encoded to 9 bytes: 45 KB, plus at most ~6 KB for the
 * other fields at the same rate; 64 KB leaves room without inviting abuse.
 */
export const MAX_BODY_BYTES = 64 * 1024;

/** The form's own names, in the order the error summary lists them. */
export const FIELDS = [
  "name",
  "organisation",
  "country",
  "email",
  "phone",
  "preferredLanguage",
  "topic",
  "opportunity",
  "message",
  "consent",
] as const;
export type Field = (typeof FIELDS)[number];

/** Hidden fields: the signed form token and the honeypot (a field people never see, so never fill). */
export const TOKEN_FIELD = "formToken";
export const HONEYPOT_FIELD = "website";

export type InquiryValues = Record<Field, string>;

export const EMPTY_VALUES: InquiryValues = Object.fromEntries(FIELDS.map((f) => [f, ""])) as InquiryValues;

const text = (max: number) =>
  z
    .string({ error: "required" })
    .check(z.trim(), z.minLength(1, { error: "required" }), z.maxLength(max, { error: "tooLong" }));

const OPPORTUNITY_ID = /^[a-zA-Z0-9_.-]{1,128}$/;
const PHONE = /^\+?[\d\s().\-/]{5,}$/;

/** Each field on its own; the opportunity rule, which depends on the topic, is in validateInquiry. */
export function inquirySchema() {
  return z.object({
    name: text(LIMITS.name),
    organisation: text(LIMITS.organisation),
    country: z.string({ error: "required" }).check(z.refine((v) => COUNTRY_CODES.includes(v), { error: "required" })),
    email: z.pipe(text(LIMITS.email), z.email({ error: "invalid" })),
    phone: z._default(
      z
        .string()
        .check(
          z.trim(),
          z.maxLength(LIMITS.phone, { error: "tooLong" }),
          z.refine((v) => v === "" || (PHONE.test(v) && (v.match(/\d/g)?.length ?? 0) >= 5), { error: "invalid" }),
        ),
      "",
    ),
    preferredLanguage: z.pipe(
      z.string({ error: "required" }),
      z.custom<Lang>((v) => (LANGUAGE_IDS as readonly string[]).includes(v as string), { error: "required" }),
    ),
    topic: z.enum(TOPICS, { error: "required" }),
    opportunity: z._default(z.string().check(z.trim()), ""),
    message: z
      .string({ error: "required" })
      .check(
        z.trim(),
        z.minLength(1, { error: "required" }),
        z.minLength(LIMITS.messageMin, { error: "tooShort" }),
        z.maxLength(LIMITS.message, { error: "tooLong" }),
      ),
    consent: z.literal("yes", { error: "required" }),
  });
}

/**
 * An inquiry about an opportunity must name one that is listed. Checked beside the
 * schema, not in a refinement: zod skips object refinements while any field is invalid,
 * and the reader should hear about every problem at once.
 */
function opportunityError(
  values: Partial<Record<string, unknown>>,
  opportunityIds: ReadonlySet<string>,
): string | undefined {
  if (values.topic !== "opportunity") return undefined;
  const id = typeof values.opportunity === "string" ? values.opportunity.trim() : "";
  if (id === "") return "required";
  return OPPORTUNITY_ID.test(id) && opportunityIds.has(id) ? undefined : "invalid";
}

export type Inquiry = z.infer<ReturnType<typeof inquirySchema>>;

/** One error code per field (the first), e.g. `{ email: "invalid" }`. */
export type FieldErrors = Partial<Record<Field, string>>;

export type Validation = { ok: true; data: Inquiry } | { ok: false; errors: FieldErrors };

export function validateInquiry(
  values: Partial<Record<string, unknown>>,
  opportunityIds: ReadonlySet<string>,
): Validation {
  const input = Object.fromEntries(FIELDS.map((f) => [f, typeof values[f] === "string" ? values[f] : undefined]));
  // An unticked checkbox is absent from the body; a missing topic is `undefined`: both "required".
  const result = inquirySchema().safeParse(input);
  const aboutOpportunity = opportunityError(values, opportunityIds);
  if (result.success && !aboutOpportunity) {
    // Without topic "opportunity", a selected opportunity is not part of the inquiry.
    const data = result.data.topic === "opportunity" ? result.data : { ...result.data, opportunity: "" };
    return { ok: true, data };
  }
  const errors: FieldErrors = {};
  for (const issue of result.success ? [] : result.error.issues) {
    const field = issue.path[0] as Field;
    if (FIELDS.includes(field) && !errors[field]) errors[field] = knownCode(issue.message);
  }
  if (aboutOpportunity) errors.opportunity = aboutOpportunity;
  return { ok: false, errors };
}

const CODES = new Set(["required", "tooLong", "tooShort", "invalid"]);
/** Zod's own messages (e.g. a type error it words itself) become "invalid". */
function knownCode(message: string): string {
  return CODES.has(message) ? message : "invalid";
}

/** The values to put back into the form: strings only, each cut to a sane length. */
export function keptValues(values: Partial<Record<string, unknown>>): InquiryValues {
  const out = { ...EMPTY_VALUES };
  for (const f of FIELDS) {
    const v = values[f];
    if (typeof v === "string") out[f] = v.slice(0, f === "message" ? LIMITS.message * 2 : 1000);
  }
  return out;
}

/** Placeholders for a field's message (`{{max}}`, `{{min}}`). */
export function messageParams(field: Field): Record<string, number> {
  if (field === "message") return { min: LIMITS.messageMin, max: LIMITS.message };
  const max = (LIMITS as Record<string, number>)[field];
  return max ? { max } : {};
}

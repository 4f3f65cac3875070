/**
 * The inquiry form's fields, limits and value helpers: no validation library, so the form's
 * page can import them without zod. The rules themselves are in ./schema (which re-exports
 * these), loaded by the form only when a reader starts filling it in.
 */
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

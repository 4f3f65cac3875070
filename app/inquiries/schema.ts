/**
 * The investor inquiry form's rules, shared by the server (the authority) and the
 * browser (validation as you type), so both say exactly the same thing. No server
 * imports here: this module is bundled for the browser.
 *
 * Zod messages are not sentences but codes (`required`, `tooLong`…); the page turns
 * `<field>.<code>` into the reader's language (locales/<lang>/inquiry.json, `errors.*`).
 * zod/mini, not zod: the full build would add ~90 KB gzip to the form's page
 * (docs/decisions/0011-client-validation.md).
 */
import * as z from "zod/mini";
import { LANGUAGE_IDS, type Lang } from "~/i18n/languages";
import { COUNTRY_CODES, FIELDS, LIMITS, TOPICS, type Field } from "./fields";

export * from "./fields";

const text = (max: number) =>
  z
    .string({ error: "required" })
    .check(z.trim(), z.minLength(1, { error: "required" }), z.maxLength(max, { error: "tooLong" }));

const OPPORTUNITY_ID = /^[a-zA-Z0-9_.-]{1,128}$/;

/**
 * An e-mail address, internationalised ones included (RFC 6531: `user@bücher.de`,
 * `đức@ví-dụ.vn`). The domain is checked in its ASCII (Punycode) form, which the URL
 * parser produces by the IDNA rules (so `bücher.de` is read as browsers and mail servers
 * read it, and a malformed label is refused); the local part may hold letters, marks
 * and digits of any script besides zod's ASCII set, and then goes through zod's own
 * address pattern. The address is stored as typed (NFC): that is what the reader wrote
 * and what a reply goes to; mail software does the Punycode itself.
 */
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function isEmailAddress(value: string): boolean {
  const at = value.lastIndexOf("@");
  if (at <= 0 || at === value.length - 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if ([...local].length > 64 || /[\s"\\@]/u.test(local)) return false;
  // A port, user info, path or IP literal in the "domain" would make the URL parser read another host.
  if (/[\s/?#\\%:@[\]]/u.test(domain)) return false;
  let asciiDomain: string;
  try {
    asciiDomain = new URL(`http://${domain}/`).hostname;
  } catch {
    return false;
  }
  // Any letter, mark or digit stands in as an ASCII letter for the pattern; anything else must already be ASCII.
  const asciiLocal = local.replace(/[\p{L}\p{M}\p{N}]/gu, (c) => (c.charCodeAt(0) < 128 ? c : "a"));
  // zod's pattern for the local part; the domain by its labels, since zod's wants an ASCII TLD (not `xn--fiqs8s`).
  const labels = asciiDomain.split(".");
  const tld = labels[labels.length - 1];
  return (
    z.regexes.email.test(`${asciiLocal}@example.org`) &&
    asciiDomain.length <= 253 &&
    labels.length >= 2 &&
    labels.every((l) => DOMAIN_LABEL.test(l)) &&
    (/^[a-z]{2,63}$/.test(tld) || /^xn--[a-z0-9-]{2,59}$/.test(tld))
  );
}
const PHONE = /^\+?[\d\s().\-/]{5,}$/;

/** Each field on its own; the opportunity rule, which depends on the topic, is in validateInquiry. */
export function inquirySchema() {
  return z.object({
    name: text(LIMITS.name),
    organisation: text(LIMITS.organisation),
    country: z.string({ error: "required" }).check(z.refine((v) => COUNTRY_CODES.includes(v), { error: "required" })),
    email: z.pipe(
      text(LIMITS.email),
      z.pipe(
        z.transform((v: string) => v.normalize("NFC")),
        z.string().check(z.refine(isEmailAddress, { error: "invalid" })),
      ),
    ),
    phone: z._default(
      z.string().check(
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

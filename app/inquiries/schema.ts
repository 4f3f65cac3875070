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
const PHONE = /^\+?[\d\s().\-/]{5,}$/;

/** Each field on its own; the opportunity rule, which depends on the topic, is in validateInquiry. */
export function inquirySchema() {
  return z.object({
    name: text(LIMITS.name),
    organisation: text(LIMITS.organisation),
    country: z.string({ error: "required" }).check(z.refine((v) => COUNTRY_CODES.includes(v), { error: "required" })),
    email: z.pipe(text(LIMITS.email), z.email({ error: "invalid" })),
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

/**
 * The inquiry form. Without JavaScript it is a plain POST form whose errors the server
 * renders; with JavaScript the same zod rules (./schema) check each field as the reader
 * leaves it and again on submit, so the messages match the server's word for word. The rules
 * (zod/mini, ~7 KB gzip) are fetched when the reader first focuses a field, not with the page;
 * until they are there, the server's check (the authority) is the only one.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "~/i18n/use-translation";
import type { Lang } from "~/i18n/languages";
import { href } from "~/i18n/routing";
import {
  FIELDS,
  HONEYPOT_FIELD,
  LIMITS,
  TOKEN_FIELD,
  TOPICS,
  messageParams,
  type Field,
  type InquiryValues,
} from "./fields";
import type * as Rules from "./schema";
import type { FieldErrors } from "./schema";

let rules: typeof Rules | undefined;
function loadRules() {
  if (!rules) import("./schema").then((loaded) => (rules = loaded), console.error);
}

export interface InquiryFormProps {
  lang: Lang;
  token: string;
  values: InquiryValues;
  serverErrors: FieldErrors;
  /** A message about the whole submission (expired form, rate limit…), already localized. */
  formMessage?: string;
  countries: [string, string][];
  languageOptions: [string, string][];
  opportunities: { id: string; title: string; lang: Lang; status: string | null; aliases: string[] }[];
}

const fieldId = (f: Field) => `inquiry-${f}`;
const errorId = (f: Field) => `inquiry-${f}-error`;
const hintId = (f: Field) => `inquiry-${f}-hint`;

function formValues(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new FormData(form)) if (typeof v === "string" && !(k in out)) out[k] = v;
  return out;
}

export function InquiryForm(props: InquiryFormProps) {
  const { lang, token, values, serverErrors, formMessage, countries, languageOptions, opportunities } = props;
  const { t } = useTranslation("inquiry");
  const known = useMemo(() => new Set(opportunities.flatMap((o) => o.aliases)), [opportunities]);
  const [errors, setErrors] = useState<FieldErrors>(serverErrors);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set(Object.keys(serverErrors)));
  const [showSummary, setShowSummary] = useState(Object.keys(serverErrors).length > 0 || !!formMessage);
  const [focusTick, setFocusTick] = useState(0);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusTick > 0) summary.current?.focus();
  }, [focusTick]);

  const message = (f: Field, code: string) =>
    t(`errors.${f}.${code}`, { ...messageParams(f), defaultValue: t("errors.generic") });

  function revalidate(form: HTMLFormElement, nextTouched: ReadonlySet<string>) {
    // Rules not loaded yet (a submit before any focus): the server checks and answers.
    if (!rules) return {};
    const result = rules.validateInquiry(formValues(form), known);
    const all = result.ok ? {} : result.errors;
    setErrors(Object.fromEntries(Object.entries(all).filter(([f]) => nextTouched.has(f))));
    return all;
  }

  function onBlur(event: React.FocusEvent<HTMLFormElement>) {
    const name = (event.target as unknown as { name?: string }).name ?? "";
    if (!FIELDS.includes(name as Field)) return;
    const next = new Set(touched).add(name);
    setTouched(next);
    revalidate(event.currentTarget, next);
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    // Clear or update a shown error as soon as the reader fixes it.
    if (touched.size) revalidate(event.currentTarget, touched);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const all = revalidate(event.currentTarget, new Set(FIELDS));
    setTouched(new Set(FIELDS));
    if (Object.keys(all).length > 0) {
      event.preventDefault();
      setShowSummary(true);
      setFocusTick((n) => n + 1);
    }
  }

  /**
   * A summary link focuses its field and scrolls the field's label (or its group's legend) to the
   * top, as GOV.UK's error summary does: a plain `#id` jump leaves focus on the link and, with the
   * router listening to the hash change, the field can end up off screen (the consent box at
   * y = 1467 in an 800 px window). Without JavaScript the link is still an ordinary fragment link.
   */
  function followErrorLink(event: React.MouseEvent<HTMLAnchorElement>, f: Field) {
    const field = document.getElementById(fieldId(f));
    if (!field) return;
    event.preventDefault();
    const heading =
      field.closest("fieldset")?.querySelector("legend") ?? document.querySelector(`label[for="${fieldId(f)}"]`);
    field.focus({ preventScroll: true });
    (heading ?? field).scrollIntoView({ block: "start" });
  }

  const listed = FIELDS.filter((f) => errors[f]);
  // Closed (or awarded) opportunities go in a group of their own instead of a suffix after the
  // title: an editor's title may already say so ("… Long Mỹ (closed) (closed)"), and a suffix in
  // the page's language inside an option marked with the title's language would be mislabelled.
  const isClosed = (o: InquiryFormProps["opportunities"][number]) => o.status === "closed" || o.status === "awarded";
  const option = (o: InquiryFormProps["opportunities"][number]) => (
    <option key={o.id} value={o.id} lang={o.lang !== lang ? o.lang : undefined}>
      {o.title}
    </option>
  );
  const openOpportunities = opportunities.filter((o) => !isClosed(o));
  const closedOpportunities = opportunities.filter(isClosed);
  const summaryVisible = showSummary && (listed.length > 0 || !!formMessage);

  const describedBy = (f: Field, hint = false) =>
    [hint ? hintId(f) : "", errors[f] ? errorId(f) : ""].filter(Boolean).join(" ") || undefined;
  const errorText = (f: Field) =>
    errors[f] ? (
      <p className="field__error" id={errorId(f)}>
        <span className="visually-hidden">{t("errors.summaryTitle")}: </span>
        {message(f, errors[f]!)}
      </p>
    ) : null;
  const common = (f: Field, hint = false) => ({
    id: fieldId(f),
    name: f,
    "aria-invalid": errors[f] ? (true as const) : undefined,
    "aria-describedby": describedBy(f, hint),
  });

  return (
    <form
      method="post"
      action={href(lang, "/invest/inquiry")}
      noValidate
      onFocus={loadRules}
      onBlur={onBlur}
      onChange={onChange}
      onSubmit={onSubmit}
      className="inquiry-form"
    >
      {summaryVisible ? (
        <div
          className="form-errors"
          tabIndex={-1}
          ref={summary}
          // The error summary takes focus (GOV.UK's pattern) so that screen readers announce it;
          // the attribute does that in the server-rendered page too, with JavaScript off.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          aria-labelledby="inquiry-errors-title"
        >
          <h2 id="inquiry-errors-title">{t("errors.summaryTitle")}</h2>
          {formMessage ? <p>{formMessage}</p> : null}
          {listed.length ? (
            <ul>
              {listed.map((f) => (
                <li key={f}>
                  <a href={`#${fieldId(f)}`} onClick={(event) => followErrorLink(event, f)}>
                    {message(f, errors[f]!)}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <p>{t("form.requiredNote")}</p>
      <input type="hidden" name={TOKEN_FIELD} value={token} />

      <div className="field">
        <label htmlFor={fieldId("name")}>{t("form.name")}</label>
        {errorText("name")}
        <input
          type="text"
          {...common("name")}
          defaultValue={values.name}
          required
          maxLength={LIMITS.name}
          autoComplete="name"
        />
      </div>
      <div className="field">
        <label htmlFor={fieldId("organisation")}>{t("form.organisation")}</label>
        {errorText("organisation")}
        <input
          type="text"
          {...common("organisation")}
          defaultValue={values.organisation}
          required
          maxLength={LIMITS.organisation}
          autoComplete="organization"
        />
      </div>
      <div className="field">
        <label htmlFor={fieldId("country")}>{t("form.country")}</label>
        {errorText("country")}
        <select {...common("country")} defaultValue={values.country} required autoComplete="country">
          <option value="">{t("form.countryPlaceholder")}</option>
          {countries.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={fieldId("email")}>{t("form.email")}</label>
        <p className="field__hint" id={hintId("email")}>
          {t("form.emailHint")}
        </p>
        {errorText("email")}
        <input
          type="email"
          {...common("email", true)}
          defaultValue={values.email}
          required
          maxLength={LIMITS.email}
          autoComplete="email"
          spellCheck={false}
        />
      </div>
      <div className="field">
        <label htmlFor={fieldId("phone")}>
          {t("form.phone")} {t("form.optional")}
        </label>
        <p className="field__hint" id={hintId("phone")}>
          {t("form.phoneHint")}
        </p>
        {errorText("phone")}
        <input
          type="tel"
          {...common("phone", true)}
          defaultValue={values.phone}
          maxLength={LIMITS.phone}
          autoComplete="tel"
        />
      </div>
      <div className="field">
        <label htmlFor={fieldId("preferredLanguage")}>{t("form.preferredLanguage")}</label>
        {errorText("preferredLanguage")}
        <select {...common("preferredLanguage")} defaultValue={values.preferredLanguage}>
          {languageOptions.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={fieldId("topic")}>{t("form.topic")}</label>
        {errorText("topic")}
        <select {...common("topic")} defaultValue={values.topic} required>
          <option value="">{t("form.topicPlaceholder")}</option>
          {TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {t(`topics.${topic}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={fieldId("opportunity")}>{t("form.opportunity")}</label>
        <p className="field__hint" id={hintId("opportunity")}>
          {t("form.opportunityHint")}
        </p>
        {errorText("opportunity")}
        <select {...common("opportunity", true)} defaultValue={values.opportunity}>
          <option value="">{t("form.opportunityPlaceholder")}</option>
          {openOpportunities.map(option)}
          {closedOpportunities.length ? (
            <optgroup label={t("form.closedGroup")}>{closedOpportunities.map(option)}</optgroup>
          ) : null}
        </select>
      </div>
      <div className="field">
        <label htmlFor={fieldId("message")}>{t("form.message")}</label>
        <p className="field__hint" id={hintId("message")}>
          {t("form.messageHint", { max: LIMITS.message })}
        </p>
        {errorText("message")}
        <textarea
          {...common("message", true)}
          defaultValue={values.message}
          required
          maxLength={LIMITS.message}
          rows={8}
        />
      </div>
      <fieldset className="field">
        <legend>{t("form.consentLegend")}</legend>
        {errorText("consent")}
        <div className="inquiry-consent">
          <input
            type="checkbox"
            {...common("consent")}
            value="yes"
            defaultChecked={values.consent === "yes"}
            required
          />
          <label htmlFor={fieldId("consent")}>{t("form.consent")}</label>
        </div>
        <p>
          <a href={href(lang, "/privacy")}>{t("form.privacyLink")}</a>
        </p>
      </fieldset>

      {/* For programs that fill every field: people never see it, assistive technology skips it. */}
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor="inquiry-website">{t("form.honeypot")}</label>
        <input
          type="text"
          id="inquiry-website"
          name={HONEYPOT_FIELD}
          defaultValue=""
          tabIndex={-1}
          autoComplete="off"
        />
      </div>

      <button type="submit" className="button">
        {t("form.submit")}
      </button>
    </form>
  );
}

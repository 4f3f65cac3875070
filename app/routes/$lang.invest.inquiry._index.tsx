/**
 * The investor inquiry form: GET shows it (with `?opportunity=<id>` preselecting what it
 * is about), POST checks and stores the inquiry (app/inquiries/service.server.ts) and
 * redirects to the confirmation, or renders the form again with the input kept, the
 * errors in the reader's language and the status that says why (400/403/409/413/415/429/503).
 * Never cached: every response carries a fresh form token.
 */
import {
  data,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { LocalizedText } from "~/components/LocalizedText";
import { getFixedT } from "~/i18n/i18next.server";
import { requireLang } from "~/i18n/locale.server";
import { everyLanguage } from "~/i18n/page-languages.server";
import { InquiryForm } from "~/inquiries/InquiryForm";
import { EMPTY_VALUES, type InquiryValues } from "~/inquiries/fields";
import {
  countryOptions,
  formToken,
  handleSubmission,
  languageOptions,
  opportunityOptions,
  type InquiryActionData,
} from "~/inquiries/service.server";
import type { RootData } from "~/root";
import inquiryStyles from "~/styles/inquiry.css";
import { CACHE } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";
import type { I18nHandle } from "~/i18n/config";

/** UI strings beyond `common` that this page uses (the browser loads only these). */
export const handle: I18nHandle = { i18n: ["inquiry"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: inquiryStyles }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang } = requireLang({ params, request });
  const t = getFixedT(lang, "inquiry");
  const opportunities = await opportunityOptions(lang);
  const wanted = new URL(request.url).searchParams.get("opportunity");
  // Any language version's id finds the opportunity; an unknown one leaves the form open.
  const preselected = wanted ? opportunities.find((o) => o.aliases.includes(wanted)) : undefined;
  const initial: InquiryValues = {
    ...EMPTY_VALUES,
    preferredLanguage: lang,
    topic: preselected ? "opportunity" : "",
    opportunity: preselected?.id ?? "",
  };
  const { token, setCookie } = formToken(request);
  return data(
    {
      lang,
      title: t("meta.title"),
      description: t("meta.description"),
      token,
      initial,
      preselected: preselected ? { title: preselected.title, lang: preselected.lang } : null,
      countries: countryOptions(lang),
      languageOptions: languageOptions(lang),
      opportunities,
      languages: everyLanguage(
        lang,
        preselected ? `invest/inquiry?opportunity=${encodeURIComponent(wanted!)}` : "invest/inquiry",
      ),
    },
    { headers: { "Cache-Control": CACHE.none, ...(setCookie ? { "Set-Cookie": setCookie } : {}) } },
  );
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const { lang } = requireLang({ params, request });
  return handleSubmission(request, context, lang);
}

/** A fresh token on every response: never stored by any cache; the cookie and Retry-After pass through. */
export const headers: HeadersFunction = ({ loaderHeaders, actionHeaders, errorHeaders }) => {
  const out = new Headers({ "Cache-Control": CACHE.none });
  const cookie = loaderHeaders.get("Set-Cookie");
  if (cookie) out.set("Set-Cookie", cookie);
  const retryAfter = actionHeaders.get("Retry-After") ?? errorHeaders?.get("Retry-After");
  if (retryAfter) out.set("Retry-After", retryAfter);
  return out;
};

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.title, data?.description);

export default function InquiryPage() {
  const { lang, token, initial, preselected, countries, languageOptions, opportunities } =
    useLoaderData<typeof loader>();
  const actionData = useActionData() as InquiryActionData | undefined;
  const root = useRouteLoaderData<RootData>("root");
  const { t } = useTranslation("inquiry");
  const { t: tc } = useTranslation();
  const agency = root?.settings.agency;
  const formMessage = actionData?.formError
    ? t(
        `formErrors.${actionData.formError}`,
        actionData.formError === "rateLimited"
          ? { count: actionData.retryMinutes ?? 1 }
          : actionData.formError === "alreadySent"
            ? { reference: actionData.reference ?? "" }
            : {},
      )
    : undefined;

  return (
    <>
      <header className="page-header">
        <div className="container">
          <h1>{t("form.title")}</h1>
          <p className="lead">{t("form.lead")}</p>
          {preselected ? (
            <p>
              {t("form.preselected", { title: "" })}
              <strong lang={preselected.lang !== lang ? preselected.lang : undefined}>{preselected.title}</strong>
            </p>
          ) : null}
        </div>
      </header>
      <section className="section">
        <div className="container layout-split">
          <div>
            <InquiryForm
              // A new server answer (another token, other errors) starts the form afresh from what it returned.
              key={token}
              lang={lang}
              token={token}
              values={actionData?.values ?? initial}
              serverErrors={actionData?.errors ?? {}}
              formMessage={formMessage}
              countries={countries}
              languageOptions={languageOptions}
              opportunities={opportunities}
            />
          </div>
          <aside className="contact-card" aria-labelledby="inquiry-about-title">
            <h2 id="inquiry-about-title">{t("form.aboutTitle")}</h2>
            <p>{t("form.aboutText")}</p>
            {agency ? (
              <>
                <h2>{t("confirmation.contact")}</h2>
                <dl className="contact-list">
                  <dt>{tc("contact.agency")}</dt>
                  <dd>
                    <LocalizedText shown={agency.name} pageLang={lang} />
                  </dd>
                  {agency.email ? (
                    <>
                      <dt>{tc("contact.email")}</dt>
                      <dd>
                        <a href={`mailto:${agency.email}`}>{agency.email}</a>
                      </dd>
                    </>
                  ) : null}
                  {agency.phone ? (
                    <>
                      <dt>{tc("contact.phone")}</dt>
                      <dd>
                        <a href={`tel:${agency.phone.replace(/[^\d+]/g, "")}`}>{agency.phone}</a>
                      </dd>
                    </>
                  ) : null}
                </dl>
              </>
            ) : null}
          </aside>
        </div>
      </section>
    </>
  );
}

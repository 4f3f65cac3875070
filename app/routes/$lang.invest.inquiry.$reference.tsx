/**
 * The confirmation after an inquiry was stored: its reference number and what happens
 * next, nothing of what the sender wrote, so that whoever opens the address learns
 * nothing about anyone. Unknown or malformed references are a 404; never cached or indexed.
 * Look-ups are rate-limited per client (a 429 page with Retry-After), so references
 * cannot be guessed quickly; an unreadable database is a 503.
 */
import {
  data,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { getFixedT } from "~/i18n/i18next.server";
import { Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { everyLanguage } from "~/i18n/page-languages.server";
import { charge, clientKey, store } from "~/inquiries/service.server";
import { REFERENCE_PATTERN } from "~/inquiries/store.server";
import inquiryStyles from "~/styles/inquiry.css";
import { CACHE, errorHeadersToKeep } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";
import { notFound, unavailable } from "~/utils/responses";
import type { I18nHandle } from "~/i18n/config";

/** UI strings beyond `common` that this page uses (the browser loads only these). */
export const handle: I18nHandle = { i18n: ["inquiry"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: inquiryStyles }];

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const { lang } = requireLang({ params, request });
  const reference = params.reference ?? "";
  const t = getFixedT(lang, "inquiry");
  const languages = everyLanguage(lang, `invest/inquiry/${reference}`);
  // Charged for every look-up, found or not: guessing is what it slows down.
  const wait = await charge("lookup", clientKey(request, context));
  if (wait !== undefined) {
    const minutes = Math.ceil(wait / 60);
    return data(
      { lang, reference: null, retryMinutes: minutes, title: t("confirmation.rateLimitedTitle"), languages },
      { status: 429, headers: { "Cache-Control": CACHE.none, "Retry-After": String(wait) } },
    );
  }
  if (!REFERENCE_PATTERN.test(reference)) throw notFound();
  let found: boolean;
  try {
    found = store().byReference(reference) !== undefined;
  } catch (error) {
    console.error("The inquiry database cannot be read:", error);
    throw unavailable(60);
  }
  if (!found) throw notFound();
  return data(
    { lang, reference, retryMinutes: 0, title: t("confirmation.title"), languages },
    { headers: { "Cache-Control": CACHE.none } },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders, errorHeaders }) => ({
  "Cache-Control": CACHE.none,
  ...errorHeadersToKeep(loaderHeaders),
  ...errorHeadersToKeep(errorHeaders),
});

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  ...pageMeta(matches, data?.title),
  { name: "robots", content: "noindex" },
];

export default function InquiryConfirmation() {
  const { reference, retryMinutes } = useLoaderData<typeof loader>();
  const { t } = useTranslation("inquiry");
  if (!reference) {
    return (
      <header className="page-header">
        <div className="container">
          <h1>{t("confirmation.rateLimitedTitle")}</h1>
          <p className="lead">{t("confirmation.rateLimited", { count: retryMinutes })}</p>
        </div>
      </header>
    );
  }
  return (
    <>
      <header className="page-header">
        <div className="container">
          <h1>{t("confirmation.title")}</h1>
          <p className="lead">{t("confirmation.lead")}</p>
        </div>
      </header>
      <section className="section">
        <div className="container">
          <div className="notice">
            <p>
              {t("confirmation.reference")}:{" "}
              <strong className="inquiry-reference" data-reference={reference}>
                {reference}
              </strong>
            </p>
            <p>{t("confirmation.quote")}</p>
          </div>
          <h2>{t("confirmation.nextTitle")}</h2>
          <ol>
            <li>{t("confirmation.next1")}</li>
            <li>{t("confirmation.next2")}</li>
            <li>{t("confirmation.next3")}</li>
          </ol>
          <p>
            <Link to="/contact">{t("confirmation.contact")}</Link>
            {" · "}
            <Link to="/invest/inquiry">{t("confirmation.another")}</Link>
          </p>
        </div>
      </section>
    </>
  );
}

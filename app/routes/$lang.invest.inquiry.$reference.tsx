/**
 * The confirmation after an inquiry was stored: its reference number and what happens
 * next, nothing of what the sender wrote, so that whoever opens the address learns
 * nothing about anyone. Unknown or malformed references are a 404; never cached or indexed.
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
import { store } from "~/inquiries/service.server";
import { REFERENCE_PATTERN } from "~/inquiries/store.server";
import inquiryStyles from "~/styles/inquiry.css";
import { CACHE, errorHeadersToKeep } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";
import { notFound } from "~/utils/responses";
import type { I18nHandle } from "~/i18n/config";

/** UI strings beyond `common` that this page uses (the browser loads only these). */
export const handle: I18nHandle = { i18n: ["inquiry"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: inquiryStyles }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang } = requireLang({ params, request });
  const reference = params.reference ?? "";
  if (!REFERENCE_PATTERN.test(reference) || !store().byReference(reference)) throw notFound();
  const t = getFixedT(lang, "inquiry");
  return data(
    { lang, reference, title: t("confirmation.title"), languages: everyLanguage(lang, `invest/inquiry/${reference}`) },
    { headers: { "Cache-Control": CACHE.none } },
  );
}

export const headers: HeadersFunction = ({ errorHeaders }) => ({
  "Cache-Control": CACHE.none,
  ...errorHeadersToKeep(errorHeaders),
});

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  ...pageMeta(matches, data?.title),
  { name: "robots", content: "noindex" },
];

export default function InquiryConfirmation() {
  const { reference } = useLoaderData<typeof loader>();
  const { t } = useTranslation("inquiry");
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

/** Contact: the page text, a link to the investor inquiry form, the agency's details and contact people from site settings. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { FixedPage } from "~/components/FixedPage";
import { LocalizedText } from "~/components/LocalizedText";
import { LANGUAGES } from "~/i18n/languages";
import { Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { loadFixedPage } from "~/pages/fixed-page.server";
import type { RootData } from "~/root";
import { cacheHeaders } from "~/utils/cache";
import { governmentOrganization, rootData } from "~/seo/json-ld";
import { pageMeta } from "~/utils/meta";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLang({ params, request });
  const { lang } = locale;
  const { page, languages, stale } = await loadFixedPage(locale, "contact");
  return { lang, page, languages, stale };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.page.value.title, data?.page.value.seoDescription ?? data?.page.value.summary, {
    jsonLd: governmentOrganization(rootData(matches)),
  });

export default function ContactPage() {
  const { lang, page, stale } = useLoaderData<typeof loader>();
  const root = useRouteLoaderData<RootData>("root");
  const { t } = useTranslation();
  const agency = root?.settings.agency;
  const contacts = root?.settings.contacts ?? [];
  const aside = (
    <aside className="contact-card" aria-labelledby="agency-title">
      {/* The form lives on its own page (it needs a per-visitor token and no-store caching). */}
      <section className="contact-card__inquiry" aria-labelledby="inquiry-title">
        <h2 id="inquiry-title">{t("contact.inquiryTitle")}</h2>
        <p>{t("contact.inquiryText")}</p>
        <p>
          <Link to="/invest/inquiry" className="button">
            {t("contact.inquiryLink")}
          </Link>
        </p>
      </section>
      {agency ? (
        <>
          <h2 id="agency-title">{t("contact.agency")}</h2>
          <dl className="contact-list">
            <dt>{t("contact.agency")}</dt>
            <dd>
              <LocalizedText shown={agency.name} pageLang={lang} />
            </dd>
            {agency.address ? (
              <>
                <dt>{t("contact.address")}</dt>
                <dd>
                  <LocalizedText shown={agency.address} pageLang={lang} />
                </dd>
              </>
            ) : null}
            {agency.phone ? (
              <>
                <dt>{t("contact.phone")}</dt>
                <dd>
                  <a href={`tel:${agency.phone.replace(/[^\d+]/g, "")}`}>{agency.phone}</a>
                </dd>
              </>
            ) : null}
            {agency.email ? (
              <>
                <dt>{t("contact.email")}</dt>
                <dd>
                  <a href={`mailto:${agency.email}`}>{agency.email}</a>
                </dd>
              </>
            ) : null}
            {agency.website ? (
              <>
                <dt>{t("contact.website")}</dt>
                <dd>
                  <a href={agency.website} rel="noopener noreferrer">
                    {agency.website}
                  </a>
                </dd>
              </>
            ) : null}
            {agency.hours ? (
              <>
                <dt>{t("contact.hours")}</dt>
                <dd>
                  <LocalizedText shown={agency.hours} pageLang={lang} />
                </dd>
              </>
            ) : null}
          </dl>
        </>
      ) : null}
      {contacts.length ? (
        <>
          <h2>{t("contact.people")}</h2>
          <ul className="stack">
            {contacts.map((c) => (
              <li key={c.id}>
                <strong lang={c.nameLang && c.nameLang !== lang ? c.nameLang : undefined}>{c.name}</strong>
                {c.role ? (
                  <>
                    <br />
                    <LocalizedText shown={c.role} pageLang={lang} />
                  </>
                ) : null}
                {c.email ? (
                  <>
                    <br />
                    <a href={`mailto:${c.email}`}>{c.email}</a>
                  </>
                ) : null}
                {c.languages.length ? (
                  <>
                    <br />
                    {t("contact.languages")}:{" "}
                    {/* Each language is named in itself, so each name carries its own `lang`. */}
                    {c.languages.map((l, i) => (
                      <Fragment key={l}>
                        {i > 0 ? ", " : null}
                        <span lang={l !== lang ? l : undefined}>{LANGUAGES.find((x) => x.id === l)?.title ?? l}</span>
                      </Fragment>
                    ))}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
  return <FixedPage lang={lang} page={page} stale={stale} aside={aside} />;
}

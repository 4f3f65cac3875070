/** The investors' entry page: where to find opportunities, parks, the map, the economy, the prospectus and a person. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "~/i18n/use-translation";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { getFixedT } from "~/i18n/i18next.server";
import { Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { everyLanguage } from "~/i18n/page-languages.server";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";
import type { I18nHandle } from "~/i18n/config";

/** UI strings beyond `common` that this page uses (the browser loads only these). */
export const handle: I18nHandle = { i18n: ["investment"] };

export function loader({ params, request }: LoaderFunctionArgs) {
  const { lang } = requireLang({ params, request });
  const t = getFixedT(lang, "investment");
  return { lang, title: t("landing.title"), description: t("landing.lead"), languages: everyLanguage(lang, "invest") };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.title, data?.description);

const ENTRIES = [
  ["opportunities", "/invest/opportunities"],
  ["parks", "/invest/industrial-parks"],
  ["map", "/invest/map"],
  ["economy", "/economy"],
  ["prospectus", "/invest/prospectus"],
  ["inquiry", "/invest/inquiry"],
] as const;

export default function InvestLanding() {
  const { t } = useTranslation("investment");
  return (
    <>
      <header className="page-header">
        <div className="container">
          <Breadcrumbs />
          <h1>{t("landing.title")}</h1>
          <p className="lead">{t("landing.lead")}</p>
        </div>
      </header>
      <section className="section">
        <div className="container">
          <ul className="card-grid">
            {ENTRIES.map(([key, path]) => (
              <li className="card" key={key}>
                <article>
                  <div className="card__body">
                    <h2 className="card__title">
                      <Link to={path}>{t(`nav.${key}`)}</Link>
                    </h2>
                    <p className="card__excerpt">{t(`landing.${key}`)}</p>
                  </div>
                </article>
              </li>
            ))}
          </ul>
        </div>
      </section>
    </>
  );
}

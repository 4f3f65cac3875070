/**
 * The text-only view of the exhibition: every exhibit with its whole text (kind, period,
 * origin, description, citation, sources) and no images, for screen readers, slow links
 * and printing. `list` is a reserved word here: no exhibit can take it as its slug.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { ExhibitFacts } from "~/components/Exhibit";
import { FallbackNotice } from "~/components/FallbackNotice";
import { SourceList } from "~/components/SourceList";
import type { I18nHandle } from "~/i18n/config";
import { Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { useTranslation } from "~/i18n/use-translation";
import { getFixedT } from "~/i18n/i18next.server";
import { loadExhibition } from "~/showcase/showcase.server";
import styles from "~/styles/showcase.css";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";

export const handle: I18nHandle = { i18n: ["showcase"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLang({ params, request });
  const data = await loadExhibition(locale, "exhibition/list");
  const t = getFixedT(locale.lang, "showcase");
  return { lang: locale.lang, ...data, title: `${t("exhibition.listTitle")}: ${data.exhibition.value.title}` };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.title, data?.exhibition.value.intro);

export default function ExhibitionTextPage() {
  const { lang, exhibition, exhibits } = useLoaderData<typeof loader>();
  const { t } = useTranslation("showcase");
  const contentLang = exhibition.isFallback ? exhibition.lang : undefined;
  return (
    <article className="article showcase showcase--text">
      <div className="container">
        <header className="article__header">
          <Breadcrumbs trail={[{ to: "/exhibition", label: t("exhibition.eyebrow") }]} />
          {exhibition.isFallback ? <FallbackNotice requested={lang} shown={exhibition.lang} /> : null}
          <p className="eyebrow">{t("exhibition.eyebrow")}</p>
          <h1 className="article__title">
            {t("exhibition.listTitle")}: <span lang={contentLang}>{exhibition.value.title}</span>
          </h1>
          <p className="lead">{t("exhibition.listLead")}</p>
          <p>
            <Link to="/exhibition">{t("exhibition.galleryView")}</Link>
          </p>
        </header>
        <ol className="text-list">
          {exhibits.map((item) => {
            const x = item.value;
            const itemLang = item.isFallback ? item.lang : undefined;
            return (
              <li key={item.id} className="text-list__item" data-exhibit-text="">
                <h2 lang={itemLang}>
                  <Link to={`/exhibition/${encodeURIComponent(x.slug)}`}>{x.title}</Link>
                </h2>
                {x.description ? <p lang={itemLang}>{x.description}</p> : null}
                <ExhibitFacts exhibit={x} contentLang={itemLang} />
                {x.image ? (
                  <p className="showcase__note">
                    {t("exhibition.image")}:{" "}
                    {x.illustration ? (
                      <strong data-illustration-label="">{t("exhibition.illustration")}. </strong>
                    ) : null}
                    <span lang={itemLang}>{x.image.alt}</span>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
        <SourceList sources={exhibition.value.sources} lang={lang} />
      </div>
    </article>
  );
}

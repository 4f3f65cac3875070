/**
 * The digital exhibition's gallery: a plain list of figures, each linking to its exhibit
 * (keyboard-operable by being links, no carousel), and a link to the text-only list.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { ExhibitImage } from "~/components/Exhibit";
import { FallbackNotice } from "~/components/FallbackNotice";
import { PortableTextBody } from "~/components/PortableTextBody";
import { SourceList } from "~/components/SourceList";
import type { I18nHandle } from "~/i18n/config";
import { Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { useTranslation } from "~/i18n/use-translation";
import { loadExhibition } from "~/showcase/showcase.server";
import styles from "~/styles/showcase.css";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";

export const handle: I18nHandle = { i18n: ["showcase"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLang({ params, request });
  return { lang: locale.lang, ...(await loadExhibition(locale, "exhibition")) };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.exhibition.value.title, data?.exhibition.value.intro);

export default function ExhibitionPage() {
  const { lang, exhibition, exhibits } = useLoaderData<typeof loader>();
  const { t } = useTranslation("showcase");
  const e = exhibition.value;
  const contentLang = exhibition.isFallback ? exhibition.lang : undefined;
  return (
    <article className="article showcase">
      <div className="container">
        <header className="article__header">
          <Breadcrumbs />
          {exhibition.isFallback ? <FallbackNotice requested={lang} shown={exhibition.lang} /> : null}
          <p className="eyebrow">{t("exhibition.eyebrow")}</p>
          <h1 className="article__title" lang={contentLang}>
            {e.title}
          </h1>
          {e.intro ? (
            <p className="lead" lang={contentLang}>
              {e.intro}
            </p>
          ) : null}
          <p>
            <Link to="/exhibition/list" data-text-view-link="">
              {t("exhibition.textView")}
            </Link>
          </p>
        </header>
        <section className="showcase__section" aria-labelledby="exhibits-title">
          <h2 id="exhibits-title">
            {t("exhibition.exhibits")}{" "}
            <span className="showcase__count">({t("exhibition.count", { count: exhibits.length })})</span>
          </h2>
          <ul className="gallery">
            {exhibits.map((item) => {
              const x = item.value;
              const itemLang = item.isFallback ? item.lang : undefined;
              return (
                <li key={item.id} className="gallery__item" data-exhibit="">
                  {item.isFallback && item.lang !== exhibition.lang ? (
                    <FallbackNotice requested={lang} shown={item.lang} />
                  ) : null}
                  <ExhibitImage
                    exhibit={x}
                    sizes="(min-width: 64rem) 17rem, (min-width: 36rem) 45vw, 100vw"
                    contentLang={itemLang}
                  />
                  <h3 className="gallery__title" lang={itemLang}>
                    <Link to={`/exhibition/${encodeURIComponent(x.slug)}`}>{x.title}</Link>
                  </h3>
                  <p className="gallery__meta">
                    {x.kind ? t(`exhibition.kind.${x.kind}`) : null}
                    {x.kind && x.period ? " · " : null}
                    {x.period ? <span lang={itemLang}>{x.period}</span> : null}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
        <div className="article__content" lang={contentLang}>
          <PortableTextBody html={e.body} />
        </div>
        <SourceList sources={e.sources} lang={lang} />
      </div>
    </article>
  );
}

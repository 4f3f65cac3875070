/** One exhibit: its image (labelled when it is an illustration), description, period, origin, citation and sources. */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { ExhibitFacts, ExhibitImage } from "~/components/Exhibit";
import { FallbackNotice } from "~/components/FallbackNotice";
import { SourceList } from "~/components/SourceList";
import { StaleTranslationNotice } from "~/components/StaleTranslationNotice";
import type { I18nHandle } from "~/i18n/config";
import { Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { useTranslation } from "~/i18n/use-translation";
import { loadExhibit } from "~/showcase/showcase.server";
import styles from "~/styles/showcase.css";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";

export const handle: I18nHandle = { i18n: ["showcase"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLang({ params, request });
  return { lang: locale.lang, ...(await loadExhibit(locale, params.slug)) };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.exhibit.value.title, data?.exhibit.value.description);

export default function ExhibitPage() {
  const { lang, exhibit, stale } = useLoaderData<typeof loader>();
  const { t } = useTranslation("showcase");
  const x = exhibit.value;
  const contentLang = exhibit.isFallback ? exhibit.lang : undefined;
  return (
    <article className="article showcase">
      <div className="container">
        <header className="article__header">
          <Breadcrumbs trail={[{ to: "/exhibition", label: t("exhibition.eyebrow") }]} />
          {exhibit.isFallback ? <FallbackNotice requested={lang} shown={exhibit.lang} /> : null}
          {stale ? <StaleTranslationNotice lang={lang} {...stale} /> : null}
          <p className="eyebrow">{x.kind ? t(`exhibition.kind.${x.kind}`) : t("exhibition.eyebrow")}</p>
          <h1 className="article__title" lang={contentLang}>
            {x.title}
          </h1>
        </header>
        <div className="exhibit">
          <ExhibitImage exhibit={x} sizes="(min-width: 60rem) 36rem, 100vw" priority contentLang={contentLang} />
          <div className="exhibit__text">
            {x.description ? (
              <p className="lead" lang={contentLang}>
                {x.description}
              </p>
            ) : null}
            <ExhibitFacts exhibit={x} contentLang={contentLang} />
          </div>
        </div>
        <SourceList sources={x.sources} lang={lang} />
        <p className="showcase__links">
          <Link to="/exhibition">← {t("exhibition.back")}</Link> ·{" "}
          <Link to="/exhibition/list">{t("exhibition.textView")}</Link>
        </p>
      </div>
    </article>
  );
}

/** An article (news or press release) in the reader's language, or the fallback with a notice. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { ContentImage } from "~/components/ContentImage";
import { FallbackNotice } from "~/components/FallbackNotice";
import { StaleTranslationNotice } from "~/components/StaleTranslationNotice";
import { PortableTextBody } from "~/components/PortableTextBody";
import { SourceList } from "~/components/SourceList";
import { withImageViews } from "~/content/images.server";
import { loadQuery } from "~/content/load.server";
import { ARTICLE_QUERY } from "~/content/queries";
import { mapShown } from "~/content/translations";
import { formatDate } from "~/i18n/format";
import { Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { documentPage, requireSlug } from "~/pages/document-page.server";
import { translationNotice } from "~/pages/translation-notice.server";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const slug = requireSlug(params.slug);
  const result = await loadQuery(ARTICLE_QUERY, { slug, lang });
  const { shown, languages } = documentPage(result, { lang, chain, slug, section: "news" });
  const notice = translationNotice(shown, "news");
  return { lang, article: mapShown(notice.shown, (v) => withImageViews(v)), stale: notice.stale, languages };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.article.value.title, data?.article.value.excerpt);

export default function ArticlePage() {
  const { lang, article, stale } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const a = article.value;
  return (
    <article className="article">
      <div className="container">
        <header className="article__header">
          <Breadcrumbs trail={[{ to: "/news", label: t("nav.news") }]} />
          {article.isFallback ? <FallbackNotice requested={lang} shown={article.lang} /> : null}
          {stale ? <StaleTranslationNotice lang={lang} {...stale} /> : null}
          <p className="eyebrow">{a.kind ? t(`news.kind.${a.kind}`) : t("nav.news")}</p>
          <h1 className="article__title" lang={article.isFallback ? article.lang : undefined}>
            {a.title}
          </h1>
          {a.publishedAt ? (
            <p className="article__meta">
              <time dateTime={a.publishedAt}>{t("news.published", { date: formatDate(lang, a.publishedAt) })}</time>
            </p>
          ) : null}
        </header>
        <div className="article__content" lang={article.isFallback ? article.lang : undefined}>
          {a.excerpt ? <p className="lead">{a.excerpt}</p> : null}
          <ContentImage
            image={a.mainImage}
            className="article__media"
            sizes="(min-width: 48rem) 44rem, 100vw"
            priority
          />
          <PortableTextBody value={a.body} />
        </div>
        <SourceList sources={a.sources} lang={lang} />
        <p>
          <Link to="/news">← {t("news.backToList")}</Link>
        </p>
      </div>
    </article>
  );
}

/** News and press releases, newest first, paginated with ?page=N (plain links to a window of pages: works without JavaScript). */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { ArticleCard } from "~/components/Cards";
import { Pagination } from "~/components/Pagination";
import { CARD_ASPECT_RATIO } from "~/content/images";
import { withImageViews } from "~/content/images.server";
import { loadQuery } from "~/content/load.server";
import { NEWS_LIST_QUERY } from "~/content/queries";
import { localizeList, mapShown } from "~/content/translations";
import { getFixedT } from "~/i18n/i18next.server";
import { SOURCE_LANG } from "~/i18n/languages";
import { requireLang } from "~/i18n/locale.server";
import { everyLanguage } from "~/i18n/page-languages.server";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";
import { badRequest, notFound } from "~/utils/responses";

export const PAGE_SIZE = 6;

/** `?page=` must be a positive integer; anything else is a 400, a page past the end a 404. */
export function parsePage(value: string | null): number {
  if (value === null) return 1;
  if (!/^[1-9]\d{0,5}$/.test(value)) throw badRequest();
  return Number(value);
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const page = parsePage(new URL(request.url).searchParams.get("page"));
  const start = (page - 1) * PAGE_SIZE;
  const data = await loadQuery(NEWS_LIST_QUERY, {
    source: SOURCE_LANG,
    start,
    end: start + PAGE_SIZE,
  });
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  if (page > pages) throw notFound();
  const rest = page > 1 ? `news?page=${page}` : "news";
  const t = getFixedT(lang);
  return {
    lang,
    title: t("news.title"),
    description: t("news.lead"),
    page,
    pages,
    total: data.total,
    items: localizeList(data.items, chain).map(({ shown }) =>
      mapShown(shown, (v) => withImageViews(v, CARD_ASPECT_RATIO)),
    ),
    languages: everyLanguage(lang, rest),
  };
}

export const headers = cacheHeaders("list");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(
    matches,
    data && (data.page > 1 ? `${data.title} (${data.page}/${data.pages})` : data.title),
    data?.description,
  );

export default function NewsList() {
  const { lang, page, pages, total, items } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <header className="page-header">
        <div className="container">
          <h1>{t("news.title")}</h1>
          <p className="lead">{t("news.lead")}</p>
          <p>
            {t("news.count", { count: total })}
            {pages > 1 ? ` · ${t("news.pageOf", { page, total: pages })}` : null}
          </p>
        </div>
      </header>
      <section className="section">
        <div className="container">
          {items.length ? (
            <ul className="card-grid">
              {items.map((item) => (
                <ArticleCard key={item.value._id} item={item} lang={lang} headingLevel={2} />
              ))}
            </ul>
          ) : (
            <p>{t("news.empty")}</p>
          )}
          <Pagination path="/news" page={page} pages={pages} />
        </div>
      </section>
    </>
  );
}

/**
 * News and press releases, newest first, paginated with ?page=N (plain links to a window of
 * pages: works without JavaScript). `?section=news` or `?section=press` lists one kind only
 * (section links, not a form: GET URLs of their own, each with its RSS and Atom feed); an
 * unknown section answers 400 with the sections to choose from.
 */
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { ArticleCard } from "~/components/Cards";
import { Pagination } from "~/components/Pagination";
import { CARD_ASPECT_RATIO } from "~/content/images";
import { withImageViews } from "~/content/images.server";
import { loadQuery } from "~/content/load.server";
import { NEWS_LIST_QUERY, NEWS_SECTION_QUERY } from "~/content/queries";
import { localizeList, mapShown } from "~/content/translations";
import type { I18nHandle } from "~/i18n/config";
import { getFixedT } from "~/i18n/i18next.server";
import { SOURCE_LANG, type Lang } from "~/i18n/languages";
import { Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { everyLanguage } from "~/i18n/page-languages.server";
import { feedLinks } from "~/press/feed-links";
import { FeedLinks } from "~/press/FeedLinks";
import { kindOf, parseSection, sectionPath, SECTIONS, type Section } from "~/press/sections";
import styles from "~/styles/press.css";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";
import { badRequest, notFound } from "~/utils/responses";

export const PAGE_SIZE = 6;

/** The section links, the feed links and the unknown-section message. */
export const handle: I18nHandle = { i18n: ["press"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** `?page=` must be a positive integer; anything else is a 400, a page past the end a 404. */
export function parsePage(value: string | null): number {
  if (value === null) return 1;
  if (!/^[1-9]\d{0,5}$/.test(value)) throw badRequest();
  return Number(value);
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const search = new URL(request.url).searchParams;
  const choice = parseSection(search.get("section"));
  const t = getFixedT(lang);
  const tp = getFixedT(lang, "press");
  if (!choice.ok) {
    // The page itself, with the choice of sections: more use to a reader than a bare 400.
    return data(
      {
        lang,
        invalidSection: true as const,
        section: null,
        title: tp("invalidSection.title"),
        description: tp("invalidSection.text"),
        page: 1,
        pages: 1,
        total: 0,
        items: [],
        languages: everyLanguage(lang, "news"),
      },
      { status: 400 },
    );
  }
  const { section } = choice;
  const page = parsePage(search.get("page"));
  const start = (page - 1) * PAGE_SIZE;
  const range = { source: SOURCE_LANG, start, end: start + PAGE_SIZE };
  const result = section
    ? await loadQuery(NEWS_SECTION_QUERY, { ...range, kind: kindOf(section) })
    : await loadQuery(NEWS_LIST_QUERY, range);
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  if (page > pages) throw notFound();
  return {
    lang,
    invalidSection: false as const,
    section,
    title: section ? tp(`section.${section}.title`) : t("news.title"),
    description: section ? tp(`section.${section}.lead`) : t("news.lead"),
    page,
    pages,
    total: result.total,
    items: localizeList(result.items, chain).map(({ shown }) =>
      mapShown(shown, (v) => withImageViews(v, CARD_ASPECT_RATIO)),
    ),
    languages: everyLanguage(lang, sectionPath("news", section, page > 1 ? { page: String(page) } : {})),
  };
}

export const headers = cacheHeaders("list");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  ...pageMeta(
    matches,
    data && (data.page > 1 ? `${data.title} (${data.page}/${data.pages})` : data.title),
    data?.description,
  ),
  ...(data && !data.invalidSection ? feedLinks(matches, data.lang, data.section, data.title) : []),
];

/** All, news, press releases: links with the current one marked, so each section has its own URL. */
function SectionNav({ current, invalid }: { current: Section | null; invalid: boolean }) {
  const { t } = useTranslation("press");
  const entries: [Section | null, string][] = [
    [null, t("sections.all")],
    ...SECTIONS.map((s) => [s, t(`sections.${s}`)] as [Section, string]),
  ];
  return (
    <nav className="section-nav" aria-label={t("sections.label")}>
      <ul>
        {entries.map(([section, label]) => (
          <li key={section ?? "all"}>
            {!invalid && section === current ? (
              <span aria-current="page">{label}</span>
            ) : (
              <Link to={sectionPath("/news", section)}>{label}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

export default function NewsList() {
  const loaded = useLoaderData<typeof loader>();
  const { lang, page, pages, total, items, section, invalidSection, title, description } = loaded;
  const { t } = useTranslation();
  const { t: tp } = useTranslation("press");
  return (
    <>
      <header className="page-header">
        <div className="container">
          <h1>{invalidSection ? tp("invalidSection.title") : title}</h1>
          <p className="lead">{description}</p>
          {invalidSection ? null : (
            <p>
              {t("news.count", { count: total })}
              {pages > 1 ? ` · ${t("news.pageOf", { page, total: pages })}` : null}
            </p>
          )}
          <SectionNav current={section} invalid={invalidSection} />
        </div>
      </header>
      <section className="section">
        <div className="container">
          {invalidSection ? (
            <p>
              <Link to="/news">{tp("invalidSection.back")}</Link>
            </p>
          ) : (
            <>
              {items.length ? (
                <ul className="card-grid">
                  {items.map((item) => (
                    <ArticleCard key={item.value._id} item={item} lang={lang} headingLevel={2} />
                  ))}
                </ul>
              ) : (
                <p>{t("news.empty")}</p>
              )}
              <Pagination path="/news" page={page} pages={pages} query={section ? { section } : {}} />
              <FeedLinks lang={lang as Lang} section={section} />
            </>
          )}
        </div>
      </section>
    </>
  );
}

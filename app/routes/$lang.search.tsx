/**
 * Site search, `/{lang}/search?q=…` (docs/decisions/0016): a GET form (works without
 * JavaScript; every search has its URL), results of every public content type in the
 * reader's language (or the fallback the page itself would show, marked), ten per page.
 * No query: 200 with the form. A query too long or unreadable: 400 with the form and the
 * problem said in the reader's language. Never indexed by search engines (noindex).
 */
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import type { I18nHandle } from "~/i18n/config";
import { getFixedT } from "~/i18n/i18next.server";
import { languageTitle } from "~/i18n/languages";
import { href, Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { everyLanguage } from "~/i18n/page-languages.server";
import { useTranslation } from "~/i18n/use-translation";
import type { SearchKind } from "~/search/documents";
import { search, type Segment } from "~/search/engine";
import { searchIndex } from "~/search/index.server";
import { MAX_QUERY_CHARS, MAX_QUERY_WORDS, parseSearchParams, type QueryProblem } from "~/search/query";
import styles from "~/styles/search.css";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";
import { notFound } from "~/utils/responses";

export const PAGE_SIZE = 10;

export const handle: I18nHandle = { i18n: ["search"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang } = requireLang({ params, request });
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  const t = getFixedT(lang, "search");
  let problem: QueryProblem | undefined = parsed.problem;
  let result = { total: 0, hits: [] as ReturnType<typeof search>["hits"] };
  if (!problem && parsed.q) {
    const index = await searchIndex(lang);
    if (index.analyzer.words(parsed.q).length > MAX_QUERY_WORDS) problem = "tooLong";
    else result = search(index, parsed.q, { offset: (parsed.page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  }
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  if (!problem && parsed.page > pages) throw notFound();
  const q = problem ? "" : parsed.q;
  const payload = {
    lang,
    title: q ? `${q} – ${t("title")}` : t("title"),
    description: t("lead"),
    // The query as typed is echoed only into the form's value (React escapes it), also when refused.
    typed: parsed.q,
    q,
    problem: problem ?? null,
    page: parsed.page,
    pages,
    total: result.total,
    hits: result.hits.map((hit) => ({
      id: hit.doc.id,
      kind: hit.doc.kind,
      path: hit.doc.path,
      lang: hit.doc.lang,
      isFallback: hit.doc.isFallback,
      title: hit.title,
      snippet: hit.snippet,
    })),
    languages: everyLanguage(lang, q ? `search?${new URLSearchParams({ q })}` : "search"),
  };
  return problem ? data(payload, { status: 400 }) : payload;
}

export const headers = cacheHeaders("search");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  ...pageMeta(matches, data?.title, data?.description),
  { name: "robots", content: "noindex" },
];

/** Text with its matched words in <mark>; React escapes every segment. */
function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

/** As the form would send it (`+` for spaces), so a page link and a typed search are one URL (one cache entry). */
const searchPath = (q: string, page: number) =>
  `/search?${new URLSearchParams(page > 1 ? { q, page: String(page) } : { q })}`;

export default function SearchPage() {
  const { lang, typed, q, problem, page, pages, total, hits } = useLoaderData<typeof loader>();
  const { t } = useTranslation("search");
  return (
    <>
      <header className="page-header">
        <div className="container">
          <h1>{t("title")}</h1>
          <p className="lead">{t("lead")}</p>
        </div>
      </header>
      <section className="section">
        <div className="container">
          {/* Keyed by the query so a client-side navigation shows the new query in the field. */}
          <Form key={typed} method="get" action={href(lang, "/search")} role="search" className="search-form">
            <label htmlFor="search-q">{t("label")}</label>
            <div className="search-form__row">
              <input
                id="search-q"
                type="search"
                name="q"
                defaultValue={typed}
                autoComplete="off"
                aria-describedby="search-hint"
                aria-invalid={problem ? true : undefined}
                aria-errormessage={problem ? "search-problem" : undefined}
              />
              <button type="submit" className="button">
                {t("submit")}
              </button>
            </div>
            <p id="search-hint" className="search-form__hint">
              {t("hint")}
            </p>
          </Form>
          {problem ? (
            <div id="search-problem" className="notice notice--warning" role="alert">
              <p>
                {problem === "tooLong" ? t("tooLong", { max: MAX_QUERY_CHARS, words: MAX_QUERY_WORDS }) : t("invalid")}
              </p>
            </div>
          ) : !q ? (
            <p role="status">{t("empty")}</p>
          ) : (
            <>
              <h2 id="search-results" className="visually-hidden">
                {t("results")}
              </h2>
              <p role="status">
                {total ? t("count", { count: total, query: q }) : t("none", { query: q })}
                {pages > 1 ? ` · ${t("pageOf", { page, total: pages })}` : null}
              </p>
              {hits.length ? (
                <ol className="search-results" aria-labelledby="search-results" start={(page - 1) * PAGE_SIZE + 1}>
                  {hits.map((hit) => (
                    <li key={hit.id} className="search-result">
                      <p className="search-result__kind">
                        {t(`kinds.${hit.kind satisfies SearchKind}`)}
                        {hit.isFallback ? (
                          <>
                            {" · "}
                            <span className="search-result__fallback">
                              {t("fallback", { language: languageTitle(hit.lang) })}
                            </span>
                          </>
                        ) : null}
                      </p>
                      <h3 className="search-result__title" lang={hit.isFallback ? hit.lang : undefined}>
                        <Link to={hit.path}>
                          <Highlighted segments={hit.title} />
                        </Link>
                      </h3>
                      {hit.snippet.length ? (
                        <p className="search-result__snippet" lang={hit.isFallback ? hit.lang : undefined}>
                          <Highlighted segments={hit.snippet} />
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ol>
              ) : null}
              {pages > 1 ? (
                <nav className="pagination" aria-label={t("pagination")}>
                  <ul>
                    {page > 1 ? (
                      <li>
                        <Link rel="prev" to={searchPath(q, page - 1)}>
                          {t("previous")}
                        </Link>
                      </li>
                    ) : null}
                    {page < pages ? (
                      <li>
                        <Link rel="next" to={searchPath(q, page + 1)}>
                          {t("next")}
                        </Link>
                      </li>
                    ) : null}
                  </ul>
                </nav>
              ) : null}
            </>
          )}
        </div>
      </section>
    </>
  );
}

/**
 * The document: <html lang> of the URL's language, head links (canonical, hreflang),
 * header with navigation and language switcher, footer, and the error boundary that
 * renders localized 404/503/500 pages inside the same frame.
 */
import type { HeadersFunction, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useMatches,
  useRouteError,
  useRouteLoaderData,
  type ClientLoaderFunctionArgs,
} from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { ErrorPage, errorWords } from "~/components/ErrorPage";
import { SiteFooter } from "~/components/SiteFooter";
import { PreviewBar } from "~/components/PreviewBar";
import { SiteHeader } from "~/components/SiteHeader";
import { SITE_SETTINGS_QUERY } from "~/content/queries";
import { loadQuery } from "~/content/load.server";
import { isPreview } from "~/content/preview.server";
import { ensureLanguage, useRouteNamespaces } from "~/i18n/client";
import { routeNamespaces, type I18nHandle } from "~/i18n/config";
import { LANGUAGE_IDS, languageDir, SOURCE_LANG, type Lang } from "~/i18n/languages";
import { href, langFromPath } from "~/i18n/routing";
import { currentUiStrings, getFixedT } from "~/i18n/i18next.server";
import { chainFor, publicOrigin } from "~/i18n/locale.server";
import { CACHE, errorHeadersToKeep } from "~/utils/cache";
import type { PageLanguages } from "~/i18n/page-languages";
import { siteSettingsView, type SiteSettingsView } from "~/content/views";
import { env } from "~/utils/env.server";
import { currentVisitorCounts } from "~/visitors/counter.server";
import { SHARE_IMAGE, shareImageText } from "~/seo/share-image.server";
import styles from "~/styles/site.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/** Every page uses the common strings (header, footer, error pages); routes add their own. */
export const handle: I18nHandle = { i18n: ["common"] };

/** Used when the root's boundary renders an error (e.g. the content source is down). */
export const headers: HeadersFunction = ({ errorHeaders }) =>
  errorHeaders ? { "Cache-Control": CACHE.none, ...errorHeadersToKeep(errorHeaders) } : {};

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = langFromPath(new URL(request.url).pathname);
  const settings = await loadQuery(SITE_SETTINGS_QUERY, {});
  const t = getFixedT(lang);
  return {
    lang,
    siteName: t("meta.siteName"),
    description: t("meta.defaultDescription"),
    origin: publicOrigin(request),
    /** The Open Graph / Twitter image of every page in this language (app/utils/meta.ts). */
    share: {
      image: publicOrigin(request) + href(lang, "share-image.png"),
      ...SHARE_IMAGE,
      alt: shareImageText(lang).alt,
    },
    stringsVersion: currentUiStrings().version,
    settings: siteSettingsView(settings, chainFor(lang)),
    /** Rendered into the page, so a cached page shows the counts of its render (at most the cache's lifetime old). */
    visitors: currentVisitorCounts(env().STORE_DB),
    /** In draft preview: where the bar's "Exit preview" posts. */
    previewExit: isPreview() ? href(lang, "/preview") : undefined,
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

/** Load the target language's UI strings before a client navigation completes. */
export async function clientLoader({ serverLoader, request }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([
    serverLoader<typeof loader>(),
    ensureLanguage(langFromPath(new URL(request.url).pathname)),
  ]);
  return data;
}

/** The deepest matched route's language data (every page loader returns `languages`). */
function usePageLanguages(): PageLanguages | undefined {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i--) {
    const data = matches[i].data as { languages?: PageLanguages } | undefined;
    if (data?.languages) return data.languages;
  }
  return undefined;
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  const { t, i18n } = useTranslation();
  // The error boundary's title comes from the same words as its page, in the page's
  // language, even when no loader ran (a 405 on a page without an action).
  // (useRouteError gives null outside an error.)
  const error = useRouteError();
  const errorStatus = error == null ? undefined : isRouteErrorResponse(error) ? error.status : 500;
  const languages = usePageLanguages();
  const lang = (root?.lang ?? (LANGUAGE_IDS.includes(i18n.language as Lang) ? i18n.language : SOURCE_LANG)) as Lang;
  const origin = root?.origin ?? "";
  // Only what the matched routes declare (the browser fetches exactly these); the root's
  // error page is all root's.
  const matches = useMatches();
  const namespaces = routeNamespaces(errorStatus === undefined ? matches.map((match) => match.handle) : [handle]);
  useRouteNamespaces(lang, namespaces);

  return (
    <html
      lang={lang}
      dir={languageDir(lang)}
      data-strings-version={root?.stringsVersion}
      data-i18n-namespaces={namespaces.join(" ")}
    >
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {errorStatus !== undefined ? <title>{`${t(errorWords(errorStatus)[0])} · ${t("meta.siteName")}`}</title> : null}
        <Meta />
        {languages ? (
          <>
            <link rel="canonical" href={origin + languages.path} />
            {languages.available.map((l) => (
              <link key={l} rel="alternate" hrefLang={l} href={origin + languages.paths[l]} />
            ))}
            <link
              rel="alternate"
              hrefLang="x-default"
              href={
                origin +
                languages.paths[
                  languages.available.includes(SOURCE_LANG) ? SOURCE_LANG : (languages.available[0] ?? lang)
                ]
              }
            />
          </>
        ) : null}
        <Links />
      </head>
      <body>
        {root?.previewExit ? <PreviewBar exitAction={root.previewExit} /> : null}
        <SiteHeader lang={lang} settings={root?.settings} languages={languages} />
        <main id="main" className="site-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter lang={lang} settings={root?.settings} visitors={root?.visitors} />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);
  return <ErrorPage status={status} />;
}

export type { SiteSettingsView };

/** The frame of about, contact and privacy: heading, fallback notice, body, sources, and an aside. */
import type { ReactNode } from "react";
import type { Shown } from "~/content/translations";
import type { FixedPageView } from "~/content/views";
import type { Lang } from "~/i18n/languages";
import { FallbackNotice } from "./FallbackNotice";
import { PortableTextBody } from "./PortableTextBody";
import { SourceList } from "./SourceList";
import { StaleTranslationNotice } from "./StaleTranslationNotice";

export function FixedPage({
  lang,
  page,
  stale,
  aside,
}: {
  lang: Lang;
  page: Shown<FixedPageView>;
  /** Set when this translation predates a change to its Vietnamese original. */
  stale?: { translatedAt: string; sourceUpdatedAt: string; originalHref: string } | null;
  aside?: ReactNode;
}) {
  const p = page.value;
  const contentLang = page.isFallback ? page.lang : undefined;
  return (
    <>
      <header className="page-header">
        <div className="container">
          {page.isFallback ? <FallbackNotice requested={lang} shown={page.lang} /> : null}
          {stale ? <StaleTranslationNotice lang={lang} {...stale} /> : null}
          <h1 lang={contentLang}>{p.title}</h1>
          {p.summary ? (
            <p className="lead" lang={contentLang}>
              {p.summary}
            </p>
          ) : null}
        </div>
      </header>
      <section className="section">
        <div className={aside ? "container layout-split" : "container"}>
          <div lang={contentLang}>
            <PortableTextBody html={p.body} />
            <SourceList sources={p.sources} lang={lang} />
          </div>
          {aside}
        </div>
      </section>
    </>
  );
}

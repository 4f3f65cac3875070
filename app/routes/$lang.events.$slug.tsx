/** An event: when (in Vietnam's time zone), where, what, with its sources. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { FallbackNotice } from "~/components/FallbackNotice";
import { StaleTranslationNotice } from "~/components/StaleTranslationNotice";
import { PortableTextBody } from "~/components/PortableTextBody";
import { SourceList } from "~/components/SourceList";
import { withImageViews } from "~/content/images.server";
import { loadQuery } from "~/content/load.server";
import { EVENT_QUERY } from "~/content/queries";
import { mapShown } from "~/content/translations";
import { formatDateRange, formatDateTime } from "~/i18n/format";
import { requireLang } from "~/i18n/locale.server";
import { documentPage, requireSlug } from "~/pages/document-page.server";
import { translationNotice } from "~/pages/translation-notice.server";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const slug = requireSlug(params.slug);
  const result = await loadQuery(EVENT_QUERY, { slug, lang });
  const { shown, languages } = documentPage(result, { lang, chain: chain, slug, section: "events" });
  const notice = translationNotice(shown, "events");
  return { lang, event: mapShown(notice.shown, (v) => withImageViews(v)), stale: notice.stale, languages };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.event.value.title, data?.event.value.summary);

export default function EventPage() {
  const { lang, event, stale } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const e = event.value;
  const contentLang = event.isFallback ? event.lang : undefined;
  return (
    <article className="article">
      <div className="container">
        <header className="article__header">
          <Breadcrumbs />
          {event.isFallback ? <FallbackNotice requested={lang} shown={event.lang} /> : null}
          {stale ? <StaleTranslationNotice lang={lang} {...stale} /> : null}
          <p className="eyebrow">{t("event.eyebrow")}</p>
          <h1 className="article__title" lang={contentLang}>
            {e.title}
          </h1>
          <dl className="contact-list">
            {e.startsAt ? (
              <>
                <dt>{t("event.when")}</dt>
                <dd>
                  {/* ICU range patterns differ between Node and browsers: keep the server's text. */}
                  <time dateTime={e.startsAt} suppressHydrationWarning>
                    {e.allDay || !e.endsAt
                      ? formatDateRange(lang, e.startsAt, e.endsAt)
                      : `${formatDateTime(lang, e.startsAt)} – ${formatDateTime(lang, e.endsAt)}`}
                  </time>
                </dd>
              </>
            ) : null}
            {e.venue ? (
              <>
                <dt>{t("event.where")}</dt>
                <dd lang={contentLang}>{e.venue}</dd>
              </>
            ) : null}
          </dl>
        </header>
        <div className="article__content" lang={contentLang}>
          {e.summary ? <p className="lead">{e.summary}</p> : null}
          <PortableTextBody value={e.body} />
        </div>
        <SourceList sources={e.sources} lang={lang} />
      </div>
    </article>
  );
}

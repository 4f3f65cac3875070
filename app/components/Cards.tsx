/** News cards, event entries and key figures: props in, markup out. */
import { useTranslation } from "~/i18n/use-translation";
import type { Shown } from "~/content/translations";
import type { ArticleCardData, EventCardData, IndicatorView } from "~/content/views";
import { dateParts, formatDate, formatDateRange, formatIndicator } from "~/i18n/format";
import { languageTitle, type Lang } from "~/i18n/languages";
import { Link } from "~/i18n/link";
import { ContentImage } from "./ContentImage";
import { LocalizedText } from "./LocalizedText";
import { SLOT, SourceNames, fillSlot, sourceName } from "./SourceNames";

function LanguageBadge({ shown }: { shown: Shown<unknown> }) {
  const { t } = useTranslation();
  if (!shown.isFallback) return null;
  return <span className="badge badge--lang">{t("fallback.badge", { language: languageTitle(shown.lang) })}</span>;
}

export function ArticleCard({
  item,
  lang,
  headingLevel = 3,
}: {
  item: Shown<ArticleCardData>;
  lang: Lang;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const a = item.value;
  const H = `h${headingLevel}` as const;
  return (
    <li className="card">
      <article lang={item.isFallback ? item.lang : undefined}>
        {a.mainImage ? (
          <div className="card__media">
            {/* Decorative here: the title beside it says what the card is. */}
            <ContentImage
              image={{ ...a.mainImage, alt: "" }}
              sizes="(min-width: 60rem) 22rem, (min-width: 40rem) 45vw, 100vw"
              figure={false}
            />
          </div>
        ) : null}
        <div className="card__body">
          <p className="card__meta" lang={lang}>
            {a.publishedAt ? <time dateTime={a.publishedAt}>{formatDate(lang, a.publishedAt, "medium")}</time> : null}
            {a.kind ? <span className="badge">{t(`news.kind.${a.kind}`)}</span> : null}
            <LanguageBadge shown={item} />
          </p>
          <H className="card__title">
            <Link to={`/news/${a.slug}`}>{a.title}</Link>
          </H>
          {a.excerpt ? <p className="card__excerpt">{a.excerpt}</p> : null}
        </div>
      </article>
    </li>
  );
}

export function EventItem({ item, lang }: { item: Shown<EventCardData>; lang: Lang }) {
  const e = item.value;
  const parts = e.startsAt ? dateParts(lang, e.startsAt) : null;
  return (
    <li className="event">
      {parts ? (
        <p className="event__date" aria-hidden="true">
          <span className="event__day">{parts.day}</span>
          <span className="event__month">
            {parts.month} {parts.year}
          </span>
        </p>
      ) : null}
      <div className="event__body" lang={item.isFallback ? item.lang : undefined}>
        <h3 className="event__title">
          <Link to={`/events/${e.slug}`}>{e.title}</Link>
        </h3>
        <p className="event__meta" lang={lang}>
          {e.startsAt ? (
            // Date ranges come from ICU data that differ between Node and browsers (Korean
            // "5일~6일" and "5일 ~ 6일"): the browser keeps the server's text.
            <time dateTime={e.startsAt} suppressHydrationWarning>
              {formatDateRange(lang, e.startsAt, e.endsAt)}
            </time>
          ) : null}
          <LanguageBadge shown={item} />
        </p>
        {e.venue ? <p className="event__meta">{e.venue}</p> : null}
      </div>
    </li>
  );
}

export function FigureList({ indicators, lang }: { indicators: IndicatorView[]; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <ul className="figures">
      {indicators
        .filter((i) => i.latest)
        .map((i) => {
          const latest = i.latest!;
          const source = latest.source && sourceName(latest.source) ? latest.source : null;
          return (
            <li className="figure" key={i.key}>
              <p className="figure__value">{formatIndicator(lang, latest.value, i.unit)}</p>
              <LocalizedText as="p" className="figure__label" shown={i.label} pageLang={lang} />
              <p className="figure__meta">
                {t("figure.year", { year: latest.year })}
                {latest.preliminary ? (
                  <>
                    {" "}
                    · <span className="badge badge--preliminary">{t("figure.preliminary")}</span>
                  </>
                ) : null}
                {source ? (
                  <>
                    {" "}
                    · {fillSlot(t("figure.source", { source: SLOT }), <SourceNames sources={[source]} lang={lang} />)}
                  </>
                ) : null}
              </p>
            </li>
          );
        })}
    </ul>
  );
}

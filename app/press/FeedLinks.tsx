/**
 * Visible links to a list's RSS and Atom feeds (the head carries the same for feed
 * readers, app/press/feed-links.ts). Plain `<a>`: a feed is a file, not a page the app
 * navigates to. Says which articles a feed holds: those written in the page's language.
 */
import { useTranslation } from "~/i18n/use-translation";
import type { Lang } from "~/i18n/languages";
import { feedUrl } from "./feed-links";
import { FEED_FORMATS, type Section } from "./sections";

export function FeedLinks({
  lang,
  section,
  headingLevel = 2,
}: {
  lang: Lang;
  section: Section | null;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation("press");
  const H = `h${headingLevel}` as const;
  return (
    <aside className="feed-links" aria-labelledby="feed-links-title">
      <H id="feed-links-title" className="feed-links__title">
        {t("feeds.title")}
      </H>
      <p>{t("feeds.hint")}</p>
      <ul className="downloads">
        <li>
          <a href={feedUrl(lang, "rss", section)} type={FEED_FORMATS.rss.type}>
            {t("feeds.rss")}
          </a>
        </li>
        <li>
          <a href={feedUrl(lang, "atom", section)} type={FEED_FORMATS.atom.type}>
            {t("feeds.atom")}
          </a>
        </li>
      </ul>
    </aside>
  );
}

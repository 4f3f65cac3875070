/**
 * The press room: the latest press releases, the media contacts (person documents named
 * in the site settings; no contact detail is written here), and the media kit: the mark
 * as SVG and PNG, a fact sheet whose every line cites its source, and the note that the
 * area has been part of Cần Thơ city since 1 July 2025. The same page in every language.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { ArticleCard } from "~/components/Cards";
import { LocalizedText } from "~/components/LocalizedText";
import { PersonCard } from "~/components/PersonCard";
import { sourceLang } from "~/components/SourceList";
import { CARD_ASPECT_RATIO } from "~/content/images";
import { withImageViews } from "~/content/images.server";
import { loadQuery } from "~/content/load.server";
import { PRESS_ROOM_QUERY } from "~/content/queries";
import { localizeList, mapShown, pickLocalized } from "~/content/translations";
import { personView, type PersonFields, type SourceRef } from "~/content/views";
import type { I18nHandle } from "~/i18n/config";
import { getFixedT } from "~/i18n/i18next.server";
import { SOURCE_LANG, type Lang } from "~/i18n/languages";
import { Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { everyLanguage } from "~/i18n/page-languages.server";
import { factSheet, type FactRow } from "~/press/fact-sheet.server";
import { feedLinks } from "~/press/feed-links";
import { FeedLinks } from "~/press/FeedLinks";
import { MARK_BASENAME, PNG_SIZES } from "~/press/media-kit";
import styles from "~/styles/press.css";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";

/** How many releases the room shows; the rest are on /news?section=press. */
const LATEST = 5;

export const handle: I18nHandle = { i18n: ["press"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const result = await loadQuery(PRESS_ROOM_QUERY, { source: SOURCE_LANG, limit: LATEST });
  const t = getFixedT(lang, "press");
  const settings = result.settings;
  return {
    lang,
    title: t("room.title"),
    description: t("room.lead"),
    releases: localizeList(result.releases, chain).map(({ shown }) =>
      mapShown(shown, (v) => withImageViews(v, CARD_ASPECT_RATIO)),
    ),
    contacts: (settings?.contacts ?? []).filter((c): c is PersonFields => !!c).map((c) => personView(c, chain)),
    statusNote: pickLocalized(settings?.statusNote, chain),
    statusSources: settings?.sources ?? [],
    facts: factSheet(lang),
    languages: everyLanguage(lang, "press"),
  };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  ...pageMeta(matches, data?.title, data?.description),
  // The room's feed is the press releases'.
  ...feedLinks(matches, data?.lang, "press", data?.title),
];

/** Sources inline ("Sources: A (publisher); B"), each title marked with its own language (as SourceList does). */
function Cites({ sources, lang }: { sources: readonly SourceRef[]; lang: Lang }) {
  return sources.map((s, i) => (
    <span key={i}>
      {i > 0 ? "; " : null}
      {s.url ? (
        <a href={s.url} rel="noopener noreferrer">
          <cite lang={sourceLang(s, lang)}>{s.title}</cite>
        </a>
      ) : (
        <cite lang={sourceLang(s, lang)}>{s.title}</cite>
      )}
      {s.publisher ? ` (${s.publisher})` : null}
    </span>
  ));
}

function FactSheet({ facts, lang }: { facts: readonly FactRow[]; lang: Lang }) {
  const { t } = useTranslation("press");
  return (
    <dl className="fact-sheet">
      {facts.map((fact) => (
        <div key={fact.key} className="fact-sheet__item">
          <dt>{fact.label}</dt>
          <dd className="fact-sheet__value">{fact.value}</dd>
          <dd className="fact-sheet__scope">{fact.scope}</dd>
          <dd className="fact-sheet__source">
            {t("room.source")} <Cites sources={fact.sources} lang={lang} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export default function PressRoom() {
  const { lang, title, description, releases, contacts, statusNote, statusSources, facts } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation("press");
  return (
    <>
      <header className="page-header">
        <div className="container">
          <h1>{title}</h1>
          <p className="lead">{description}</p>
        </div>
      </header>

      <section className="section" aria-labelledby="releases-title">
        <div className="container">
          <h2 id="releases-title" className="section__title">
            {t("room.releasesTitle")}
          </h2>
          {releases.length ? (
            <ul className="card-grid">
              {releases.map((item) => (
                <ArticleCard key={item.value._id} item={item} lang={lang} headingLevel={3} />
              ))}
            </ul>
          ) : (
            <p>{t("room.noReleases")}</p>
          )}
          <p>
            <Link to="/news?section=press">{t("room.allReleases")}</Link>
          </p>
          <FeedLinks lang={lang} section="press" headingLevel={3} />
        </div>
      </section>

      <section className="section" aria-labelledby="contacts-title">
        <div className="container">
          <h2 id="contacts-title" className="section__title">
            {t("room.contactsTitle")}
          </h2>
          <p>{t("room.contactsLead")}</p>
          {contacts.length ? (
            <ul className="press-contacts">
              {contacts.map((person) => (
                <li key={person.id}>
                  <PersonCard person={person} lang={lang} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("room.noContacts")}</p>
          )}
        </div>
      </section>

      <section className="section" aria-labelledby="kit-title">
        <div className="container">
          <h2 id="kit-title" className="section__title">
            {t("room.kitTitle")}
          </h2>

          <h3 id="status-title">{t("room.statusTitle")}</h3>
          {statusNote ? <LocalizedText as="p" shown={statusNote} pageLang={lang} className="notice" /> : null}
          {statusSources.length ? (
            <p className="fact-sheet__source">
              {t("room.source")} <Cites sources={statusSources} lang={lang} />
            </p>
          ) : null}

          <h3 id="mark-title">{t("room.markTitle")}</h3>
          <div className="press-mark">
            <img src={`/media-kit/${MARK_BASENAME}.svg`} alt={t("room.markAlt")} width="120" height="120" />
            <div>
              <p>{t("room.markNote")}</p>
              <ul className="downloads">
                <li>
                  <a href={`/media-kit/${MARK_BASENAME}.svg`} download type="image/svg+xml">
                    {t("room.downloadSvg")}
                  </a>
                </li>
                {PNG_SIZES.map((size) => (
                  <li key={size}>
                    <a href={`/media-kit/${MARK_BASENAME}-${size}.png`} download type="image/png">
                      {t("room.downloadPng", { size })}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </div>

          <h3 id="facts-title">{t("room.factsTitle")}</h3>
          <p>{t("room.factsLead")}</p>
          <FactSheet facts={facts} lang={lang} />
        </div>
      </section>
    </>
  );
}

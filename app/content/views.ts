/**
 * Query results → what components render: the best language version of each item
 * chosen along the fallback chain, with the language actually shown kept beside it.
 * Inputs are the typegen result types of app/content/queries.ts (or the structural
 * minimum several of them share); outputs are the props components take. No server
 * imports: components import the view types from here.
 */
import type { Lang } from "~/i18n/languages";
import type { ImageBlockView, ImageView } from "./images";
import type { SITE_SETTINGS_QUERY_RESULT } from "./sanity.types";
import { pickLocalized, type LocalizedArray, type Shown } from "./translations";

export type { ImageBlockView, ImageView };

export interface SourceRef {
  title?: string | null;
  /** The language of the title (and of the source): citations carry it as their `lang`. */
  language?: string | null;
  publisher?: string | null;
  url?: string | null;
  accessed?: string | null;
}

type Settings = NonNullable<SITE_SETTINGS_QUERY_RESULT>;

/** A `person` document as every query projects it (`personFields`: contacts, a park's contact, an opportunity's office). */
export type PersonFields = NonNullable<Settings["contacts"]>[number];

/** A contact person with role and organisation in the best language of the chain. */
export function personView(c: PersonFields, chain: readonly Lang[]) {
  return {
    id: c._id,
    name: c.name,
    /** The name's language (one spelling for every page), when the editor gave it. */
    nameLang: c.nameLanguage ?? null,
    role: pickLocalized(c.role, chain),
    organisation: pickLocalized(c.organisation, chain),
    email: c.email ?? null,
    phone: c.phone ?? null,
    languages: c.languages ?? [],
  };
}
export type PersonView = ReturnType<typeof personView>;

/** The site settings of SITE_SETTINGS_QUERY, or the part of them another query (the prospectus) projects. */
export type SettingsFields = Partial<Settings>;

export function siteSettingsView(s: SettingsFields | null | undefined, chain: readonly Lang[]) {
  const pick = (field: LocalizedArray | undefined) => pickLocalized(field, chain);
  return {
    localityName: pick(s?.localityName),
    tagline: pick(s?.tagline),
    statusNote: pick(s?.statusNote),
    agency: s?.agency
      ? {
          name: pick(s.agency.name),
          address: pick(s.agency.address),
          hours: pick(s.agency.hours),
          phone: s.agency.phone ?? null,
          email: s.agency.email ?? null,
          website: s.agency.website ?? null,
        }
      : null,
    // A reference to a deleted person resolves to null.
    contacts: (s?.contacts ?? []).filter((c): c is PersonFields => !!c).map((c) => personView(c, chain)),
    sources: s?.sources ?? [],
  };
}
export type SiteSettingsView = ReturnType<typeof siteSettingsView>;

/** A news card: the article's fields with its main image resolved for the card's frame. */
export interface ArticleCardData {
  _id: string;
  language: string;
  title: string;
  slug: string;
  kind?: string | null;
  publishedAt?: string | null;
  excerpt?: string | null;
  mainImage?: ImageView | null;
}

export interface EventCardData {
  _id: string;
  language: string;
  title: string;
  slug: string;
  startsAt: string | null;
  endsAt?: string | null;
  allDay?: boolean | null;
  venue?: string | null;
  summary?: string | null;
}

export interface IndicatorView {
  key: string;
  label: Shown<string> | null;
  unit: string;
  scope?: string | null;
  latest: {
    year: number;
    value: number;
    preliminary?: boolean | null;
    asOf?: string | null;
    source?: SourceRef | null;
  } | null;
}

/** An indicator with its latest observation, as HOME_QUERY and PROSPECTUS_QUERY project it. */
export interface IndicatorFields {
  key: string;
  label: LocalizedArray;
  unit: string;
  scope?: string | null;
  latest?: IndicatorView["latest"];
}

export function indicatorViews(
  list: readonly IndicatorFields[] | null | undefined,
  chain: readonly Lang[],
): IndicatorView[] {
  return (list ?? []).map((i) => ({
    key: i.key,
    label: pickLocalized(i.label, chain),
    unit: i.unit,
    scope: i.scope,
    latest: i.latest ?? null,
  }));
}

/** Portable Text with its image blocks resolved by the loader (`BodyView`), as `bodyHtml` renders it. */
export type BodyBlocks = ({ _type: string; _key?: string } | ImageBlockView)[];

/** A fixed page (about, contact, privacy) as the FixedPage frame shows it. */
export interface FixedPageView {
  _id: string;
  language: string;
  title: string;
  summary?: string | null;
  /** The body's markup (`bodyHtml`, app/content/body-html.server.tsx). */
  body?: string | null;
  sources?: readonly SourceRef[] | null;
}

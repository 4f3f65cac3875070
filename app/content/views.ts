/**
 * Query results → what components render: the best language version of each item
 * chosen along the fallback chain, with the language actually shown kept beside it.
 */
import type { Lang } from "~/i18n/languages";
import { pickLocalized, pickVersion, type LocalizedArray, type Shown } from "./translations";

export interface SourceRef {
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  accessed?: string | null;
}

export interface ImageRef {
  alt?: string | null;
  caption?: string | null;
  asset?: { _ref: string } | null;
  dimensions?: { width: number; height: number; aspectRatio: number } | null;
}

type Localized = LocalizedArray<string>;

/** A `person` document as queried (field-level translations for role and organisation). */
export interface RawPerson {
  _id?: string;
  name?: string | null;
  role?: Localized;
  organisation?: Localized;
  email?: string | null;
  phone?: string | null;
  languages?: string[] | null;
}

/** A contact person with role and organisation in the best language of the chain. */
export function personView(c: RawPerson, chain: readonly Lang[]) {
  return {
    id: c._id ?? "",
    name: c.name ?? "",
    role: pickLocalized(c.role, chain),
    organisation: pickLocalized(c.organisation, chain),
    email: c.email ?? null,
    phone: c.phone ?? null,
    languages: c.languages ?? [],
  };
}
export type PersonView = ReturnType<typeof personView>;

interface RawSettings {
  localityName?: Localized;
  tagline?: Localized;
  statusNote?: Localized;
  agency?: { name?: Localized; address?: Localized; hours?: Localized; phone?: string | null; email?: string | null; website?: string | null } | null;
  contacts?: (RawPerson | null)[] | null;
  sources?: SourceRef[] | null;
}

export function siteSettingsView(raw: unknown, chain: readonly Lang[]) {
  const s = (raw ?? {}) as RawSettings;
  const pick = (field: Localized) => pickLocalized(field, chain);
  return {
    localityName: pick(s.localityName),
    tagline: pick(s.tagline),
    statusNote: pick(s.statusNote),
    agency: s.agency
      ? {
          name: pick(s.agency.name),
          address: pick(s.agency.address),
          hours: pick(s.agency.hours),
          phone: s.agency.phone ?? null,
          email: s.agency.email ?? null,
          website: s.agency.website ?? null,
        }
      : null,
    contacts: (s.contacts ?? []).filter((c): c is RawPerson => !!c).map((c) => personView(c, chain)),
    sources: s.sources ?? [],
  };
}
export type SiteSettingsView = ReturnType<typeof siteSettingsView>;

export interface ArticleCardData {
  _id: string;
  language: string;
  title: string;
  slug: string;
  kind?: string | null;
  publishedAt?: string | null;
  excerpt?: string | null;
  mainImage?: ImageRef | null;
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

type WithTranslations<T> = T & { translations?: (T | null)[] | null };

/** Each list item in the best language of the chain (the source version when none is translated). */
export function localizeList<T extends { language?: string | null }>(items: readonly WithTranslations<T>[] | null | undefined, chain: Lang[]): Shown<T>[] {
  return (items ?? []).flatMap((item) => {
    const { translations, ...self } = item;
    const versions = translations?.length ? translations : [self as unknown as T];
    const shown = pickVersion<T>(versions, chain) ?? pickVersion<T>([self as unknown as T], [...chain, item.language as Lang]);
    return shown ? [shown] : [];
  });
}

export interface IndicatorView {
  key: string;
  label: Shown<string> | null;
  unit: string;
  scope?: string | null;
  latest: { year: number; value: number; preliminary?: boolean | null; asOf?: string | null; source?: SourceRef | null } | null;
}

export function indicatorViews(raw: unknown, chain: Lang[]): IndicatorView[] {
  const list = (raw ?? []) as { key: string; label?: Localized; unit: string; scope?: string | null; latest?: IndicatorView["latest"] }[];
  return list.map((i) => ({ key: i.key, label: pickLocalized(i.label, chain), unit: i.unit, scope: i.scope, latest: i.latest ?? null }));
}

/** A fixed page (about, contact, privacy). */
export interface FixedPageDoc {
  _id: string;
  language: string;
  title: string;
  slug?: string | null;
  summary?: string | null;
  seoDescription?: string | null;
  body?: unknown[] | null;
  sources?: SourceRef[] | null;
}

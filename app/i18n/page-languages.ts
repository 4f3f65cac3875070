/** What every page loader returns about languages; built by page-languages.server.ts. */
import type { Lang } from "~/i18n/languages";

export interface PageLanguages {
  /** Path of this page in the requested language. */
  path: string;
  /** Where the switcher leads, for every language. */
  paths: Record<Lang, string>;
  /** Languages in which this page's content exists (hreflang alternates). */
  available: Lang[];
  /** For each language without a translation, the language its page falls back to. */
  fallbackOf: Partial<Record<Lang, Lang>>;
}

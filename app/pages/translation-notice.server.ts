/**
 * Whether the translation a reader is shown is older than its Vietnamese original, for
 * the notice above it. The page query projects the version's provenance and its source's
 * stored translatable fields (`translation`, `original`); this fingerprints the source as
 * the status tool does (app/translations/status.ts), so both call the same pages stale.
 * The source's text never reaches the browser: the loader keeps only the dates and link.
 */
import type { Shown } from "~/content/translations";
import { SOURCE_LANG } from "~/i18n/languages";
import { href } from "~/i18n/routing";
import { freshness, type RecordedHashes } from "~/translations/status";

export interface StaleNotice {
  translatedAt: string;
  sourceUpdatedAt: string;
  originalHref: string;
}

interface WithProvenance {
  language?: string | null;
  translation?: RecordedHashes | null;
  original?: ({ _type: string; _updatedAt: string; slug: string | null } & Record<string, unknown>) | null;
}

/** The shown version without the provenance fields, and the notice if it is stale. */
export function translationNotice<T extends WithProvenance>(
  shown: Shown<T>,
  section: string,
  /** The original's path when it is not `<section>/<slug>` (fixed pages: `about`). */
  originalPath?: string,
): { shown: Shown<Omit<T, "translation" | "original">>; stale: StaleNotice | null } {
  const { translation, original, ...value } = shown.value;
  const rest = { ...shown, value };
  // A fallback shows some other language's version; the fallback notice speaks for it.
  if (shown.isFallback || shown.lang === SOURCE_LANG || !original || !translation) return { shown: rest, stale: null };
  const result = freshness(translation, original);
  if (!result.stale || !result.translatedAt || !result.since) return { shown: rest, stale: null };
  return {
    shown: rest,
    stale: {
      translatedAt: result.translatedAt,
      sourceUpdatedAt: result.since,
      originalHref: href(SOURCE_LANG, originalPath ?? `${section}/${encodeURIComponent(original.slug ?? "")}`),
    },
  };
}

/**
 * The UI strings a request renders with: the base strings of locales/ with staff's
 * published `uiStringOverride` documents merged over them. Read through loadQuery (so a
 * source failure serves the last good overrides) once per content version: the store's
 * version moves with every commit and Sanity's with every webhook purge, so a publish is
 * seen by the next request. Invalid overrides are dropped with one log line each (the
 * rules of app/i18n/overrides.ts, the same the Studio validates with).
 */
import { baseStrings, runWithUiStrings, uiStringsWith, type UiStrings } from "~/i18n/i18next.server";
import { validOverrides } from "~/i18n/overrides";
import { resources } from "~/i18n/resources";
import { getContentSource, loadQuery, onContentPurge } from "./load.server";
import { UI_STRING_OVERRIDES_QUERY } from "./queries";

interface Cached {
  /** The content version the overrides were read at. */
  contentVersion: string;
  strings: Promise<UiStrings>;
}

let cached: Cached | undefined;
let last: { fingerprint: string; strings: UiStrings } = { fingerprint: "", strings: baseStrings };

// A source without a content version (the plain embedded dataset) re-reads on purge only.
onContentPurge(() => {
  cached = undefined;
});

async function read(): Promise<UiStrings> {
  // Published only, also in draft preview: an override is live once published.
  const rows = await loadQuery(UI_STRING_OVERRIDES_QUERY, {}, { perspective: "published" });
  const valid = validOverrides(rows, resources, (line) => console.warn(line));
  const fingerprint = JSON.stringify(valid.map((o) => [o.language, o.namespace, o.key, o.value]));
  // Another commit (an article) moves the version but leaves the overrides: keep the fork.
  if (fingerprint !== last.fingerprint) last = { fingerprint, strings: uiStringsWith(valid) };
  return last.strings;
}

/** The strings for the current content (one query per content version, shared by concurrent requests). */
export async function loadUiStrings(): Promise<UiStrings> {
  const contentVersion = getContentSource().contentVersion ?? "";
  if (cached?.contentVersion !== contentVersion) {
    const entry: Cached = { contentVersion, strings: read() };
    cached = entry;
    // A failure (the source down with nothing to fall back on) keeps the strings in use and
    // lets the next request try again; the page itself is not refused for want of overrides.
    entry.strings = entry.strings.catch((error: unknown) => {
      console.error(
        `[ui-strings] overrides could not be read (${error instanceof Error ? error.message : "source unavailable"}); using the previous strings`,
      );
      if (cached === entry) cached = undefined;
      return last.strings;
    });
  }
  return cached.strings;
}

/** For server.js: each request of the site runs with the strings current when it arrived. */
export async function withUiStrings(handle: () => Promise<Response>): Promise<Response> {
  return runWithUiStrings(await loadUiStrings(), handle);
}

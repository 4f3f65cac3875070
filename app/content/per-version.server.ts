/**
 * Values derived from content (a sorted schedule, a lookup table) kept until the content
 * changes, like the engine's own sorted lists and the search index: rebuilt when another
 * source is set, when its `contentVersion` moves (the store: every commit) or on a purge (the
 * Sanity webhook). A source that names no version, or Sanity without a webhook, also rebuilds
 * after `maxAgeMs`, the time its own result cache keeps an answer (SANITY_CACHE_TTL_S).
 *
 * Concurrent callers share one build; a failed build is not kept (the next call tries again,
 * and the loader's own fallback, loadQuery's last good result, still applies inside it).
 */
import type { ContentSource } from "./source.server";
import { getContentSource, onContentPurge } from "./load.server";

interface Entry<T> {
  source: ContentSource;
  version: string | undefined;
  at: number;
  value: Promise<T>;
}

const DEFAULT_MAX_AGE_MS = 60_000;
const memos = new Set<Map<string, Entry<unknown>>>();
onContentPurge(() => {
  for (const memo of memos) memo.clear();
});

/** `build(key)` once per content version and key (keep keys few: one per filter value). */
export function perContentVersion<T>(
  build: (key: string) => Promise<T>,
  { maxAgeMs = DEFAULT_MAX_AGE_MS }: { maxAgeMs?: number } = {},
): (key: string) => Promise<T> {
  const memo = new Map<string, Entry<T>>();
  memos.add(memo as Map<string, Entry<unknown>>);
  return (key) => {
    const source = getContentSource();
    const version = source.contentVersion;
    const now = Date.now();
    const entry = memo.get(key);
    const timeBound = version === undefined || source.kind === "sanity";
    if (entry && entry.source === source && entry.version === version && !(timeBound && now - entry.at > maxAgeMs)) {
      return entry.value;
    }
    const next: Entry<T> = { source, version, at: now, value: build(key) };
    memo.set(key, next);
    next.value.catch(() => {
      if (memo.get(key) === next) memo.delete(key);
    });
    return next.value;
  };
}

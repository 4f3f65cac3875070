/**
 * The site's search indexes: one per language, built lazily from the content source on
 * the first search in that language and rebuilt once per content version (the store's
 * version moves with every commit, Sanity's with every webhook purge). Concurrent requests
 * share one read of the content and one build per language (they await the same promise).
 *
 * The content is read with the source's own `fetch`, not `loadQuery`: loadQuery keeps a
 * copy of every result as its last good answer, and this one is every public text of the
 * site (about 150 MB at the 100k-document dataset). The fallback is ours instead: when a
 * rebuild cannot read the content, the index of the previous version keeps answering.
 */
import { getContentSource, isTransientFailure, onContentPurge } from "~/content/load.server";
import { SEARCH_DOCUMENTS_QUERY } from "~/content/queries";
import type { ContentSource } from "~/content/source.server";
import type { SEARCH_DOCUMENTS_QUERY_RESULT } from "~/content/sanity.types";
import { chainFor } from "~/i18n/locale.server";
import type { Lang } from "~/i18n/languages";
import { documentsFor } from "./documents";
import { buildIndex, type SearchIndex } from "./engine";
import { analyzerFor } from "./tokenize";

interface Generation {
  source: ContentSource;
  version: string;
  content: Promise<SEARCH_DOCUMENTS_QUERY_RESULT>;
  indexes: Map<Lang, Promise<SearchIndex>>;
}

let current: Generation | undefined;
/** The last index built per language, whatever its version: the answer while the source fails. */
const lastBuilt = new Map<Lang, SearchIndex>();

// A source without a content version (the plain embedded dataset) rebuilds on purge only.
onContentPurge(() => {
  current = undefined;
});

function generation(): Generation {
  const source = getContentSource();
  const version = source.contentVersion ?? "";
  // Another source (tests swap it) is other content, whatever its version says.
  if (current?.source !== source || current.version !== version) {
    const next: Generation = {
      source,
      version,
      content: source.fetch<SEARCH_DOCUMENTS_QUERY_RESULT>(
        SEARCH_DOCUMENTS_QUERY,
        {},
        {
          perspective: "published",
        },
      ),
      indexes: new Map(),
    };
    // A failed read is not kept: the next search tries again.
    next.content.catch(() => {
      if (current === next) current = undefined;
    });
    current = next;
  }
  return current;
}

/** The index of `lang` for the current content (built on first use). */
export async function searchIndex(lang: Lang): Promise<SearchIndex> {
  const gen = generation();
  let index = gen.indexes.get(lang);
  if (!index) {
    const started = performance.now();
    index = gen.content.then(async (content) => {
      const built = await buildIndex(documentsFor(content, chainFor(lang)), analyzerFor(lang));
      console.log(
        `[search] ${lang} index: ${built.docs.size} documents in ${Math.round(performance.now() - started)} ms (content version ${gen.version || "–"})`,
      );
      lastBuilt.set(lang, built);
      return built;
    });
    gen.indexes.set(lang, index);
    index.catch(() => {
      if (gen.indexes.get(lang) === index) gen.indexes.delete(lang);
    });
  }
  try {
    return await index;
  } catch (error) {
    const previous = lastBuilt.get(lang);
    // As loadQuery does: an outage with nothing to fall back on is a 503 page, a bug (a GROQ error) stays one.
    if (!previous && isTransientFailure(error)) {
      throw new Response("The search is unavailable. Please try again shortly.", {
        status: 503,
        statusText: "Service Unavailable",
        headers: { "Retry-After": "30", "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    if (!previous) throw error;
    console.warn(
      `[search] ${lang} index could not be rebuilt (${error instanceof Error ? error.message : String(error)}); searching the previous one`,
    );
    return previous;
  }
}

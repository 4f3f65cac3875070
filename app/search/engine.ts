/**
 * One language's search index on MiniSearch (docs/decisions/0016): BM25 ranking, prefix
 * and fuzzy matching are the library's; what is ours is the analysis (./tokenize.ts) and
 * how a query becomes MiniSearch's expression tree:
 * - every word of the query must match (AND);
 * - a word matches its exact forms in the exact fields (`title`, `text`) or its loose forms
 *   in the loose fields (`titleLoose`, `textLoose`, which hold only the forms that differ
 *   from the word as written) or as written, the exact fields weighing more. A
 *   document matching both ways also counts one more matched term, so "hậu" ranks the
 *   documents that write "Hậu" above those that write "Hầu" or "hau";
 * - a word of three letters or more (two CJK characters) also matches as a prefix; a Latin
 *   word of five letters or more matches one typo away (two from ten) in the loose fields.
 * Snippets are plain text segments with the matched words flagged: the page renders them
 * as React text inside <mark>, so nothing a reader types or an editor writes becomes markup.
 */
import MiniSearch, { type Query, type SearchOptions } from "minisearch";
import type { SearchDoc } from "./documents";
import { isCjk, type Analyzer } from "./tokenize";

type Field = "title" | "titleLoose" | "text" | "textLoose";
// Each title field next to its loose twin: the one-entry memo in `tokenizer` then analyses each text once.
const FIELDS: Field[] = ["title", "titleLoose", "text", "textLoose"];
const EXACT_BOOST = { title: 6, text: 2 };
const LOOSE_BOOST = { titleLoose: 3, textLoose: 1 };
const OTHER_BOOST = { title: 3, text: 1 };

export interface SearchIndex {
  readonly analyzer: Analyzer;
  readonly mini: MiniSearch<SearchDoc>;
  readonly docs: ReadonlyMap<string, SearchDoc>;
}

/** A run of text, flagged when it is a matched word. */
export interface Segment {
  text: string;
  mark?: true;
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  title: Segment[];
  snippet: Segment[];
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

function tokenizer(analyzer: Analyzer) {
  let last: { text: string; exact: string[]; loose: string[] } | undefined;
  return (text: string, field?: string): string[] => {
    if (last?.text !== text) {
      const exact: string[] = [];
      const loose: string[] = [];
      for (const word of analyzer.words(text)) {
        const forms = analyzer.forms(word.text);
        exact.push(...forms.exact);
        // Only forms the exact field lacks: most English and French words fold to themselves,
        // and a second copy of them would cost a third of the index for nothing (see queryTree).
        for (const form of forms.loose) if (!forms.exact.includes(form)) loose.push(form);
      }
      last = { text, exact, loose };
    }
    return field?.endsWith("Loose") ? last.loose : last.exact;
  };
}

function newIndex(analyzer: Analyzer): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    idField: "id",
    fields: FIELDS,
    storeFields: [],
    extractField: (doc, field) => (field === "id" ? doc.id : field.startsWith("title") ? doc.title : doc.text),
    tokenize: tokenizer(analyzer),
    processTerm: (term) => term,
    // Query terms arrive analysed already (`queryTree`): MiniSearch takes them as they are.
    searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
  });
}

/** Builds the index in chunks, yielding between them, so a large build does not stall other requests. */
export async function buildIndex(docs: readonly SearchDoc[], analyzer: Analyzer): Promise<SearchIndex> {
  const mini = newIndex(analyzer);
  await mini.addAllAsync(docs, { chunkSize: 500 });
  return { analyzer, mini, docs: new Map(docs.map((d) => [d.id, d])) };
}

/** The same, at once (tests and small sets). */
export function buildIndexSync(docs: readonly SearchDoc[], analyzer: Analyzer): SearchIndex {
  const mini = newIndex(analyzer);
  mini.addAll(docs);
  return { analyzer, mini, docs: new Map(docs.map((d) => [d.id, d])) };
}

const prefix = (term: string) => (isCjk(term) ? [...term].length >= 2 : term.length >= 3);
// Latin words only: one edit in a Hangul or Han word is a whole syllable or character, another word.
const LATIN_WORD = /^[\p{Script=Latin}\p{N}]+$/u;
const fuzzy = (term: string) => (LATIN_WORD.test(term) && term.length >= 5 ? 0.2 : false);

/** The query as MiniSearch's expression tree (see the module comment); undefined when it has no word. */
export function queryTree(index: SearchIndex, query: string): Query | undefined {
  const words = index.analyzer.words(query);
  if (words.length === 0) return undefined;
  return {
    combineWith: "AND",
    queries: words.map((word): Query => {
      const forms = index.analyzer.forms(word.text);
      const other = forms.loose.filter((f) => !forms.exact.includes(f));
      const queries: Query[] = [
        // The word as typed, where the text has it as written.
        { combineWith: "OR", queries: forms.exact, fields: ["title", "text"], boost: EXACT_BOOST, prefix, fuzzy },
        // Its loose forms where the text's words fold to them ("hau" → the "hau" of "Hậu").
        {
          combineWith: "OR",
          queries: forms.loose,
          fields: ["titleLoose", "textLoose"],
          boost: LOOSE_BOOST,
          prefix,
          fuzzy,
        } satisfies Query & SearchOptions,
      ];
      // A loose form of the query written plainly in the text ("hậu" → a "hau" as written).
      if (other.length) {
        queries.push({
          combineWith: "OR",
          queries: other,
          fields: ["title", "text"],
          boost: OTHER_BOOST,
          prefix,
          fuzzy,
        });
      }
      return { combineWith: "OR", queries };
    }),
  };
}

/** The ranked hits of `query`, `limit` of them from `offset`, with highlighted titles and snippets. */
export function search(index: SearchIndex, query: string, { offset = 0, limit = 10 } = {}): SearchPage {
  const tree = queryTree(index, query);
  if (!tree) return { total: 0, hits: [] };
  const results = index.mini.search(tree);
  const hits = results.slice(offset, offset + limit).flatMap((result) => {
    const doc = index.docs.get(String(result.id));
    if (!doc) return [];
    const matched = new Set(result.terms);
    return [
      {
        doc,
        score: result.score,
        title: highlight(index.analyzer, doc.title, matched),
        snippet: snippet(index.analyzer, doc.text, matched),
      },
    ];
  });
  return { total: results.length, hits };
}

function isMatched(analyzer: Analyzer, word: string, matched: ReadonlySet<string>): boolean {
  const forms = analyzer.forms(word);
  return forms.exact.some((f) => matched.has(f)) || forms.loose.some((f) => matched.has(f));
}

/** `text` in segments, the words whose forms matched flagged. */
export function highlight(analyzer: Analyzer, text: string, matched: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const word of analyzer.words(text)) {
    if (!isMatched(analyzer, word.text, matched)) continue;
    if (word.start > at) segments.push({ text: text.slice(at, word.start) });
    segments.push({ text: word.text, mark: true });
    at = word.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

export const SNIPPET_LENGTH = 200;
const BEFORE_MATCH = 60;

/**
 * About SNIPPET_LENGTH characters of `text` around its first matched word (its start when
 * none matched: the title did), cut at spaces where the language has them, with an
 * ellipsis where text was left out.
 */
export function snippet(analyzer: Analyzer, text: string, matched: ReadonlySet<string>): Segment[] {
  const flat = text.replace(/\s+/g, " ").trim();
  if (!flat) return [];
  const first = analyzer.words(flat).find((w) => isMatched(analyzer, w.text, matched));
  let start = first ? Math.max(0, first.start - BEFORE_MATCH) : 0;
  let end = Math.min(flat.length, start + SNIPPET_LENGTH);
  if (start > 0) {
    const space = flat.indexOf(" ", start);
    if (space !== -1 && first && space < first.start) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    if (space > start + SNIPPET_LENGTH / 2) end = space;
  }
  // Never cut a surrogate pair in two.
  if (/[\uDC00-\uDFFF]/.test(flat[start] ?? "")) start++;
  if (/[\uD800-\uDBFF]/.test(flat[end - 1] ?? "")) end--;
  const segments = highlight(analyzer, flat.slice(start, end), matched);
  if (start > 0) segments.unshift({ text: "…" });
  if (end < flat.length) segments.push({ text: "…" });
  return segments;
}

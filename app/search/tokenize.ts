/**
 * How text becomes search terms, per language (docs/decisions/0016). Pure: the index
 * (./engine.ts) and the snippet marker use the same analysis, so what is found is what
 * is highlighted.
 *
 * Every language is cut into words by Intl.Segmenter (word granularity, the language's
 * own rules: dictionary segmentation for Japanese and Chinese, spaces and punctuation
 * elsewhere). Each word then has two kinds of forms:
 * - exact: the word in lower case, NFC, marks kept ("hậu");
 * - loose: what a reader may type instead: the word without Latin diacritics and with
 *   đ → d ("hau"), a Korean word without its trailing particle ("허우장의" → "허우장"),
 *   a French word without its elided article ("l’investissement" → "investissement"),
 *   and the character pairs of a long CJK word ("工業団地" → "団地"), so a part of it is found.
 * The index keeps both in separate fields and weighs exact ones higher, so a query typed
 * with its marks prefers the words that carry them, while one without finds them all.
 */
import type { Lang } from "~/i18n/languages";

export interface Word {
  /** The word as written in the text. */
  text: string;
  /** Its offset in the text (UTF-16 units), for highlighting. */
  start: number;
  end: number;
}

export interface WordForms {
  exact: string[];
  loose: string[];
}

/** How a language's text is cut and normalised; the naive one in tests shows what each step adds. */
export interface Analyzer {
  words(text: string): Word[];
  forms(word: string): WordForms;
}

// One segmenter per language, built once: constructing one costs more than segmenting a title.
const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  let found = segmenters.get(lang);
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity: "word" });
    segmenters.set(lang, found);
  }
  return found;
}

/** Lower case, NFC: Vietnamese typed on some keyboards arrives decomposed. */
export function normalize(word: string): string {
  return word.normalize("NFC").toLowerCase();
}

/**
 * Latin letters without their diacritics, đ → d ("Hậu Giang" → "hau giang"). Only marks
 * after a Latin letter go: NFD would otherwise strip the voicing marks of kana (ガ → カ)
 * and take Hangul syllables apart.
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/**
 * Korean particles that follow a noun without a space, longest first so 에서 goes before 에.
 * A word keeps at least two syllables, so a short noun ending like a particle (나이) stays whole.
 */
const KOREAN_PARTICLES = ["에서", "으로", "은", "는", "이", "가", "을", "를", "에", "의", "와", "과", "로"];
const HANGUL_WORD = /^\p{Script=Hangul}+$/u;

export function stripKoreanParticle(word: string): string | undefined {
  if (!HANGUL_WORD.test(word)) return undefined;
  for (const particle of KOREAN_PARTICLES) {
    if (word.endsWith(particle) && [...word].length - [...particle].length >= 2) return word.slice(0, -particle.length);
  }
  return undefined;
}

/** French elision: l’, d’, qu’… before a vowel, written with either apostrophe. */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/u;

export function stripElision(word: string): string | undefined {
  const stripped = word.replace(ELISION, "");
  return stripped !== word && stripped.length > 0 ? stripped : undefined;
}

const CJK_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;

/** The overlapping character pairs of a CJK word of three characters or more. */
export function cjkPairs(word: string): string[] {
  const chars = [...word];
  if (chars.length < 3 || !CJK_WORD.test(word)) return [];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}

/** True for words in a script written without spaces (where a prefix of two characters is already a word). */
export function isCjk(word: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word);
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

/** The analyzer for a language's index and its queries. */
export function analyzerFor(lang: Lang): Analyzer {
  const cut = segmenter(lang);
  return {
    words(text) {
      const words: Word[] = [];
      for (const s of cut.segment(text)) {
        if (s.isWordLike) words.push({ text: s.segment, start: s.index, end: s.index + s.segment.length });
      }
      return words;
    },
    forms(word) {
      const exact = normalize(word);
      const elided = stripElision(exact);
      const particle = stripKoreanParticle(exact);
      return {
        exact: [exact],
        loose: unique([fold(exact), elided && fold(elided), particle, ...cjkPairs(exact)]),
      };
    },
  };
}

/**
 * What a search box without language handling does: split on spaces and punctuation,
 * lower-case, nothing else. Only for tests, which show that each query of the language
 * tests fails with it (so the handling above is what finds them).
 */
export const naiveAnalyzer: Analyzer = {
  words(text) {
    const words: Word[] = [];
    for (const m of text.matchAll(/[^\s\p{P}\p{S}]+/gu)) {
      words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    }
    return words;
  },
  forms(word) {
    const lower = word.toLowerCase();
    return { exact: [lower], loose: [lower] };
  },
};

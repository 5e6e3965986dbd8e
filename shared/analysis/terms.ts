/** Finding lexicon terms (words and phrases, any inflection) in text, with their offsets. */
import { stem } from '../text/tokenize';
import type { LexiconEntry } from './lexicon';

/** A lexicon term found in a text. */
export interface TermHit<C extends string> {
  /** The lexicon term. */
  readonly term: string;
  /** Its category. */
  readonly category: C;
  /** The words as they stand in the text. */
  readonly text: string;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly endExclusive: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Irregular forms the suffix stemmer cannot reach. */
const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say',
  says: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  hits: 'hit',
  hitting: 'hit',
  // Short regular forms the stemmer leaves alone (it keeps words of five letters or less).
  added: 'add',
  adds: 'add',
  noted: 'note',
  asked: 'ask',
  asks: 'ask',
  urged: 'urge',
  vowed: 'vow',
  slams: 'slam',
};

/** The comparison key of a word: folded, lower case, irregular forms mapped, stemmed. */
export function wordKey(word: string): string {
  const lower = word.toLowerCase().replace(/’/gu, "'");
  return stem(IRREGULAR[lower] ?? lower);
}

/** Finds every lexicon term in a text; longer phrases win over the words inside them. */
export function findTerms<C extends string>(
  text: string,
  lexicon: ReadonlyArray<LexiconEntry<C>>,
): ReadonlyArray<TermHit<C>> {
  const words = [...text.matchAll(WORD)].map((m) => ({
    key: wordKey(m[0]),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const phrases = lexicon
    .map((e) => ({ entry: e, keys: e.term.split(/\s+/u).map(wordKey) }))
    .sort((a, b) => b.keys.length - a.keys.length);
  const hits: TermHit<C>[] = [];
  const taken = new Set<number>();
  for (const { entry, keys } of phrases) {
    for (let i = 0; i + keys.length <= words.length; i++) {
      if (keys.every((k, j) => words[i + j]?.key === k) && !keys.some((_, j) => taken.has(i + j))) {
        const start = words[i]?.start ?? 0;
        const endExclusive = words[i + keys.length - 1]?.end ?? start;
        hits.push({
          term: entry.term,
          category: entry.category,
          text: text.slice(start, endExclusive),
          start,
          endExclusive,
        });
        keys.forEach((_, j) => taken.add(i + j));
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

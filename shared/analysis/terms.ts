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

/**
 * Irregular forms the suffix stemmer cannot reach. A Map, as every table looked up with
 * words from the text: a plain object would answer "constructor" with a function.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['said', 'say'],
  ['says', 'say'],
  ['told', 'tell'],
  ['wrote', 'write'],
  ['written', 'write'],
  ['hits', 'hit'],
  ['hitting', 'hit'],
  // Short regular forms the stemmer leaves alone (it keeps words of five letters or less).
  ['added', 'add'],
  ['adds', 'add'],
  ['noted', 'note'],
  ['asked', 'ask'],
  ['asks', 'ask'],
  ['urged', 'urge'],
  ['vowed', 'vow'],
  ['slams', 'slam'],
]);

/** The comparison key of a word: folded, lower case, irregular forms mapped, stemmed. */
export function wordKey(word: string): string {
  const lower = word.toLowerCase().replace(/’/gu, "'");
  return stem(IRREGULAR.get(lower) ?? lower);
}

interface CompiledPhrase<C extends string> {
  readonly entry: LexiconEntry<C>;
  /** Per word of the phrase, the keys of the forms it takes. */
  readonly keys: ReadonlyArray<ReadonlySet<string>>;
}

/**
 * The regular inflections of a lexicon word ("own": owns, owned, owning), so that terms a
 * user adds match without knowing the stemmer, which leaves short words alone.
 */
export function inflections(word: string): ReadonlyArray<string> {
  const forms = [word, `${word}s`, `${word}es`, `${word}ed`, `${word}d`, `${word}ing`];
  if (word.endsWith('e')) {
    forms.push(`${word.slice(0, -1)}ing`);
  }
  if (/[^aeiou]y$/u.test(word)) {
    forms.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  }
  if (/[^aeiou][aeiou][b-df-hj-np-tv-z]$/u.test(word)) {
    const last = word.slice(-1);
    forms.push(`${word}${last}ed`, `${word}${last}ing`);
  }
  return forms;
}

// Lexicons are compiled once (keyed by the array itself): phrases grouped by the keys of
// their first word's forms, longest first, so a text is scanned in one pass.
const compiled = new WeakMap<object, ReadonlyMap<string, ReadonlyArray<CompiledPhrase<string>>>>();

function compile<C extends string>(
  lexicon: ReadonlyArray<LexiconEntry<C>>,
): ReadonlyMap<string, ReadonlyArray<CompiledPhrase<C>>> {
  const known = compiled.get(lexicon);
  if (known) {
    return known as ReadonlyMap<string, ReadonlyArray<CompiledPhrase<C>>>;
  }
  const byFirst = new Map<string, CompiledPhrase<C>[]>();
  for (const entry of lexicon) {
    const keys = entry.term
      .split(/\s+/u)
      .map((word) => new Set(inflections(word.toLowerCase()).map(wordKey)));
    for (const first of keys[0] ?? []) {
      const list = byFirst.get(first) ?? [];
      list.push({ entry, keys });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.keys.length - a.keys.length);
  }
  compiled.set(lexicon, byFirst);
  return byFirst;
}

/**
 * Finds every lexicon term in a text; at each position the longest phrase wins. `keyOf`
 * may be a memoised {@link wordKey} when many texts are scanned.
 */
export function findTerms<C extends string>(
  text: string,
  lexicon: ReadonlyArray<LexiconEntry<C>>,
  keyOf: (word: string) => string = wordKey,
): ReadonlyArray<TermHit<C>> {
  const byFirst = compile(lexicon);
  const words = [...text.matchAll(WORD)].map((m) => ({
    key: keyOf(m[0]),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const hits: TermHit<C>[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = (byFirst.get(words[i]?.key ?? '') ?? []).find((p) =>
      p.keys.every((k, j) => k.has(words[i + j]?.key ?? '')),
    );
    if (phrase) {
      const start = words[i]?.start ?? 0;
      const endExclusive = words[i + phrase.keys.length - 1]?.end ?? start;
      hits.push({
        term: phrase.entry.term,
        category: phrase.entry.category,
        text: text.slice(start, endExclusive),
        start,
        endExclusive,
      });
      i += phrase.keys.length - 1;
    }
  }
  return hits;
}

/** A memoised {@link wordKey}, for one analysis run (the same words recur in every text). */
export function memoWordKey(): (word: string) => string {
  const memo = new Map<string, string>();
  return (word) => {
    let key = memo.get(word);
    if (key === undefined) {
      key = wordKey(word);
      memo.set(word, key);
    }
    return key;
  };
}

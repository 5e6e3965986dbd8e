/**
 * Finding lexicon terms (words and phrases, in the forms their part of speech gives them)
 * in text, with their offsets. Words keep their inner hyphens, apostrophes and dots, so
 * "so-called", "blue-ticked" and "U.S.-backed" are single words that match as written.
 */
import { isAsciiDigit, isAsciiLetter, isCommonNonWord } from '../text/ascii';
import { termForms } from './inflect';
import type { LexiconEntry } from './lexicon';
import { usedAsNoun, usedAsPastVerb, usedAsVerb, type WordToken } from './pos';

/** A lexicon term found in a text. */
export interface TermHit<C extends string> {
  /** The lexicon term (for a verb, its lemma: "say" for "said"). */
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

// A word: letters and digits with inner apostrophes and hyphens ("don't", "so-called"), or
// an abbreviation of single letters with dots ("U.S.", "U.S.-backed").
const PART = String.raw`[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*`;
const WORD = new RegExp(String.raw`(?:\p{L}(?:\.\p{L})+\.?|${PART})(?:[-‐‑]${PART})*`, 'gu');

/** A word's comparison key: lower case, typographic apostrophes and hyphens folded. */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return /[’‐‑]/u.test(lower) ? lower.replace(/’/gu, "'").replace(/[‐‑]/gu, '-') : lower;
}

const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c);
const FULL_STOP = 0x2e;
const HYPHEN = 0x2d;
const RIGHT_SINGLE_QUOTE = 0x2019;
// A character beyond ASCII that may be part of a word or join two: a letter, a mark, a
// digit, or a hyphen of the pattern's.
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}‐‑]/uy;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * The words of a text with their offsets and keys: the matches of {@link WORD}. Read by
 * hand (the analyses split every paragraph into words) where the pattern's classes are
 * ASCII letters and digits, its apostrophes "'" and "’" and its hyphen "-": the pattern
 * reads only around the other characters that a word may hold (a letter beyond ASCII).
 */
export function wordTokens(text: string): ReadonlyArray<WordToken> {
  const out: WordToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && !isCommonNonWord(c)) {
      WORD_CHARACTER.lastIndex = i;
      if (WORD_CHARACTER.test(text)) {
        // The pattern reads on from the last word (which this character may lengthen).
        const last = out.pop();
        i = readByPattern(text, last?.start ?? i, i, out);
      } else {
        // A symbol (an emoji): no word holds it or runs across it.
        i += isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
      }
      continue;
    }
    if (!isAsciiAlnum(c)) {
      i++;
      continue;
    }
    const start = i;
    if (
      isAsciiLetter(c) &&
      text.charCodeAt(i + 1) === FULL_STOP &&
      isAsciiLetter(text.charCodeAt(i + 2))
    ) {
      // An abbreviation: single letters with dots ("U.S."), the last dot optional.
      i++;
      while (text.charCodeAt(i) === FULL_STOP && isAsciiLetter(text.charCodeAt(i + 1))) {
        i += 2;
      }
      if (text.charCodeAt(i) === FULL_STOP) {
        i++;
      }
    } else {
      i = partEnd(text, i);
    }
    while (text.charCodeAt(i) === HYPHEN && isAsciiAlnum(text.charCodeAt(i + 1))) {
      i = partEnd(text, i + 1);
    }
    const word = text.slice(start, i);
    // The only character of such a word that its key folds is "’" (see wordKey).
    const lower = word.toLowerCase();
    const key = lower.includes('’') ? lower.replace(/’/gu, "'") : lower;
    out.push({ key, text: word, start, endExclusive: i });
  }
  return out;
}

/**
 * Adds the matches of {@link WORD} from `from` (where no word runs across) on, up to the
 * one that holds or passes `past`; returns where the last ends.
 */
function readByPattern(text: string, from: number, past: number, out: WordToken[]): number {
  WORD.lastIndex = from;
  let end = from;
  while (end <= past) {
    const m = WORD.exec(text);
    if (m === null) {
      return text.length;
    }
    end = m.index + m[0].length;
    out.push({ key: wordKey(m[0]), text: m[0], start: m.index, endExclusive: end });
  }
  return end;
}

/** The end of {@link PART} starting at `i` (a letter or digit). */
function partEnd(text: string, i: number): number {
  let at = i + 1;
  while (isAsciiAlnum(text.charCodeAt(at))) {
    at++;
  }
  for (;;) {
    const c = text.charCodeAt(at);
    if ((c === 0x27 || c === RIGHT_SINGLE_QUOTE) && isAsciiLetter(text.charCodeAt(at + 1))) {
      at += 2;
      while (isAsciiLetter(text.charCodeAt(at))) {
        at++;
      }
    } else {
      return at;
    }
  }
}

interface CompiledTerm<C extends string> {
  readonly entry: LexiconEntry<C>;
  /** Per word of the term, the keys of the forms it takes. */
  readonly forms: ReadonlyArray<ReadonlySet<string>>;
  /**
   * The key of the term's first word in its base form (the lemma: "report"); a match in
   * that very form may head a compound noun ("a misconduct report"), see `usedAsNoun`.
   */
  readonly base: string;
  /** The `not` phrases, as word keys, with the index of the term's first word in each. */
  readonly not: ReadonlyArray<{ readonly keys: ReadonlyArray<string>; readonly at: number }>;
}

// Lexicons are compiled once (keyed by the array itself): terms grouped by the keys of
// their first word's forms, longest first, so a text is scanned in one pass.
const compiled = new WeakMap<object, ReadonlyMap<string, ReadonlyArray<CompiledTerm<string>>>>();

function compileEntry<C extends string>(entry: LexiconEntry<C>): CompiledTerm<C> {
  const words = wordTokens(entry.term).map((w) => w.key);
  const forms = termForms(words, entry.pos ?? 'any').map((f) => new Set(f.map(wordKey)));
  const first = forms[0] ?? new Set<string>();
  const not = (entry.not ?? []).flatMap((phrase) => {
    const keys = wordTokens(phrase).map((w) => w.key);
    const at = keys.findIndex((k) => first.has(k));
    return at >= 0 ? [{ keys, at }] : [];
  });
  return { entry, forms, base: words[0] ?? '', not };
}

function compile<C extends string>(
  lexicon: ReadonlyArray<LexiconEntry<C>>,
): ReadonlyMap<string, ReadonlyArray<CompiledTerm<C>>> {
  const known = compiled.get(lexicon);
  if (known) {
    return known as ReadonlyMap<string, ReadonlyArray<CompiledTerm<C>>>;
  }
  const byFirst = new Map<string, CompiledTerm<C>[]>();
  for (const entry of lexicon) {
    const term = compileEntry(entry);
    for (const first of term.forms[0] ?? []) {
      const list = byFirst.get(first) ?? [];
      list.push(term);
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.forms.length - a.forms.length);
  }
  compiled.set(lexicon, byFirst);
  return byFirst;
}

/** Whether the words at `i` stand inside one of the term's `not` phrases. */
function inOtherSense<C extends string>(
  term: CompiledTerm<C>,
  words: ReadonlyArray<WordToken>,
  i: number,
): boolean {
  return term.not.some(({ keys, at }) =>
    keys.every((k, j) => j === at || words[i - at + j]?.key === k),
  );
}

/** Whether a match of `term` at `i` is used in the term's part of speech. */
function inSense<C extends string>(
  term: CompiledTerm<C>,
  text: string,
  words: ReadonlyArray<WordToken>,
  i: number,
): boolean {
  const pos = term.entry.pos;
  if (pos === 'verb') {
    return !usedAsNoun(text, words, i, words[i]?.key === term.base);
  }
  if (pos === 'noun') {
    return !usedAsVerb(text, words, i);
  }
  if (pos === 'adjective') {
    // "Khan claimed the police had lied": the verb, not the hedging "claimed".
    return !usedAsPastVerb(text, words, i);
  }
  return true;
}

/**
 * Finds every lexicon term in a text, in the forms and the sense its entry gives; at each
 * position the longest phrase wins. `tokens` may be given when the caller has them.
 */
export function findTerms<C extends string>(
  text: string,
  lexicon: ReadonlyArray<LexiconEntry<C>>,
  tokens: ReadonlyArray<WordToken> = wordTokens(text),
): ReadonlyArray<TermHit<C>> {
  const byFirst = compile(lexicon);
  const hits: TermHit<C>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = byFirst.get((tokens[i] as WordToken).key);
    if (candidates === undefined) {
      continue;
    }
    const term = candidates.find(
      (t) =>
        t.forms.every((forms, j) => forms.has(tokens[i + j]?.key ?? '')) &&
        !inOtherSense(t, tokens, i) &&
        inSense(t, text, tokens, i),
    );
    if (term) {
      const start = tokens[i]?.start ?? 0;
      const endExclusive = tokens[i + term.forms.length - 1]?.endExclusive ?? start;
      hits.push({
        term: term.entry.term,
        category: term.entry.category,
        text: text.slice(start, endExclusive),
        start,
        endExclusive,
      });
      i += term.forms.length - 1;
    }
  }
  return hits;
}

/**
 * Lossless tokenization and the derived "terms" used for similarity.
 *
 * Word tokens carry no whitespace; whitespace and punctuation are tokens of their own, so
 * `tokens.map(t => t.text).join('') === input` always holds and a diff can rebuild either
 * text exactly (line breaks and no-break spaces included).
 */
import { isAsciiDigit, isAsciiLetter, isCommonNonWord } from './ascii';
import { foldTypography } from './normalize';

/** What a token is. */
export type TokenKind = 'word' | 'space' | 'punct';

/** One token of a text. */
export interface Token {
  /** Its kind. */
  readonly kind: TokenKind;
  /** Its exact text. */
  readonly text: string;
}

// Words: letters, marks and digits, with inner apostrophes ("don't", "O’Connell", and
// "We''re" with the apostrophe doubled as SQL escapes it) and inner digit separators
// ("31,000", "3.5") kept inside the word.
// The alternatives are captured, so that a match says its kind: 1 a word, 2 whitespace, else
// a punctuation mark.
const TOKEN_PATTERN =
  /([\p{L}\p{M}\p{N}]+(?:(?:''|['’‘′‚‛])[\p{L}\p{M}]+|[.,][\p{N}]+)*)|(\s+)|[^\p{L}\p{M}\p{N}\s]/gu;

/** Splits text into word, whitespace and punctuation tokens, losslessly. */
export function tokenize(text: string): ReadonlyArray<Token> {
  const { kinds, ends } = tokenEnds(text);
  const tokens: Token[] = [];
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    tokens.push({
      kind: TOKEN_KINDS[kinds[i] as number] as TokenKind,
      text: text.slice(start, end),
    });
    start = end;
  }
  return tokens;
}

/** A token's kind as {@link tokenEnds} gives it. */
export const WORD_TOKEN = 0;
/** See {@link WORD_TOKEN}. */
export const SPACE_TOKEN = 1;
/** See {@link WORD_TOKEN}. */
export const PUNCT_TOKEN = 2;
const TOKEN_KINDS: ReadonlyArray<TokenKind> = ['word', 'space', 'punct'];

/**
 * The tokens of {@link tokenize} as offsets, without a string or an object per token: token
 * `i` ends at `ends[i]` and starts where the one before it ends (the first at 0); its kind
 * is `kinds[i]` ({@link WORD_TOKEN}, {@link SPACE_TOKEN} or {@link PUNCT_TOKEN}).
 */
export function tokenEnds(text: string): {
  readonly kinds: ReadonlyArray<number>;
  readonly ends: ReadonlyArray<number>;
} {
  return tokenEndsByHand(text) ?? tokenEndsByPattern(text);
}

/** Whether a character {@link scanAsciiWords} reads is white space (`\s`). */
const isReadSpace = (c: number): boolean => c === 0x20 || (c >= 9 && c <= 13) || c === 0xa0;

/**
 * {@link tokenEnds} for the text {@link scanAsciiWords} reads (ASCII, common punctuation and
 * symbols): its words, and between them runs of white space and single punctuation marks.
 * Null for other text.
 */
function tokenEndsByHand(text: string): { kinds: number[]; ends: number[] } | null {
  const kinds: number[] = [];
  const ends: number[] = [];
  let at = 0;
  const between = (end: number): void => {
    while (at < end) {
      if (isReadSpace(text.charCodeAt(at))) {
        while (at < end && isReadSpace(text.charCodeAt(at))) {
          at++;
        }
        kinds.push(SPACE_TOKEN);
      } else {
        // One code point, as the pattern's punctuation mark is (an emoji is two units).
        at += symbolLength(text, at);
        kinds.push(PUNCT_TOKEN);
      }
      ends.push(at);
    }
  };
  const read = scanAsciiWords(text, true, (start, end) => {
    between(start);
    kinds.push(WORD_TOKEN);
    ends.push(end);
    at = end;
  });
  if (!read) {
    return null;
  }
  between(text.length);
  return { kinds, ends };
}

function tokenEndsByPattern(text: string): { kinds: number[]; ends: number[] } {
  const kinds: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    kinds.push(
      match[1] !== undefined ? WORD_TOKEN : match[2] !== undefined ? SPACE_TOKEN : PUNCT_TOKEN,
    );
    ends.push((match.index ?? 0) + match[0].length);
  }
  return { kinds, ends };
}

/**
 * Words only, with the same definition of a word as the tokens (global: use with matchAll),
 * except that an apostrophe doubled inside a word ("We''re") splits it here, as the
 * alignment's word table reads it; the tokens, {@link words} and {@link countWords} keep
 * such a word whole.
 */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’‘′‚‛][\p{L}\p{M}]+|[.,][\p{N}]+)*/gu;
// The tokens' words exactly, a doubled apostrophe inside a word included.
const TOKEN_WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:(?:''|['’‘′‚‛])[\p{L}\p{M}]+|[.,][\p{N}]+)*/gu;
// The same in folded text, where a doubled apostrophe inside a word is already one: two
// left there were two curly marks ("’‘"), which the raw text's words do not join either.
const FOLDED_WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+|[.,][\p{N}]+)*/gu;

/** The words of a text, folded and lower-cased (in an explicit, locale-free way). */
export function words(text: string): ReadonlyArray<string> {
  const folded = foldTypography(text);
  const ascii: string[] = [];
  if (
    scanAsciiWords(folded, false, (start, end) =>
      ascii.push(folded.slice(start, end).toLowerCase()),
    )
  ) {
    return ascii;
  }
  const out: string[] = [];
  for (const match of folded.matchAll(FOLDED_WORD_PATTERN)) {
    out.push(match[0].toLowerCase());
  }
  return out;
}

/**
 * Calls `word` with the offsets of each match of {@link WORD_PATTERN} in a text, in order,
 * and returns true; or false (maybe after some calls) for text that only the pattern reads.
 */
export function readWordSpans(
  text: string,
  word: (start: number, endExclusive: number) => void,
): boolean {
  return scanAsciiWords(text, false, word);
}

/** Number of words in a text (same definition as {@link words}), without allocating them. */
export function countWords(text: string): number {
  return countAsciiWords(text) ?? countWordMatches(text);
}

function countWordMatches(text: string): number {
  let n = 0;
  for (const _match of text.matchAll(TOKEN_WORD_PATTERN)) {
    n++;
  }
  return n;
}

// A character beyond ASCII that the patterns may read as part of a word or as white space.
const WORD_OR_SPACE = /[\p{L}\p{M}\p{N}\s]/uy;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The length in code units of the code point at `i`: 2 for a surrogate pair, else 1. */
function symbolLength(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

const APOSTROPHE = 0x27;
/** The other apostrophes of {@link TOKEN_WORD_PATTERN}: ’ ‘ ′ ‚ ‛. */
const isTypographicApostrophe = (c: number): boolean =>
  c === 0x2019 || c === 0x2018 || c === 0x2032 || c === 0x201a || c === 0x201b;

/**
 * The matches of {@link TOKEN_WORD_PATTERN} (`doubled`: a doubled apostrophe inside a word
 * joins it) or of {@link WORD_PATTERN} (it does not; nor does it in {@link
 * FOLDED_WORD_PATTERN}, which is WORD_PATTERN in folded text, where every apostrophe is
 * "'"), found by hand: no match objects, and no Unicode class lookups (word diffs count the
 * words of every part they make; the analyses split every sentence; the alignment reads
 * every word). In ASCII the patterns' classes are letters and digits, their apostrophes
 * "'" and ’ ‘ ′ ‚ ‛. Common punctuation beyond ASCII ({@link isCommonNonWord}) is read
 * too, and so is any other symbol (an emoji), which no word holds or runs across. False,
 * and maybe some words given already, for text with a letter, mark or digit beyond ASCII,
 * or white space other than the common: leave it to the pattern.
 */
function scanAsciiWords(
  text: string,
  doubled: boolean,
  word: (start: number, endExclusive: number) => void,
): boolean {
  let i = 0;
  const end = text.length;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && !isCommonNonWord(c)) {
      WORD_OR_SPACE.lastIndex = i;
      if (WORD_OR_SPACE.test(text)) {
        return false;
      }
      i += symbolLength(text, i);
      continue;
    }
    if (!isAsciiLetter(c) && !isAsciiDigit(c)) {
      i++;
      continue;
    }
    // A word: letters and digits, then any number of "'" (or "''") and letters, or "." or
    // "," and digits.
    const start = i;
    i++;
    while (i < end && (isAsciiLetter(text.charCodeAt(i)) || isAsciiDigit(text.charCodeAt(i)))) {
      i++;
    }
    for (;;) {
      const sep = text.charCodeAt(i);
      let next = -1;
      if (sep === APOSTROPHE || isTypographicApostrophe(sep)) {
        if (
          doubled &&
          sep === APOSTROPHE &&
          text.charCodeAt(i + 1) === APOSTROPHE &&
          isAsciiLetter(text.charCodeAt(i + 2))
        ) {
          next = i + 2;
        } else if (isAsciiLetter(text.charCodeAt(i + 1))) {
          next = i + 1;
        }
        if (next !== -1) {
          i = next;
          while (i < end && isAsciiLetter(text.charCodeAt(i))) {
            i++;
          }
          continue;
        }
      } else if ((sep === 0x2e || sep === 0x2c) && isAsciiDigit(text.charCodeAt(i + 1))) {
        i += 1;
        while (i < end && isAsciiDigit(text.charCodeAt(i))) {
          i++;
        }
        continue;
      }
      break;
    }
    word(start, i);
  }
  return true;
}

function countAsciiWords(text: string): number | null {
  let n = 0;
  return scanAsciiWords(text, true, () => {
    n++;
  })
    ? n
    : null;
}

/**
 * English function words that carry no specific content. Kept short on purpose: words such
 * as "said" or "police" are not stopwords, tf-idf weighting already lowers common ones.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of to in on at by for from with without about into onto over under ' +
    "after before since until as than then that this these those there here it its it's is are was were be " +
    'been being am do does did doing done have has had having i me my we us our you your he him his she ' +
    'her hers they them their theirs what which who whom whose when where why how all any both each few ' +
    'more most other some such no not only own same too very can will just should would could may might ' +
    "must shall also if up out off again further once s t d ll re ve m don't doesn't didn't isn't wasn't " +
    'mr mrs ms dr'
  ).split(' '),
);

/**
 * A light suffix-stripping stemmer, enough to let "sacking"/"sacked"/"sack" and
 * "officers"/"officer" meet. Not Porter: over-stemming rare names would make unrelated
 * paragraphs look alike, so only common inflections are removed and short words are kept.
 */
export function stem(word: string): string {
  const w = word.replace(/['’]s$/u, '');
  if (w.length <= 4) {
    return w;
  }
  if (/(?:ies|ied)$/u.test(w) && w.length > 5) {
    return w.slice(0, -3) + 'y';
  }
  if (w.endsWith('ing') && w.length > 6) {
    return dropFinalE(undouble(w.slice(0, -3)));
  }
  if (w.endsWith('ed') && w.length > 5) {
    return dropFinalE(undouble(w.slice(0, -2)));
  }
  if (w.endsWith('es') && /(?:ss|sh|ch|x)es$/u.test(w)) {
    return w.slice(0, -2);
  }
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    return dropFinalE(w.slice(0, -1));
  }
  return dropFinalE(w);
}

// "criticise", "criticised", "criticises" and "criticising" all meet at "criticis".
function dropFinalE(w: string): string {
  return w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/u.test(w) ? w.slice(0, -1) : w;
}

/** Content terms of a text: folded, lower-cased, stopwords removed, stemmed. */
export function contentTerms(text: string): ReadonlyArray<string> {
  return termsOfWords(words(text));
}

/** Content terms of an already-split word list (see {@link contentTerms}). */
export function termsOfWords(list: ReadonlyArray<string>): ReadonlyArray<string> {
  const out: string[] = [];
  for (const word of list) {
    if (!STOPWORDS.has(word) && !/^\d{1,2}$/u.test(word)) {
      out.push(stem(word));
    }
  }
  return out;
}

/** A sentence's position inside a paragraph, half-open. */
export interface SentenceSpan {
  /** Offset of the sentence's first character. */
  readonly start: number;
  /** Offset just past the sentence (its trailing whitespace included). */
  readonly endExclusive: number;
}

// A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace
// and an upper-case letter, digit or opening quote. Abbreviations such as "Mr." are skipped.
const SENTENCE_END = /[.!?…]+["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu;
const ABBREVIATION =
  /\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Prof|Gen|Col|Lt|Sgt|Rev|Hon|No|vs|etc|Inc|Ltd|Co)\.$/u;

/** Splits a paragraph into sentence spans that cover it completely. */
export function sentenceSpans(text: string): ReadonlyArray<SentenceSpan> {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    const head = text.slice(start, (match.index ?? 0) + match[0].trimEnd().length);
    if (ABBREVIATION.test(head)) {
      continue;
    }
    spans.push({ start, endExclusive: end });
    start = end;
  }
  if (start < text.length || spans.length === 0) {
    spans.push({ start, endExclusive: text.length });
  }
  return spans;
}

/** The sentences of a paragraph as strings (trailing whitespace included). */
export function sentences(text: string): ReadonlyArray<string> {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.endExclusive));
}

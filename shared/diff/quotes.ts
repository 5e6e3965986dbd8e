/**
 * Quotations: finding them in text, and flagging a quotation two outlets carry with
 * different words ("Why are we surprised when whistleblowers…" against "Why are we
 * surprised that when whistleblowers…").
 */
import type { DiffOptions, DiffPart } from '../model';
import { words } from '../text/tokenize';
import { unchangedParts, wordDiff } from './word-diff';

/** A quotation found in a text. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  readonly text: string;
  /** Offset of the first quoted character in the source text. */
  readonly start: number;
  /** Offset just past the last quoted character. */
  readonly endExclusive: number;
}

/** Quotations shorter than this many words are scare quotes ("unacceptable"), not statements. */
export const MIN_QUOTE_WORDS = 4;

// Per opening double mark, a search for its closing marks and for '' (two apostrophes,
// which close a quotation when no letter follows: checked at each one found).
const CLOSER_SEARCH: Readonly<Record<string, RegExp>> = {
  '“': /[”"]|''/gu,
  '"': /["”]|''/gu,
  '„': /[“”]|''/gu,
  '«': /»|''/gu,
};
const LONE_CLOSERS = '”»';
const OPEN_BEFORE = /[\s([—–-]/u;
const CLOSE_AFTER = /[\s.,;:!?)\]—–-]/u;

/** Where the single-quoted quotation opening at `i` closes, or -1 (an apostrophe, not a mark). */
function singleClose(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '“' || c === '”' || c === '"') {
      return -1;
    }
    if ((c === '’' || c === "'") && !/\p{L}/u.test(text[j + 1] ?? '')) {
      return j - 1 > i && (j + 1 >= text.length || CLOSE_AFTER.test(text[j + 1] ?? '')) ? j : -1;
    }
  }
  return -1;
}

/**
 * Finds every marked quotation of a text, whatever its length: “…”, „…“, «…», "…" and single
 * quotes (only when they open after a space or bracket and close before one, so that
 * apostrophes never start one). Marks nested inside a quotation belong to it. A quotation
 * left open at the end of a paragraph (the convention for a quote that goes on in the
 * next) runs to the end; a closing mark with no opening one ("…come forward?” he said.")
 * ends a quotation that runs from the paragraph's start; '' closes a quotation.
 */
export function findMarkedQuotes(text: string): ReadonlyArray<Quote> {
  const out: Quote[] = [];
  const push = (start: number, end: number) => {
    if (end > start) {
      out.push({ text: text.slice(start, end), start, endExclusive: end });
    }
  };
  // Where the first opening double mark stands (a closing mark before it has no opener).
  const firstOpener = text.search(/[“„«"]/u);
  // Only quotation marks open or close a quotation: the loop goes from one to the next.
  const mark = /[“„«"”»‘']/gu;
  for (let i = 0; i < text.length; i++) {
    mark.lastIndex = i;
    const found = mark.exec(text);
    if (found === null) {
      break;
    }
    i = found.index;
    const c = text[i] as string;
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? '';
    const straightOpens =
      c === '"' && /\S/u.test(next) && (i === 0 || !/[\p{L}\p{N},.;:!?]/u.test(prev));
    if ((c === '“' || c === '„' || c === '«' || straightOpens) && next !== '') {
      const closers = CLOSER_SEARCH[c] as RegExp;
      closers.lastIndex = i + 1;
      let j = text.length;
      for (let close = closers.exec(text); close !== null; close = closers.exec(text)) {
        if (close[0] !== "''" || !/\p{L}/u.test(text[close.index + 2] ?? '')) {
          j = close.index;
          break;
        }
        // An apostrophe written twice inside a word: the search goes on from the second.
        closers.lastIndex = close.index + 1;
      }
      push(i + 1, j);
      i = text[j] === "'" ? j + 1 : j;
      continue;
    }
    const loneClose =
      (LONE_CLOSERS.includes(c) || (c === '"' && /\S/u.test(prev))) &&
      out.length === 0 &&
      /\S/u.test(prev) &&
      (firstOpener === -1 || firstOpener >= i);
    if (loneClose && (i + 1 >= text.length || CLOSE_AFTER.test(next))) {
      const first = text.length - text.trimStart().length;
      push(first, i);
      continue;
    }
    if ((c === '‘' || c === "'") && (i === 0 || OPEN_BEFORE.test(prev))) {
      const j = singleClose(text, i);
      if (j > 0) {
        push(i + 1, j);
        i = j;
      }
    }
  }
  return out;
}

/**
 * The quotations of a text long enough to be compared across outlets ({@link
 * MIN_QUOTE_WORDS} words or more): shorter marked words are often scare quotes.
 */
export function findQuotes(text: string): ReadonlyArray<Quote> {
  return quotesWithWords(text).quotes;
}

/** {@link findQuotes}, with each quotation's {@link WordBag}. */
function quotesWithWords(text: string): {
  readonly quotes: ReadonlyArray<Quote>;
  readonly bags: ReadonlyArray<WordBag>;
} {
  const quotes: Quote[] = [];
  const bags: WordBag[] = [];
  for (const quote of findMarkedQuotes(text)) {
    const list = words(quote.text);
    if (list.length >= MIN_QUOTE_WORDS) {
      quotes.push(quote);
      bags.push(wordBag(list));
    }
  }
  return { quotes, bags };
}

/** A text's words (folded, lower case) with their counts, and how many there are. */
export interface WordBag {
  readonly counts: ReadonlyMap<string, number>;
  readonly size: number;
}

/** The {@link WordBag} of a list of words (as {@link words} gives them). */
export function wordBag(list: ReadonlyArray<string>): WordBag {
  const counts = new Map<string, number>();
  for (const w of list) {
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return { counts, size: list.length };
}

/**
 * Share of the smaller bag's words that the other holds: shared words (as a multiset) over
 * the smaller bag's size; 0 when either is empty.
 */
export function bagOverlap(a: WordBag, b: WordBag): number {
  if (a.size === 0 || b.size === 0) {
    return 0;
  }
  let shared = 0;
  for (const [w, n] of a.counts) {
    shared += Math.min(n, b.counts.get(w) ?? 0);
  }
  return shared / Math.min(a.size, b.size);
}

/**
 * Words → the items (by number, in the order added) that hold them, to find the items that
 * share a word with another without comparing every item with every other. A word held by
 * more than `cap` items is too common to narrow a search ("the", "said"): its list stops
 * growing at `cap` + 1, and {@link WordPostings.holders} says so.
 */
export class WordPostings {
  private readonly lists = new Map<string, number[]>();

  /** `cap`: how many items a word may lead to before it is too common to follow. */
  constructor(private readonly cap: number) {}

  /** Notes that item `item` holds `word` (once per word and item). */
  add(word: string, item: number): void {
    const list = this.lists.get(word);
    if (list === undefined) {
      this.lists.set(word, [item]);
    } else if (list.length <= this.cap) {
      list.push(item);
    }
  }

  /** The items that hold `word` (none: an empty list), or `'common'` past the cap. */
  holders(word: string): ReadonlyArray<number> | 'common' {
    const list = this.lists.get(word);
    return list === undefined ? [] : list.length > this.cap ? 'common' : list;
  }
}

/**
 * How many quotations a word may lead to before it is too common to narrow a search for
 * the same statement ("the", "said"). Finding candidates through the words they share keeps
 * pairing the quotations of two long texts from comparing every one with every other; two
 * quotations that share only such common words are not taken for the same statement.
 */
const MAX_POSTINGS = 64;

/** Words → the bags (by index) that hold them, capped at {@link MAX_POSTINGS}. */
function postingsOf(bags: ReadonlyArray<WordBag>): WordPostings {
  const postings = new WordPostings(MAX_POSTINGS);
  bags.forEach((bag, i) => {
    for (const w of bag.counts.keys()) {
      postings.add(w, i);
    }
  });
  return postings;
}

/** Indices of the bags that share a word (not a too common one) with `bag`, ascending. */
function candidatesFor(postings: WordPostings, bag: WordBag): ReadonlyArray<number> {
  const out = new Set<number>();
  for (const w of bag.counts.keys()) {
    const list = postings.holders(w);
    if (list !== 'common') {
      for (const i of list) {
        out.add(i);
      }
    }
  }
  return [...out].sort((x, y) => x - y);
}

/**
 * Two quotations are the same statement when most of the shorter one's words are in the
 * longer one; below this they are different quotations that merely share a few words.
 */
export const SAME_QUOTE_OVERLAP = 0.6;

/** A quotation carried by two texts, possibly with different words. */
export interface QuotePair {
  /** Wording in the first text. */
  readonly a: Quote;
  /** Wording in the second text. */
  readonly b: Quote;
  /**
   * Whether the words differ under the options inside the span both carry. A quotation
   * one outlet merely trims (starts later, stops earlier) is not altered.
   */
  readonly altered: boolean;
  /** Word diff of the two wordings. */
  readonly parts: ReadonlyArray<DiffPart>;
}

/**
 * One text's quotations with their words and index, read once: a row pairs its pivot's
 * quotations with every other outlet's, so the pivot's side is built once per row.
 */
export interface QuoteSide {
  readonly quotes: ReadonlyArray<Quote>;
  readonly bags: ReadonlyArray<WordBag>;
  readonly postings: WordPostings;
}

/** The {@link QuoteSide} of a text. */
export function quoteSide(text: string): QuoteSide {
  // Each quotation's words once, and only pairs that share a word compared: a long text's
  // thousands of quotations are not compared all with all.
  const { quotes, bags } = quotesWithWords(text);
  return { quotes, bags, postings: postingsOf(bags) };
}

/**
 * Pairs the quotations of two texts (best overlap first, one to one); the first text is
 * given as its {@link quoteSide}, built once for all the texts it is paired with.
 */
export function pairQuotes(
  side: QuoteSide,
  textB: string,
  options: DiffOptions,
): ReadonlyArray<QuotePair> {
  const qa = side.quotes;
  const bagsA = side.bags;
  const postings = side.postings;
  if (qa.length === 0) {
    return [];
  }
  const { quotes: qb, bags: bagsB } = quotesWithWords(textB);
  const candidates: { i: number; j: number; overlap: number }[] = [];
  bagsB.forEach((bag, j) => {
    for (const i of candidatesFor(postings, bag)) {
      const overlap = bagOverlap(bagsA[i] as WordBag, bag);
      if (overlap >= SAME_QUOTE_OVERLAP) {
        candidates.push({ i, j, overlap });
      }
    }
  });
  candidates.sort((x, y) => y.overlap - x.overlap || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: QuotePair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) {
      continue;
    }
    usedA.add(c.i);
    usedB.add(c.j);
    const a = qa[c.i] as Quote;
    const b = qb[c.j] as Quote;
    // Most quotations two outlets share are word for word the same: nothing to diff.
    const parts =
      a.text === b.text
        ? unchangedParts(a.text)
        : wordDiff(a.text, b.text, { ...options, ignorePunctuation: true, ignoreWhitespace: true })
            .parts;
    out.push({ a, b, altered: hasInnerChange(parts), parts });
  }
  return out.sort((x, y) => x.a.start - y.a.start);
}

/**
 * Whether a diff alters the quoted words rather than trims them: any replacement, wherever
 * it stands ("…over this report." against "…over this decision."), or words added or
 * dropped between the first and last equal parts. Words only added or dropped before the
 * first equal part or after the last (one outlet quoting more or less of the sentence) are
 * a trim, not an alteration.
 */
export function hasInnerChange(parts: ReadonlyArray<DiffPart>): boolean {
  if (parts.some((p) => p.kind === 'replace')) {
    return true;
  }
  const first = parts.findIndex((p) => p.kind === 'equal');
  if (first === -1) {
    return parts.length > 0;
  }
  let last = parts.length - 1;
  while (parts[last]?.kind !== 'equal') {
    last--;
  }
  return parts.slice(first, last + 1).some((p) => p.kind !== 'equal');
}

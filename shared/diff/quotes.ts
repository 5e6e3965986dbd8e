/**
 * Quotations: finding them in text, and flagging a quotation two outlets carry with
 * different words ("Why are we surprised when whistleblowers…" against "Why are we
 * surprised that when whistleblowers…").
 */
import type { DiffOptions, DiffPart } from '../model';
import { words } from '../text/tokenize';
import { wordDiff } from './word-diff';

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

/**
 * Opening → closing marks. Straight double quotes pair with each other; single quotes are
 * only taken when they open after a space or bracket and close before one, so that
 * apostrophes ("Khan's", "don't") never start a quotation.
 */
const QUOTE_PATTERN =
  /“([^“”]+)”|„([^“”„]+)[“”]|«([^«»]+)»|"([^"]+)"|(?<=^|[\s([—–-])[‘']((?:[^‘’']|[’'](?=\p{L}))+)[’'](?=$|[\s.,;:!?)\]—–-])/gu;

/**
 * Finds the quotations of a text. A quotation left open at the end of a paragraph (the
 * convention for a quote that goes on in the next paragraph) runs to the paragraph's end.
 */
export function findQuotes(text: string): ReadonlyArray<Quote> {
  const out: Quote[] = [];
  let lastEnd = 0;
  for (const match of text.matchAll(QUOTE_PATTERN)) {
    const inner = match.slice(1).find((g) => g !== undefined) ?? '';
    const start = (match.index ?? 0) + match[0].indexOf(inner);
    out.push({ text: inner, start, endExclusive: start + inner.length });
    lastEnd = (match.index ?? 0) + match[0].length;
  }
  const openAt = text.slice(lastEnd).search(/[“"](?=\S)/u);
  if (openAt >= 0) {
    const start = lastEnd + openAt + 1;
    out.push({ text: text.slice(start), start, endExclusive: text.length });
  }
  // An unopened closing mark ("…come forward?” he said.") ends a quotation from the start.
  // Up to the first quotation's opening mark (one character before its text), exclusive.
  const firstOpen = out[0] ? out[0].start - 1 : text.length;
  const closeAt = text.slice(0, firstOpen).search(/[^\s”"]\s*[”"](?=[\s,.;:!?]|$)/u);
  if (closeAt >= 0 && !/[“"]/u.test(text.slice(0, closeAt + 1))) {
    const end = closeAt + 1;
    out.unshift({ text: text.slice(0, end), start: 0, endExclusive: end });
  }
  return out.filter((q) => words(q.text).length >= MIN_QUOTE_WORDS);
}

/** Share of the shorter quotation's words (as a multiset) that the other holds. */
export function quoteOverlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) {
    return 0;
  }
  const counts = new Map<string, number>();
  for (const w of wb) {
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let shared = 0;
  for (const w of wa) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return shared / Math.min(wa.length, wb.length);
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

/** Pairs the quotations of two texts (best overlap first, one to one). */
export function pairQuotes(
  textA: string,
  textB: string,
  options: DiffOptions,
): ReadonlyArray<QuotePair> {
  const qa = findQuotes(textA);
  const qb = findQuotes(textB);
  const candidates: { i: number; j: number; overlap: number }[] = [];
  qa.forEach((a, i) => {
    qb.forEach((b, j) => {
      const overlap = quoteOverlap(a.text, b.text);
      if (overlap >= SAME_QUOTE_OVERLAP) {
        candidates.push({ i, j, overlap });
      }
    });
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
    const { parts } = wordDiff(a.text, b.text, {
      ...options,
      ignorePunctuation: true,
      ignoreWhitespace: true,
    });
    out.push({ a, b, altered: hasInnerChange(parts), parts });
  }
  return out.sort((x, y) => x.a.start - y.a.start);
}

/** Whether a diff changes anything between its first and last equal parts. */
export function hasInnerChange(parts: ReadonlyArray<DiffPart>): boolean {
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

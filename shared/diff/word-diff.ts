/**
 * Word diff of two texts that reads as phrases.
 *
 * Pipeline (each step a pure function, tested on its own):
 *   units (words with their trailing whitespace, by options) → Myers's diff (jsdiff's
 *   `diffArrays`, `myers.ts`) on comparison keys → raw parts → {@link mergeIntoPhrases} → parts.
 *
 * Joining the `base` sides of the parts gives the base text exactly; joining the `other`
 * sides gives the other text exactly. Options change what counts as equal, never the text.
 */
import type { DiffOptions, DiffPart } from '../model';
import { foldQuotes } from '../text/normalize';
import {
  countWords,
  PUNCT_TOKEN,
  sentenceSpans,
  SPACE_TOKEN,
  STOPWORDS,
  tokenEnds,
  WORD_TOKEN,
  words,
} from '../text/tokenize';
import { diffLists } from './myers';

/**
 * A diff over more than this many differing units gives up and reports the whole text as
 * one replacement (`hitLimit`): past that point no reader sees phrases anyway, and the
 * O(ND) algorithm would cost seconds.
 */
export const MAX_EDIT_LENGTH = 4000;

/**
 * Texts longer than this many units (about 1,000 words: several times the longest news
 * paragraph) are diffed in sentence-sized pieces: sentences first, then words inside each
 * run of changed sentences. Word by word, two long texts that differ cost O(N·D) with D up
 * to {@link MAX_EDIT_LENGTH}: seconds for a 64 KB paragraph, a minute for a megabyte.
 */
export const LONG_TEXT_UNITS = 1500;

/**
 * In the sentence pass, a diff over more than this many differing sentences gives up
 * (`hitLimit`, one replacement): two long texts that share so little are not one report.
 */
export const MAX_SENTENCE_EDITS = 2000;

/**
 * A run of changed sentences longer than this many units on either side is shown as one
 * replacement (`hitLimit`) instead of word by word, which bounds the word pass's cost.
 */
export const MAX_CHANGED_RUN_UNITS = 2000;

/** A unit of comparison: a word or punctuation mark with the whitespace after it. */
export interface DiffUnit {
  /** The exact text (token plus any ignored tokens glued to it). */
  readonly text: string;
  /** The comparison key under the options. */
  readonly key: string;
  /** Whether the unit is a word (for counting). */
  readonly isWord: boolean;
}

/**
 * Splits text into diff units under the options. Whitespace always rides on the unit before
 * it (so a change never starts or ends with a dangling space); with `ignorePunctuation`
 * punctuation rides along too. Leading ignorable text forms a unit with an empty key only if
 * nothing follows.
 *
 * Law: `units.map(u => u.text).join('') === text`.
 */
export function diffUnits(text: string, options: DiffOptions): ReadonlyArray<DiffUnit> {
  const { kinds, ends } = tokenEnds(text);
  const units: DiffUnit[] = [];
  // The open unit: where its text starts (leading ignorable text rides on the first), its
  // token, and the white space its key takes when white space counts.
  let open = false;
  let unitStart = 0;
  let tokenStart = 0;
  let tokenEnd = 0;
  let isWord = false;
  let spaces = '';
  const close = (end: number): void => {
    units.push({
      text: text.slice(unitStart, end),
      key: unitKey(text.slice(tokenStart, tokenEnd), options) + spaces,
      isWord,
    });
  };
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const kind = kinds[i] as number;
    const end = ends[i] as number;
    if (kind === SPACE_TOKEN || (options.ignorePunctuation && kind === PUNCT_TOKEN)) {
      if (open && kind === SPACE_TOKEN && !options.ignoreWhitespace) {
        spaces += text.slice(start, end);
      }
    } else {
      if (open) {
        close(start);
        unitStart = start;
      }
      open = true;
      tokenStart = start;
      tokenEnd = end;
      isWord = kind === WORD_TOKEN;
      spaces = '';
    }
    start = end;
  }
  if (open) {
    close(text.length);
  } else if (text !== '') {
    units.push({ text, key: '', isWord: false });
  }
  return units;
}

function unitKey(text: string, options: DiffOptions): string {
  const folded = options.normalizeQuotes ? foldQuotes(text) : text;
  return options.ignoreCase ? folded.toLowerCase() : folded;
}

/** A word diff and whether it hit the work limit. */
export interface WordDiff {
  /** The diff parts. */
  readonly parts: ReadonlyArray<DiffPart>;
  /** True when the texts differed too much to diff within {@link MAX_EDIT_LENGTH}. */
  readonly hitLimit: boolean;
}

/** Diffs two texts word by word and cleans the result up into phrases. */
export function wordDiff(base: string, other: string, options: DiffOptions): WordDiff {
  return wordDiffOfUnits(
    diffUnits(base, options),
    diffUnits(other, options),
    options.ignoreWhitespace,
  );
}

/**
 * The parts of {@link wordDiff} of a text with itself, without diffing: the whole text as one
 * equal part (none for an empty text).
 */
export function unchangedParts(text: string): ReadonlyArray<DiffPart> {
  return text === '' ? [] : [{ kind: 'equal', base: text, other: text }];
}

/**
 * {@link wordDiff} on texts already split into units (so a row's pivot text is split once
 * and diffed against every other outlet).
 */
export function wordDiffOfUnits(
  a: ReadonlyArray<DiffUnit>,
  b: ReadonlyArray<DiffUnit>,
  ignoreWhitespace = true,
): WordDiff {
  const raw =
    a.length > LONG_TEXT_UNITS || b.length > LONG_TEXT_UNITS
      ? sentencePieceParts(a, b)
      : unitParts(a, b, MAX_EDIT_LENGTH);
  if (raw.hitLimit && raw.parts.length === 1) {
    return { parts: coalesce(raw.parts), hitLimit: true };
  }
  const phrases = mergeIntoPhrases(raw.parts);
  // Moving trailing spaces out of a substitution is only safe when spaces do not count.
  return {
    parts: ignoreWhitespace ? detachTrailingSpace(phrases) : phrases,
    hitLimit: raw.hitLimit,
  };
}

/** Raw diff parts (before phrase cleanup) and whether a work limit was hit. */
interface RawParts {
  readonly parts: ReadonlyArray<DiffPart>;
  readonly hitLimit: boolean;
}

/** Unit by unit; past `maxEditLength` differences, one replacement. */
function unitParts(
  a: ReadonlyArray<DiffUnit>,
  b: ReadonlyArray<DiffUnit>,
  maxEditLength: number,
): RawParts {
  const changes = diffLists(
    a.map((u) => u.key),
    b.map((u) => u.key),
    maxEditLength,
  );
  if (changes === undefined) {
    return { parts: [replacement(a, b)], hitLimit: true };
  }
  const raw: DiffPart[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const n = change.count;
    if (change.kind === 'insert') {
      raw.push({ kind: 'insert', other: join(b, j, n) });
      j += n;
    } else if (change.kind === 'delete') {
      raw.push({ kind: 'delete', base: join(a, i, n) });
      i += n;
    } else {
      raw.push({ kind: 'equal', base: join(a, i, n), other: join(b, j, n) });
      i += n;
      j += n;
    }
  }
  return { parts: raw, hitLimit: false };
}

/** The whole of two unit lists as one replacement (or insert, delete, nothing). */
function replacement(a: ReadonlyArray<DiffUnit>, b: ReadonlyArray<DiffUnit>): DiffPart {
  return changePart(join(a, 0, a.length), join(b, 0, b.length));
}

/**
 * Units cut into sentence-sized pieces, at the ends of the sentences {@link sentenceSpans}
 * finds in their text (a sentence end inside a unit, as when punctuation rides on the word
 * before it, cuts after that unit). Any cut keeps the diff exact; sentence ends only make
 * the pieces match as a reader's sentences do.
 */
export function sentencePieces(
  units: ReadonlyArray<DiffUnit>,
): ReadonlyArray<ReadonlyArray<DiffUnit>> {
  const ends = sentenceSpans(join(units, 0, units.length)).map((s) => s.endExclusive);
  const pieces: DiffUnit[][] = [];
  let piece: DiffUnit[] = [];
  let offset = 0;
  let next = 0;
  for (const unit of units) {
    piece.push(unit);
    offset += unit.text.length;
    if (next < ends.length && offset >= (ends[next] as number)) {
      pieces.push(piece);
      piece = [];
      while (next < ends.length && (ends[next] as number) <= offset) {
        next++;
      }
    }
  }
  if (piece.length > 0) {
    pieces.push(piece);
  }
  return pieces;
}

/**
 * Long texts in sentence-sized pieces: the sentences are diffed as units (equal when all
 * their words are, under the options), and each run of changed sentences word by word.
 * Cost: linear in the texts plus the word diffs of the changed runs, each bounded by
 * {@link MAX_CHANGED_RUN_UNITS}.
 */
function sentencePieceParts(a: ReadonlyArray<DiffUnit>, b: ReadonlyArray<DiffUnit>): RawParts {
  const piecesA = sentencePieces(a);
  const piecesB = sentencePieces(b);
  const key = (piece: ReadonlyArray<DiffUnit>): string => piece.map((u) => u.key).join('\u0001');
  const changes = diffLists(piecesA.map(key), piecesB.map(key), MAX_SENTENCE_EDITS);
  if (changes === undefined) {
    return { parts: [replacement(a, b)], hitLimit: true };
  }
  const parts: DiffPart[] = [];
  let hitLimit = false;
  let i = 0;
  let j = 0;
  let removed: DiffUnit[] = [];
  let added: DiffUnit[] = [];
  const flush = (): void => {
    if (removed.length === 0 && added.length === 0) {
      return;
    }
    const run =
      removed.length > MAX_CHANGED_RUN_UNITS || added.length > MAX_CHANGED_RUN_UNITS
        ? { parts: [replacement(removed, added)], hitLimit: true }
        : unitParts(removed, added, MAX_EDIT_LENGTH);
    parts.push(...run.parts);
    hitLimit ||= run.hitLimit;
    removed = [];
    added = [];
  };
  for (const change of changes) {
    const n = change.count;
    if (change.kind === 'insert') {
      added = added.concat(...piecesB.slice(j, j + n));
      j += n;
    } else if (change.kind === 'delete') {
      removed = removed.concat(...piecesA.slice(i, i + n));
      i += n;
    } else {
      flush();
      const sameA = piecesA.slice(i, i + n).flat();
      const sameB = piecesB.slice(j, j + n).flat();
      parts.push({
        kind: 'equal',
        base: join(sameA, 0, sameA.length),
        other: join(sameB, 0, sameB.length),
      });
      i += n;
      j += n;
    }
  }
  flush();
  return { parts, hitLimit };
}

function join(units: ReadonlyArray<DiffUnit>, from: number, count: number): string {
  let out = '';
  for (let k = from; k < from + count; k++) {
    out += units[k]?.text ?? '';
  }
  return out;
}

/** Number of words in a string (what "length" means for phrase cleanup). */
export function wordCount(text: string): number {
  return countWords(text);
}

function baseOf(p: DiffPart): string {
  return p.kind === 'insert' ? '' : p.base;
}

function otherOf(p: DiffPart): string {
  return p.kind === 'delete' ? '' : p.other;
}

/** A change from `base` to `other`: an insert or a delete when one side is empty. */
function changePart(base: string, other: string): DiffPart {
  return base === ''
    ? { kind: 'insert', other }
    : other === ''
      ? { kind: 'delete', base }
      : { kind: 'replace', base, other };
}

/**
 * Merges adjacent non-equal parts into one: delete+insert (in any order and number)
 * becomes a single `replace`.
 */
export function coalesce(parts: ReadonlyArray<DiffPart>): ReadonlyArray<DiffPart> {
  const out: DiffPart[] = [];
  let base = '';
  let other = '';
  let open = false;
  const flush = (): void => {
    if (!open) {
      return;
    }
    out.push(changePart(base, other));
    base = '';
    other = '';
    open = false;
  };
  for (const part of parts) {
    if (part.kind === 'equal') {
      flush();
      const last = out[out.length - 1];
      if (last?.kind === 'equal') {
        out[out.length - 1] = {
          kind: 'equal',
          base: last.base + part.base,
          other: last.other + part.other,
        };
      } else if (part.base !== '' || part.other !== '') {
        out.push(part);
      }
      continue;
    }
    base += baseOf(part);
    other += otherOf(part);
    open = true;
  }
  flush();
  return out;
}

/**
 * Phrase cleanup, after diff-match-patch's semantic cleanup but stricter: a short
 * equality standing between two changes is folded into them when it is glue rather than
 * shared content, so that "forced to admit" → "issued an apology" reads as one
 * substitution rather than "forced→issued, to, admit→an apology".
 *
 * Before: `[forced→issued] to [admit→an apology]`  After: `[forced to admit→issued an apology]`
 *
 * An equality is glue when it has no words (punctuation, space), when it is at most
 * {@link MAX_GLUE_WORDS} function words, or when it is a single word between two
 * multi-word changes. Content words shared by both sides ("giving", "ultimatum") stay
 * visible as equal, so a reader sees what both outlets say.
 */
export function mergeIntoPhrases(parts: ReadonlyArray<DiffPart>): ReadonlyArray<DiffPart> {
  let current = coalesce(parts);
  for (let changed = true; changed;) {
    changed = false;
    const next: DiffPart[] = [];
    for (let k = 0; k < current.length; k++) {
      const part = current[k] as DiffPart;
      const before = next[next.length - 1];
      const after = current[k + 1];
      if (
        part.kind === 'equal' &&
        before &&
        after &&
        before.kind !== 'equal' &&
        after.kind !== 'equal'
      ) {
        if (isGlue(part.base, before, after)) {
          next.push({ kind: 'delete', base: part.base }, { kind: 'insert', other: part.other });
          changed = true;
          continue;
        }
      }
      next.push(part);
    }
    current = coalesce(next);
  }
  return current;
}

/**
 * Moves whitespace that ends both sides of a replacement out into the following equality,
 * so a substitution reads `[-forced-]{+made+} to` rather than `[-forced -]{+made +}to`.
 */
export function detachTrailingSpace(parts: ReadonlyArray<DiffPart>): ReadonlyArray<DiffPart> {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.kind === 'equal' && last?.kind === 'replace') {
      const spaceBase = /\s+$/u.exec(last.base)?.[0] ?? '';
      const spaceOther = /\s+$/u.exec(last.other)?.[0] ?? '';
      if (
        spaceBase &&
        spaceOther &&
        spaceBase.length < last.base.length &&
        spaceOther.length < last.other.length
      ) {
        out[out.length - 1] = {
          kind: 'replace',
          base: last.base.slice(0, -spaceBase.length),
          other: last.other.slice(0, -spaceOther.length),
        };
        out.push({ kind: 'equal', base: spaceBase + part.base, other: spaceOther + part.other });
        continue;
      }
    }
    out.push(part);
  }
  return out;
}

/** Function-word equalities up to this many words are glue between changes. */
export const MAX_GLUE_WORDS = 2;

function isGlue(equal: string, before: DiffPart, after: DiffPart): boolean {
  // An equal part of more words is no glue: counted, not listed (it may be long).
  // countWords never counts more words than words() lists (it joins "0''s", which it does not).
  if (countWords(equal) > MAX_GLUE_WORDS) {
    return false;
  }
  const list = words(equal);
  if (list.length === 0) {
    return true;
  }
  if (list.length <= MAX_GLUE_WORDS && list.every((w) => STOPWORDS.has(w))) {
    return true;
  }
  const changeSize = (p: DiffPart): number => Math.max(wordCount(baseOf(p)), wordCount(otherOf(p)));
  return list.length === 1 && changeSize(before) >= 2 && changeSize(after) >= 2;
}

/** Share of words that are equal, relative to the longer side (1 for two empty texts). */
export function sameness(parts: ReadonlyArray<DiffPart>): number {
  let equal = 0;
  let base = 0;
  let other = 0;
  for (const part of parts) {
    const nb = wordCount(baseOf(part));
    const no = wordCount(otherOf(part));
    base += nb;
    other += no;
    if (part.kind === 'equal') {
      equal += Math.min(nb, no);
    }
  }
  const longer = Math.max(base, other);
  return longer === 0 ? 1 : equal / longer;
}

/**
 * {@link sameness} of the parts of a word diff of unit lists `a` and `b`, counting the words
 * of its equal parts or of its changes, whichever are shorter: the parts hold every word of
 * `a` on one side and of `b` on the other, and an equal part as many on both sides (its
 * units have equal keys, and a word's key is never a mark's), so the words of the equal
 * parts are `a`'s less those of the changes. Two outlets' paragraphs mostly differ in a few
 * words, and two long texts that differ throughout are one replacement.
 */
export function unitSameness(
  parts: ReadonlyArray<DiffPart>,
  a: ReadonlyArray<DiffUnit>,
  b: ReadonlyArray<DiffUnit>,
): number {
  const wordsA = unitWords(a);
  const longer = Math.max(wordsA, unitWords(b));
  if (longer === 0) {
    return 1;
  }
  let equalChars = 0;
  let changedChars = 0;
  for (const part of parts) {
    if (part.kind === 'equal') {
      equalChars += part.base.length;
    } else {
      changedChars += baseOf(part).length;
    }
  }
  const countEqual = equalChars <= changedChars;
  let counted = 0;
  for (const part of parts) {
    if ((part.kind === 'equal') === countEqual) {
      counted += wordCount(baseOf(part));
    }
  }
  return (countEqual ? counted : wordsA - counted) / longer;
}

/** How many of the units are words. */
function unitWords(units: ReadonlyArray<DiffUnit>): number {
  let n = 0;
  for (const unit of units) {
    if (unit.isWord) {
      n++;
    }
  }
  return n;
}

/**
 * A user's lexicon file: extra attribution verbs and loaded terms, as JSON, read by the
 * CLI (`--lexicon FILE`) and the app (Analysis panel, "Load lexicon…").
 *
 * ```json
 * {
 *   "verbs": { "conceding": ["owned up"], "adversarial": ["rounded on"] },
 *   "loaded": { "evaluative": ["woeful"], "hedging": ["it is claimed"] }
 * }
 * ```
 *
 * Each category holds a list of words or phrases, matched in every regular inflection
 * ("round on" also finds "rounded on"), or only in the forms of the sense given after it:
 * "row (noun)" finds "rows" but not "rowed", "woeful (adjective)" and "so to speak (as
 * written)" only themselves. A term the built-in lexicon already has takes the category
 * the file gives it. Either key may be left out.
 */
import { strictUtf8 } from '../load/decode';
import { isRecord, parseJsonObject } from '../util/json';
import type { LexiconAdditions } from './types';
import { LEXICON_CATEGORIES, type LexiconEntry, type PartOfSpeech } from './lexicon';

// A sense after a term: "row (noun)", "slam (verb)", "woeful (adjective)", "so to speak (as written)".
const SENSE = /^(.*\S)\s*\((verb|noun|adjective|adverb|as written)\)$/iu;
const SENSES: ReadonlyMap<string, PartOfSpeech> = new Map(
  Object.entries({
    verb: 'verb',
    noun: 'noun',
    adjective: 'adjective',
    adverb: 'adverb',
    'as written': 'phrase',
  }),
);

/** Limits that keep a mistaken file (a whole dictionary, a pasted article) out. */
export const MAX_LEXICON_TERMS = 5000;
export const MAX_TERM_WORDS = 6;
export const MAX_LEXICON_BYTES = 1024 * 1024;

/** A user's lexicon, read from a file. */
export interface UserLexicon {
  /** The file's name, as shown to the user and printed in reports. */
  readonly name: string;
  /** How many terms it adds. */
  readonly terms: number;
  readonly additions: LexiconAdditions;
}

/** A parsed file, or a message that names the file and what is wrong with it. */
export type LexiconFileResult =
  | { readonly ok: true; readonly lexicon: UserLexicon }
  | { readonly ok: false; readonly message: string };

type Lexicon = keyof typeof LEXICON_CATEGORIES;

/** A lexicon file's text, or a message that names the file and what is wrong with it. */
export type LexiconTextResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/**
 * Why a lexicon file of `size` bytes (or characters) is refused, or null. Callers that can
 * see a file's size before reading it (a stat, a browser `File`) ask first.
 */
export function lexiconSizeProblem(file: string, size: number): string | null {
  return size > MAX_LEXICON_BYTES
    ? `${file}: the lexicon is over ${MAX_LEXICON_BYTES / 1024 / 1024} MiB`
    : null;
}

/** A lexicon file's bytes as text: not over the size limit, and UTF-8. */
export function decodeLexicon(bytes: Uint8Array, file: string): LexiconTextResult {
  const tooLarge = lexiconSizeProblem(file, bytes.length);
  if (tooLarge !== null) {
    return { ok: false, message: tooLarge };
  }
  const text = strictUtf8(bytes);
  return text === null
    ? { ok: false, message: `${file}: the lexicon is not UTF-8 text` }
    : { ok: true, text };
}

/** Parses a lexicon file's text; `file` names it in messages. */
export function parseLexiconFile(text: string, file: string): LexiconFileResult {
  const fail = (why: string): LexiconFileResult => ({ ok: false, message: `${file}: ${why}` });
  const tooLarge = lexiconSizeProblem(file, text.length);
  if (tooLarge !== null) {
    return { ok: false, message: tooLarge };
  }
  const parsed = parseJsonObject(text, 'expected an object with "verbs" and/or "loaded"');
  if (!parsed.ok) {
    return fail(parsed.problem);
  }
  const record = parsed.value;
  // Own keys only: "constructor" or "__proto__" is as unknown as any other word.
  const unknown = Object.keys(record).filter((k) => !Object.hasOwn(LEXICON_CATEGORIES, k));
  if (unknown.length > 0) {
    return fail(`unknown key "${unknown[0]}" (expected "verbs" and/or "loaded")`);
  }
  const verbs = readSection(record, 'verbs', LEXICON_CATEGORIES.verbs);
  if (typeof verbs === 'string') {
    return fail(verbs);
  }
  const loaded = readSection(record, 'loaded', LEXICON_CATEGORIES.loaded);
  if (typeof loaded === 'string') {
    return fail(loaded);
  }
  const terms = verbs.length + loaded.length;
  if (terms === 0) {
    return fail('the lexicon has no terms');
  }
  if (terms > MAX_LEXICON_TERMS) {
    return fail(`more than ${MAX_LEXICON_TERMS} terms`);
  }
  return { ok: true, lexicon: { name: file, terms, additions: { verbs, loaded } } };
}

/** One lexicon's entries, or what is wrong with them. */
function readSection<C extends string>(
  record: Readonly<Record<string, unknown>>,
  lexicon: Lexicon,
  allowed: ReadonlyArray<C>,
): Array<LexiconEntry<C>> | string {
  const section = record[lexicon];
  if (section === undefined) {
    return [];
  }
  if (!isRecord(section)) {
    return `"${lexicon}" should map categories to lists of terms`;
  }
  const entries: Array<LexiconEntry<C>> = [];
  for (const [category, list] of Object.entries(section)) {
    const known = allowed.find((c) => c === category);
    if (known === undefined) {
      return `unknown category "${lexicon}.${category}" (expected one of ${allowed.join(', ')})`;
    }
    if (!Array.isArray(list)) {
      return `"${lexicon}.${category}" should be a list of terms`;
    }
    for (const [i, term] of (list as unknown[]).entries()) {
      const where = `"${lexicon}.${category}" item ${i + 1}`;
      if (typeof term !== 'string' || !/\p{L}/u.test(term)) {
        return `${where} is not a word or phrase`;
      }
      const sense = SENSE.exec(term.trim());
      const normalized = (sense ? (sense[1] ?? '') : term)
        .trim()
        .toLowerCase()
        .replace(/\s+/gu, ' ');
      if (normalized.split(' ').length > MAX_TERM_WORDS) {
        return `${where} has more than ${MAX_TERM_WORDS} words`;
      }
      const pos = sense ? SENSES.get((sense[2] ?? '').toLowerCase()) : undefined;
      entries.push(
        pos ? { term: normalized, category: known, pos } : { term: normalized, category: known },
      );
    }
  }
  return entries;
}

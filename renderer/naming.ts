/** How the app names the compared articles (pure). */
import { articleIndex, type ParaIndex } from '../shared/model';
import type { ViewModel } from '../shared/view-model/view-model';
import { articleNumber, paragraphNumber } from '../shared/view-model/display';
import { blindLabel } from '../shared/view-model/blind';
import { wordList } from '../shared/util/word-list';

/** What blind mode calls an article of the library that is not compared. */
const BLIND_NOT_COMPARED = 'Outlet hidden';

/**
 * An article's name in blind mode, by its library id: its column's ("Outlet A") when it is
 * compared, else {@link BLIND_NOT_COMPARED}. The library shows it where it would show the
 * outlet or the file name, the left-out notice where it would show the title.
 */
export function blindItemName(comparedIds: ReadonlyArray<string>, id: string): string {
  const k = comparedIds.indexOf(id);
  return k < 0 ? BLIND_NOT_COMPARED : blindLabel(k);
}

/**
 * A namer for the articles of a comparison: "Outlet A" in blind mode, otherwise the view
 * model's label ("#2 The Guardian", "#1 “Scotland Yard has been…”": see `article-name.ts`),
 * the one the report uses too.
 */
export function articleNamer(model: ViewModel, blind: boolean): (article: number) => string {
  return (k) =>
    blind ? blindLabel(k) : (model.articles[k]?.label ?? `#${articleNumber(articleIndex(k))}`);
}

/**
 * A message ended with a full stop, unless it already ends a sentence: a name cut short
 * ("Met police admit tweet…") or a question does not take a second one.
 */
export function sentence(text: string): string {
  return /[.…?!]$/u.test(text) ? text : `${text}.`;
}

/**
 * The paragraphs of its own article a moved paragraph sits beside in its new row (see
 * `moveParagraphToRow`): "beside its paragraph 12 already there", "beside its paragraphs 12
 * and 13 already there"; none, "".
 */
export function besideWords(paragraphs: ReadonlyArray<ParaIndex>): string {
  if (paragraphs.length === 0) {
    return '';
  }
  const numbers = wordList(paragraphs.map((p) => String(paragraphNumber(p))));
  return `beside its ${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} ${numbers} already there`;
}

/** Paragraphs named as the status line names them: one, and those it was paired with. */
export interface NamedPairs {
  readonly paragraph: string;
  readonly mates: ReadonlyArray<string>;
}

/**
 * What a link says ("Linked paragraph 2 of #3 with paragraph 2 of #1."), each link by hand
 * it let go of and each pair kept apart it dropped (see `linkParagraphs`), so that none of
 * the user's corrections goes without a word: the paragraphs come named as the status line
 * names them.
 */
export function linkNotice(
  first: string,
  second: string,
  letGo: ReadonlyArray<NamedPairs>,
  apart: ReadonlyArray<NamedPairs> = [],
): string {
  return [
    sentence(`Linked ${first} with ${second}`),
    ...letGo.map(({ paragraph, mates }) =>
      sentence(
        `Dropped your ${mates.length === 1 ? 'link' : 'links'} of ${paragraph} with ${wordList(mates)}, which would have put two paragraphs of one article in one row`,
      ),
    ),
    ...apart.map(({ paragraph, mates }) =>
      sentence(
        `No longer keeps ${paragraph} apart from ${wordList(mates)}, so that the link's row keeps its paragraphs`,
      ),
    ),
  ].join(' ');
}

/** Names of the marks a punctuation-only change may be made of. */
const MARK_NAMES: ReadonlyMap<string, string> = new Map([
  [',', 'comma'],
  ['.', 'full stop'],
  [';', 'semicolon'],
  [':', 'colon'],
  ['?', 'question mark'],
  ['!', 'exclamation mark'],
  ['…', 'ellipsis'],
  ['"', 'quotation mark'],
  ['“', 'opening quotation mark'],
  ['”', 'closing quotation mark'],
  ["'", 'apostrophe'],
  ['‘', 'opening single quotation mark'],
  ['’', 'apostrophe'],
  ['-', 'hyphen'],
  ['–', 'dash'],
  ['—', 'dash'],
  ['(', 'opening bracket'],
  [')', 'closing bracket'],
  ['[', 'opening bracket'],
  [']', 'closing bracket'],
  ['/', 'slash'],
  ['&', 'ampersand'],
  ['%', 'per cent sign'],
]);

/**
 * A change's text in words when it holds no letter or digit, so that a reader can tell what
 * changed where the marks alone would be a speck in quotation marks: "," → "comma", ". "
 * → "full stop", "  " → "space", ")." → "closing bracket and full stop"; null when the text
 * holds a word (it is then quoted as it stands).
 */
export function markWords(text: string): string | null {
  if (/[\p{L}\p{N}]/u.test(text)) {
    return null;
  }
  const names: string[] = [];
  let space = false;
  // Three full stops written out are an ellipsis, not a full stop.
  for (const ch of text.replaceAll('...', '…')) {
    if (/\s/u.test(ch)) {
      space = true;
      continue;
    }
    const name = MARK_NAMES.get(ch) ?? `“${ch}”`;
    if (names[names.length - 1] !== name) {
      names.push(name);
    }
  }
  if (names.length === 0) {
    return space ? (text.includes('\n') ? 'line break' : 'space') : null;
  }
  return wordList(names);
}

/**
 * Character folding used when comparing text: typographic variants that carry no meaning
 * for a reader comparing outlets (curly vs straight quotes, en/em dashes, no-break spaces).
 */

const FOLD_MAP: ReadonlyMap<string, string> = new Map([
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201a', "'"],
  ['\u201b', "'"],
  ['\u2032', "'"],
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u201e', '"'],
  ['\u201f', '"'],
  ['\u00ab', '"'],
  ['\u00bb', '"'],
  ['\u2033', '"'],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2012', '-'],
  ['\u2013', '-'],
  ['\u2014', '-'],
  ['\u2015', '-'],
  ['\u2212', '-'],
  ['\u00a0', ' '],
  ['\u2007', ' '],
  ['\u202f', ' '],
  ['\u2026', '...'],
]);

const FOLD_PATTERN = new RegExp(`[${[...FOLD_MAP.keys()].join('')}]`, 'g');

/**
 * Two straight apostrophes inside a word ("We''re", "world''s"): an apostrophe escaped the
 * way SQL escapes it, which some sites publish as it is stored. It folds to one, before
 * curly marks are folded, so that "’‘" stays two marks as the tokenizer sees them.
 */
const DOUBLED_APOSTROPHE = /(?<=[\p{L}\p{M}])''(?=[\p{L}\p{M}])/gu;

/**
 * Replaces curly quotes, typographic dashes, ellipsis and no-break spaces by plain ASCII,
 * and a doubled apostrophe inside a word by one.
 */
export function foldTypography(text: string): string {
  return undoubleApostrophes(text).replace(FOLD_PATTERN, foldChar);
}

function foldChar(ch: string): string {
  return FOLD_MAP.get(ch) ?? ch;
}

/**
 * {@link DOUBLED_APOSTROPHE} folded to one. The pattern starts with a look-behind, which the
 * regular expression engine tries at every position of the text (a Unicode class lookup
 * each); most texts have no "''" at all, found far faster by `includes`.
 */
function undoubleApostrophes(text: string): string {
  return text.includes("''") ? text.replace(DOUBLED_APOSTROPHE, "'") : text;
}

// Any character {@link foldQuotes} changes, or a straight apostrophe (which may be doubled).
const QUOTE_MARK = /['\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/u;

/**
 * Folds only quotation marks and apostrophes (curly ↔ straight, and a doubled apostrophe
 * inside a word to one), leaving dashes alone.
 */
export function foldQuotes(text: string): string {
  // Called on every word of a diff: most have no quotation mark at all.
  if (!QUOTE_MARK.test(text)) {
    return text;
  }
  return undoubleApostrophes(text)
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"');
}

/**
 * Character classes for the hand-written readers of word patterns (`tokenize.ts`,
 * `analysis/terms.ts`): ASCII letters and digits, and the characters beyond ASCII that
 * news text is full of and that are neither letters, marks nor digits. A reader meeting
 * any other character beyond ASCII leaves the text to its pattern.
 */

/** An ASCII letter (in ASCII, `\p{L}`). */
export const isAsciiLetter = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** An ASCII digit (in ASCII, `\p{N}`). */
export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * A no-break space, guillemets, en and em dashes, curly quotes and apostrophes, the
 * ellipsis, primes: none is a letter, a mark or a digit.
 */
export const isCommonNonWord = (c: number): boolean =>
  c === 0xa0 ||
  c === 0xab ||
  c === 0xbb ||
  c === 0x2013 ||
  c === 0x2014 ||
  (c >= 0x2018 && c <= 0x201f) ||
  c === 0x2026 ||
  c === 0x2032 ||
  c === 0x2033;

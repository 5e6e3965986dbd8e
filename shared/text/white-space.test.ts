import { describe, expect, it } from 'vitest';
import { splitOnWhiteSpace } from './white-space';
import { randomTexts } from '../testing/random-texts';

describe('splitOnWhiteSpace', () => {
  it('should split as text.split(/\\s+/u).filter(Boolean) does, on any text', () => {
    // Every white space character \s knows, and others that are not (a zero-width space,
    // a narrow no-break space is one), with letters and an astral character.
    const alphabet = [
      'a',
      'é',
      '😀',
      '.',
      ' ',
      '\t',
      '\n',
      '\v',
      '\f',
      '\r',
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u200a',
      '\u200b',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff',
      '\u0085',
    ];
    for (const text of randomTexts(alphabet, { seed: 99, count: 20000, maxPieces: 10 })) {
      expect(splitOnWhiteSpace(text), JSON.stringify(text)).toEqual(
        text.split(/\s+/u).filter(Boolean),
      );
    }
  });
});

import { describe, expect, it } from 'vitest';
import { splitOnWhiteSpace } from './white-space';

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
    let seed = 99;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let run = 0; run < 20000; run++) {
      let text = '';
      for (let k = next(10); k > 0; k--) {
        text += alphabet[next(alphabet.length)];
      }
      expect(splitOnWhiteSpace(text), JSON.stringify(text)).toEqual(
        text.split(/\s+/u).filter(Boolean),
      );
    }
  });
});

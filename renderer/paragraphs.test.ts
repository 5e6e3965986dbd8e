import { describe, expect, it } from 'vitest';
import type { MarkedPiece } from './highlight';
import { splitByParagraph } from './paragraphs';

const piece = (text: string, kind: MarkedPiece['kind'] = 'same'): MarkedPiece => ({
  kind,
  text,
  highlight: null,
});

describe('splitByParagraph', () => {
  it('should cut pieces at paragraph ends and drop the blank lines between', () => {
    const first = 'The mayor was forced to admit it.';
    const second = 'Costs doubled.';
    const pieces = [
      piece('The mayor was '),
      piece('forced to admit', 'del'),
      piece(` it.\n\nCosts `),
      piece('doubled', 'ins'),
      piece('.'),
    ];
    const split = splitByParagraph(pieces, [first.length, second.length]);
    expect(split.map((p) => p.map((x) => x.text).join(''))).toEqual([first, second]);
    expect(split[1]?.map((x) => x.kind)).toEqual(['same', 'ins', 'same']);
  });

  it('should keep one paragraph whole, inner line breaks included', () => {
    const text = 'One line\nand another.';
    expect(splitByParagraph([piece(text)], [text.length])).toEqual([[piece(text)]]);
  });
});

import { describe, expect, it } from 'vitest';
import { cellRanges, overlayHighlights } from './highlight';

describe('overlayHighlights', () => {
  it('should cut segments at highlight boundaries and keep the text whole', () => {
    const pieces = overlayHighlights(
      [
        { kind: 'same', text: 'The shock ' },
        { kind: 'ins', text: 'announcement apparently' },
        { kind: 'same', text: ' came.' },
      ],
      [
        { start: 4, endExclusive: 9, category: 'evaluative' },
        { start: 23, endExclusive: 33, category: 'hedging' },
      ],
    );
    expect(pieces.map((p) => p.text).join('')).toBe('The shock announcement apparently came.');
    expect(
      pieces.filter((p) => p.highlight).map((p) => `${p.kind}:${p.text}:${p.highlight}`),
    ).toEqual(['same:shock:evaluative', 'ins:apparently:hedging']);
  });
});

describe('cellRanges', () => {
  it('should shift later paragraphs by the text before them and the blank line', () => {
    const texts = ['First one.', 'A shock.'];
    expect(
      cellRanges([0, 1], (p) => texts[p] ?? '', [
        { paragraph: 1, start: 2, endExclusive: 7, category: 'evaluative' },
      ]),
    ).toEqual([{ start: 14, endExclusive: 19, category: 'evaluative' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { mulberry32 } from './random';
import { containedIn, firstEndingAfter, firstStartingAt, overlapsAny, type Span } from './spans';

describe('spans', () => {
  it('should agree with a linear scan on random sorted, disjoint spans (seeded)', () => {
    const next = mulberry32(3);
    for (let n = 0; n < 300; n++) {
      const spans: Span[] = [];
      let at = 0;
      for (let k = Math.floor(next() * 8); k > 0; k--) {
        at += Math.floor(next() * 4);
        const end = at + 1 + Math.floor(next() * 4);
        spans.push({ start: at, endExclusive: end });
        at = end;
      }
      for (let offset = -1; offset <= at + 2; offset++) {
        const ending = spans.findIndex((s) => s.endExclusive > offset);
        expect(firstEndingAfter(spans, offset)).toBe(ending === -1 ? spans.length : ending);
        const starting = spans.findIndex((s) => s.start >= offset);
        expect(firstStartingAt(spans, offset)).toBe(starting === -1 ? spans.length : starting);
        for (let length = 0; length < 4; length++) {
          expect(overlapsAny(spans, offset, offset + length)).toBe(
            spans.some((s) => offset < s.endExclusive && offset + length > s.start),
          );
          if (length > 0) {
            expect(containedIn(spans, offset, offset + length)).toBe(
              spans.some((s) => offset >= s.start && offset + length <= s.endExclusive),
            );
          }
        }
      }
    }
  });
});

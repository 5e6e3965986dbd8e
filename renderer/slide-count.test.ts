import { describe, expect, it } from 'vitest';
import { slideCount, widestSlideCount } from './slide-count';

describe('widestSlideCount', () => {
  it('should be as long as the longest counter of the presentation, its figures noughts', () => {
    const rows = [9, 34, 7, 120, 12];
    const widest = widestSlideCount(rows, rows.length);
    expect(widest).toBe('Row 000 · slide 0 of 5');
    const counters = rows.map((row, k) => slideCount(row, k, rows.length));
    expect(counters[0]).toBe('Row 9 · slide 1 of 5');
    expect(Math.max(...counters.map((c) => c.length))).toBe(widest.length);
    // Ten slides and more: the slide's number takes two figures too.
    expect(widestSlideCount([3, 4], 12)).toBe('Row 0 · slide 00 of 12');
    expect(widestSlideCount([], 0)).toBe('Row 0 · slide 0 of 0');
  });
});

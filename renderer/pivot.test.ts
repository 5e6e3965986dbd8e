import { describe, expect, it } from 'vitest';
import { compareArticles } from '../shared/compare';
import { buildViewModel } from '../shared/view-model/view-model';
import { testArticle } from '../shared/testing/article';
import { segmentsFor } from './pivot';

describe('segmentsFor', () => {
  it('should mark the base only against the outlets shown', () => {
    const comparison = compareArticles(
      [
        testArticle('a.txt', ['The mayor was forced to admit the tweet was wrong on Thursday.']),
        testArticle('b.txt', ['The mayor was forced to admit the tweet was wrong on Thursday.']),
        testArticle('c.txt', ['The mayor issued an apology for the tweet on Thursday.']),
      ],
      { base: 0 },
    );
    const model = buildViewModel(comparison);
    const row = model.rows.find((r) => r.cells[2]?.role === 'compared');
    const pivot = row?.cells[0];
    if (!row || !pivot) {
      throw new Error('the three texts share a row');
    }
    const marked = (shown: number[]) =>
      segmentsFor(comparison, shown)(row.index, pivot)
        .filter((s) => s.kind !== 'same')
        .map((s) => s.text);
    expect(marked([0, 1, 2]).length).toBeGreaterThan(0);
    expect(marked([0, 1])).toEqual([]);
  });
});

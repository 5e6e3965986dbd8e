import { describe, expect, it } from 'vitest';
import type { RowKind } from '../model';
import { longestIncreasingSubsequence, movedArticles } from './moves';
import type { RowSkeleton } from './rows';
import { mulberry32 } from '../util/random';

/** Renders an LIS as the values it picks: `0 1 2`. */
const lisValues = (values: ReadonlyArray<number>): string =>
  longestIncreasingSubsequence(values)
    .map((i) => values[i])
    .join(' ');

const row = (kind: RowKind, ...cells: ReadonlyArray<number>[]): RowSkeleton => ({
  kind,
  cells,
  similarity: kind === 'shared' ? 0.5 : 0,
  confidence: 1,
  manual: false,
});

/** Renders moved articles per row as `r5:1 r6:1,2` (rows without moves left out). */
const moved = (rows: ReadonlyArray<RowSkeleton>, base = 0): string =>
  movedArticles(rows, base)
    .flatMap((list, r) => (list.length > 0 ? [`r${r}:${list.join(',')}`] : []))
    .join(' ');

/** Rows in base order where article 1 holds `positions[r]` in row r (a 2-article story). */
const twoArticleRows = (positions: ReadonlyArray<number>): ReadonlyArray<RowSkeleton> =>
  positions.map((p, r) => row('shared', [r], [p]));

const prng = mulberry32;

/** O(n²) reference: length of a longest strictly increasing subsequence. */
function lisLength(values: ReadonlyArray<number>): number {
  const best = values.map(() => 1);
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if ((values[j] ?? 0) < (values[i] ?? 0)) {
        best[i] = Math.max(best[i] ?? 1, (best[j] ?? 1) + 1);
      }
    }
  }
  return Math.max(0, ...best);
}

describe('longestIncreasingSubsequence', () => {
  it('should return nothing for no values', () => {
    expect(longestIncreasingSubsequence([])).toEqual([]);
  });

  it('should keep everything of an increasing sequence', () => {
    expect(longestIncreasingSubsequence([0, 1, 2, 5])).toEqual([0, 1, 2, 3]);
  });

  it('should leave out the one value moved to the front', () => {
    expect(longestIncreasingSubsequence([5, 0, 1, 2, 3, 4])).toEqual([1, 2, 3, 4, 5]);
  });

  it('should leave out the one value moved to the back', () => {
    expect(lisValues([1, 2, 3, 4, 5, 0])).toBe('1 2 3 4 5');
  });

  it('should be strictly increasing', () => {
    expect(lisValues([1, 1, 1])).toHaveLength(1);
    expect(lisValues([2, 2, 3, 3])).toBe('2 3');
  });

  it('should find a longest one in a mixed sequence', () => {
    expect(lisValues([0, 8, 1, 2, 3, 9, 4, 5])).toBe('0 1 2 3 4 5');
  });

  it('should return a valid longest subsequence for random values (seeded)', () => {
    const next = prng(5);
    for (let n = 0; n < 500; n++) {
      const values = Array.from({ length: Math.floor(next() * 25) }, () => Math.floor(next() * 20));
      const picked = longestIncreasingSubsequence(values);
      expect(picked.length, JSON.stringify(values)).toBe(lisLength(values));
      for (let k = 1; k < picked.length; k++) {
        expect(picked[k]! > picked[k - 1]!).toBe(true);
        expect(values[picked[k]!]! > values[picked[k - 1]!]!).toBe(true);
      }
    }
  });

  it('should be deterministic', () => {
    const values = [4, 1, 3, 2, 5, 0, 6];
    expect(longestIncreasingSubsequence(values)).toEqual(longestIncreasingSubsequence(values));
  });

  it('should break ties as documented: patience sorting keeps the smallest tails', () => {
    expect(longestIncreasingSubsequence([2, 1])).toEqual([1]);
    expect(longestIncreasingSubsequence([1, 3, 2])).toEqual([0, 2]);
  });
});

describe('movedArticles', () => {
  it('should mark nothing when every article keeps the base order', () => {
    expect(moved(twoArticleRows([0, 1, 2, 3]))).toBe('');
  });

  it('should mark only the paragraph moved to the top, not all the others', () => {
    // Article 1 put the base's last paragraph first: rows in base order hold its 1, 2, …, 0.
    expect(moved(twoArticleRows([1, 2, 3, 4, 5, 0]))).toBe('r5:1');
  });

  it('should mark only the paragraph moved to the bottom', () => {
    expect(moved(twoArticleRows([5, 0, 1, 2, 3, 4]))).toBe('r0:1');
  });

  it('should mark each article on its own, never the base', () => {
    const rows = [
      row('shared', [0], [1], [0]),
      row('shared', [1], [2], [3]),
      row('shared', [2], [3], [1]),
      row('shared', [3], [0], [2]),
    ];
    expect(moved(rows)).toBe('r1:2 r3:1');
    expect(movedArticles(rows, 0).some((list) => list.includes(0))).toBe(false);
  });

  it('should use the given base, whichever index it has', () => {
    const rows = [row('shared', [1], [0]), row('shared', [2], [1]), row('shared', [0], [2])];
    expect(moved(rows, 1)).toBe('r2:0');
  });

  it('should ignore unique and boilerplate rows', () => {
    const rows = [
      row('boilerplate', [], [5]),
      row('shared', [0], [1]),
      row('unique', [], [0]),
      row('shared', [1], [2]),
      row('unique', [2], []),
    ];
    expect(moved(rows)).toBe('');
  });

  it('should place a split cell by its first paragraph', () => {
    const rows = [row('shared', [0], [2, 3]), row('shared', [1], [4]), row('shared', [2], [0, 1])];
    expect(moved(rows)).toBe('r2:1');
  });

  it('should give an empty list per row, and nothing for no rows', () => {
    expect(movedArticles(twoArticleRows([0, 1]), 0)).toEqual([[], []]);
    expect(movedArticles([], 0)).toEqual([]);
  });

  it('should not depend on the order of the files or of the rows (issue 9), seeded permutations', () => {
    const next = prng(9);
    const shuffle = <T>(list: ReadonlyArray<T>): T[] => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    };
    for (let story = 0; story < 200; story++) {
      // 3–5 articles, each paragraph of each in at most one row, some rows without the base.
      const articles = 3 + Math.floor(next() * 3);
      const rowCount = 4 + Math.floor(next() * 12);
      const order = Array.from({ length: articles }, () => shuffle(range(rowCount)));
      const rows = range(rowCount).map((r) => {
        const cells = range(articles).map((k) => (next() < 0.75 ? [order[k]!.indexOf(r)] : []));
        const present = cells.filter((c) => c.length > 0).length;
        return row(present >= 2 ? 'shared' : 'unique', ...cells);
      });
      const base = Math.floor(next() * articles);
      /** Moved marks keyed by row content and original article: `cells→article`. */
      const marks = (permutation: ReadonlyArray<number>, rowOrder: ReadonlyArray<number>) => {
        // permutation[p] = the original article at position p.
        const permuted = rowOrder.map((r) =>
          row(rows[r]!.kind, ...permutation.map((k) => rows[r]!.cells[k] ?? [])),
        );
        const result = movedArticles(permuted, permutation.indexOf(base));
        return new Set(
          result.flatMap((list, i) =>
            list.map((p) => `${JSON.stringify(rows[rowOrder[i]!]!.cells)}→${permutation[p]}`),
          ),
        );
      };
      const reference = marks(range(articles), range(rowCount));
      for (let trial = 0; trial < 4; trial++) {
        expect(marks(shuffle(range(articles)), shuffle(range(rowCount)))).toEqual(reference);
      }
    }
  });
});

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/**
 * Moved paragraphs: an article's paragraphs that stand out of the base's reading order.
 *
 * For each article, its paragraphs are read in row order; the longest increasing
 * subsequence of their positions is "in order" and the rest moved. Minimal: the fewest
 * paragraphs are marked, as a reader would say "this quote was moved to the top".
 */
import type { RowSkeleton } from './rows';

/**
 * Indices (into `values`) of one longest strictly increasing subsequence. Among equally long
 * ones, patience sorting keeps the smallest (so usually the later) values: for `[2, 1]` it
 * returns `[1]`. Either choice marks the same number of paragraphs as moved.
 */
export function longestIncreasingSubsequence(values: ReadonlyArray<number>): ReadonlyArray<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    previous[i] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = i;
  }
  const out: number[] = [];
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) {
    out.push(i);
  }
  return out.reverse();
}

/**
 * For each row, the articles whose paragraphs in it are moved. Only rows shared with the
 * base (or with another article) can be moved: a unique paragraph stands where it stands.
 */
export function movedArticles(
  rows: ReadonlyArray<RowSkeleton>,
  base: number,
): ReadonlyArray<ReadonlyArray<number>> {
  const moved: number[][] = rows.map(() => []);
  const articleCount = rows[0]?.cells.length ?? 0;
  for (let k = 0; k < articleCount; k++) {
    if (k === base) {
      continue;
    }
    const rowIndices: number[] = [];
    const positions: number[] = [];
    rows.forEach((row, r) => {
      const cell = row.cells[k] ?? [];
      if (row.kind === 'shared' && cell.length > 0) {
        rowIndices.push(r);
        positions.push(Math.min(...cell));
      }
    });
    const keep = new Set(longestIncreasingSubsequence(positions));
    positions.forEach((_, i) => {
      if (!keep.has(i)) {
        moved[rowIndices[i] ?? 0]?.push(k);
      }
    });
  }
  return moved;
}

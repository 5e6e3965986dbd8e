/**
 * Moved paragraphs: an article's paragraphs that stand out of the base's reading order.
 *
 * For each article, the rows it shares with the base are read in the base's order; the
 * longest increasing subsequence of the article's positions in them is "in order" and the
 * rest moved. Minimal: the fewest paragraphs are marked, as a reader would say "this quote
 * was moved to the top".
 *
 * Law: whether an article's paragraphs in a row are moved depends only on the base and on
 * the rows that article shares with the base, never on the order of the files or of the
 * rows, nor on the other articles. A row without the base has no base order to leave.
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
 * For each row, the articles whose paragraphs in it are moved. Only rows an article shares
 * with the base can be moved: a unique paragraph stands where it stands, and a row the
 * base lacks has no place in the base's order to be moved from.
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
    // The rows shared by the base and k, in the base's reading order (by its first
    // paragraph in each, unique to the row): not in the order the rows happen to stand.
    const shared: { readonly row: number; readonly base: number; readonly position: number }[] = [];
    rows.forEach((row, r) => {
      const cell = row.cells[k] ?? [];
      const baseCell = row.cells[base] ?? [];
      if (row.kind === 'shared' && cell.length > 0 && baseCell.length > 0) {
        shared.push({ row: r, base: Math.min(...baseCell), position: Math.min(...cell) });
      }
    });
    shared.sort((a, b) => a.base - b.base);
    const keep = new Set(longestIncreasingSubsequence(shared.map((s) => s.position)));
    shared.forEach((s, i) => {
      if (!keep.has(i)) {
        moved[s.row]?.push(k);
      }
    });
  }
  return moved;
}

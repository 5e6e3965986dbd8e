/**
 * Which row holds each paragraph: a table built once per comparison, for lookups by
 * paragraph (moved cells in the view model, anchors, corrections of the alignment). Its own
 * module, importing nothing of the engine, so the page may use it too.
 */
import { rowIndex, type Comparison, type RowIndex } from '../model';

/** `rowOf[k][p]` = the row holding paragraph p of article k (undefined: none does). */
export function paragraphRows(
  comparison: Pick<Comparison, 'articles' | 'rows'>,
): ReadonlyArray<ReadonlyArray<RowIndex | undefined>> {
  const rowOf = comparison.articles.map((a) =>
    new Array<RowIndex | undefined>(a.paragraphs.length).fill(undefined),
  );
  comparison.rows.forEach((row, r) => {
    row.cells.forEach((cell, k) => {
      for (const p of cell) {
        const target = rowOf[k];
        if (target && p < target.length) {
          target[p] = rowIndex(r);
        }
      }
    });
  });
  return rowOf;
}

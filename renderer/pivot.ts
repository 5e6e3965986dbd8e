/**
 * The base text of a row marked against the outlets shown only (pure). The view model
 * marks a row's pivot against every other outlet; with some outlets hidden, words struck
 * because of a hidden outlet would say nothing the reader can see.
 */
import { cellText } from '../shared/cells';
import type { Article, Comparison, RowIndex } from '../shared/model';
import { markPivot, type Segment } from '../shared/view-model/segments';
import type { ViewCell } from '../shared/view-model/view-model';

/** A cell's segments as the reader should see them with `shown` outlets. */
export function segmentsFor(
  comparison: Comparison,
  shown: ReadonlyArray<number>,
): (row: RowIndex, cell: ViewCell) => ReadonlyArray<Segment> {
  const visible = new Set(shown);
  const cache = new Map<RowIndex, ReadonlyArray<Segment>>();
  return (r, cell) => {
    const row = comparison.rows[r];
    if (cell.role !== 'pivot' || !row || row.diffs.every((d) => visible.has(d.article))) {
      return cell.segments;
    }
    const known = cache.get(r);
    if (known) {
      return known;
    }
    const text = cellText(comparison.articles[cell.article] as Article, cell.paragraphs);
    const segments = markPivot(text, { diffs: row.diffs.filter((d) => visible.has(d.article)) });
    cache.set(r, segments);
    return segments;
  };
}

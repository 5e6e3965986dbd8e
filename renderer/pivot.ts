/**
 * The base text of a row marked against the outlets shown only (pure). The report model
 * marks a row's pivot against every other outlet; with some outlets hidden, words struck
 * because of a hidden outlet would say nothing the reader can see.
 */
import { cellText } from '../shared/cells';
import type { Article, Comparison } from '../shared/model';
import { markPivot, type ReportCell, type Segment } from '../shared/report/report-model';

/** A cell's segments as the reader should see them with `shown` outlets. */
export function segmentsFor(
  comparison: Comparison,
  shown: ReadonlyArray<number>,
): (rowNumber: number, cell: ReportCell) => ReadonlyArray<Segment> {
  const visible = new Set(shown);
  const cache = new Map<number, ReadonlyArray<Segment>>();
  return (rowNumber, cell) => {
    const row = comparison.rows[rowNumber - 1];
    if (cell.role !== 'pivot' || !row || row.diffs.every((d) => visible.has(d.article))) {
      return cell.segments;
    }
    const known = cache.get(rowNumber);
    if (known) {
      return known;
    }
    const text = cellText(comparison.articles[cell.article] as Article, cell.paragraphs);
    const segments = markPivot(text, {
      ...row,
      diffs: row.diffs.filter((d) => visible.has(d.article)),
    });
    cache.set(rowNumber, segments);
    return segments;
  };
}

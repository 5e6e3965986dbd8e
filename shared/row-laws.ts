/**
 * The laws of a comparison's rows, checked where the engine makes them (`compareArticles`,
 * `compareSubset`). Everything downstream (the view model, the analyses, the report, the
 * JSON) relies on them; a broken law is a bug in the engine, reported as a `BugError`
 * rather than shown as a wrong comparison. One pass over the rows' cells: linear in the
 * paragraphs and rows × articles.
 */
import type { Article, ArticleIndex, Row } from './model';
import { assert } from './util/assert';

/**
 * Asserts that:
 * - every paragraph of every article stands in exactly one row, and each cell's paragraphs
 *   ascend;
 * - the rows follow the base's reading order: the rows that hold base paragraphs ascend by
 *   their first one (a row the user joined may hold paragraphs 1 and 3, before paragraph 2's);
 * - a row has text: a shared row from two or more articles, a unique or boilerplate row from
 *   one;
 * - a row's pivot has text in it, and its word diffs are those of its other cells with text
 *   (a shared row's), or none.
 */
export function assertRowLaws(
  articles: ReadonlyArray<Article>,
  rows: ReadonlyArray<Row>,
  base: ArticleIndex,
): void {
  const seen = articles.map((a) => new Uint8Array(a.paragraphs.length));
  let lastBase = -1;
  rows.forEach((row, r) => {
    assert(row.cells.length === articles.length, () => `row ${r}: one cell per article`);
    let withText = 0;
    row.cells.forEach((cell, k) => {
      const marks = seen[k] as Uint8Array;
      let previous = -1;
      for (const p of cell) {
        assert(
          p > previous && p < marks.length,
          () => `row ${r}: article ${k}'s cell is not in order`,
        );
        assert(marks[p] === 0, () => `article ${k}'s paragraph ${p} is in two rows`);
        marks[p] = 1;
        previous = p;
      }
      withText += cell.length > 0 ? 1 : 0;
    });
    const first = row.cells[base]?.[0];
    if (first !== undefined) {
      assert(first > lastBase, () => `row ${r} breaks the base's reading order`);
      lastBase = first;
    }
    assert(
      row.kind === 'shared' ? withText >= 2 : withText === 1,
      () => `row ${r}: a ${row.kind} row with text from ${withText} articles`,
    );
    assert((row.cells[row.pivot]?.length ?? 0) > 0, () => `row ${r}: its pivot has no text`);
    const compared = row.kind === 'shared' ? withText - 1 : 0;
    assert(
      row.diffs.length === compared &&
        row.diffs.every((d) => d.article !== row.pivot && (row.cells[d.article]?.length ?? 0) > 0),
      () => `row ${r}: its diffs are not those of its cells`,
    );
  });
  seen.forEach((marks, k) => {
    assert(
      marks.every((m) => m === 1),
      () => `article ${k} has a paragraph in no row`,
    );
  });
}

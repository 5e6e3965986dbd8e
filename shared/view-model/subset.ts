/**
 * Which articles and rows a comparison shown with some of its outlets only keeps (the
 * columns the reader chose; `compareSubset` in `shared/compare.ts` makes that comparison).
 * Its own module, importing nothing of the engine, so the page may use it (the report's
 * notes are moved to the subset with it, `shared/project/annotations.ts`).
 */
import { articleNumber, rowNumber } from './display';
import type { ViewModel, ViewNumbers } from './view-model';
import {
  articleIndex,
  rowIndex,
  type ArticleIndex,
  type Comparison,
  type RowIndex,
} from '../model';

/**
 * What `compareSubset` keeps of a comparison, each item as its index in the whole
 * comparison: the articles (`keep` without repeats or unknown indices, in its order) and
 * the rows with text in one of them, in order. Item i of each list is the subset's article
 * or row i. The one place that choice is made, so what is moved to a subset lands where the
 * subset's rows are.
 */
export interface SubsetSources {
  readonly articles: ReadonlyArray<ArticleIndex>;
  readonly rows: ReadonlyArray<RowIndex>;
}

/** Where each article and row of `compareSubset(comparison, keep)` comes from. */
export function subsetSources(
  comparison: Pick<Comparison, 'articles' | 'rows'>,
  keep: ReadonlyArray<number>,
): SubsetSources {
  const articles = keep
    .filter((k, i) => k >= 0 && k < comparison.articles.length && keep.indexOf(k) === i)
    .map(articleIndex);
  const rows: RowIndex[] = [];
  comparison.rows.forEach((row, r) => {
    if (articles.some((k) => (row.cells[k]?.length ?? 0) > 0)) {
      rows.push(rowIndex(r));
    }
  });
  return { articles, rows };
}

/**
 * The numbers the articles and rows of `compareSubset(comparison, keep)` are shown by: those
 * they have on screen, in the whole comparison ("#1, #3, #4" with #2 hidden; the rows
 * likewise; the differences too, given `whole`, the whole comparison's view model). For
 * `buildViewModel`'s `numbers`.
 */
export function subsetNumbers(
  comparison: Pick<Comparison, 'articles' | 'rows'>,
  keep: ReadonlyArray<number>,
  whole?: Pick<ViewModel, 'differences' | 'rows'>,
): ViewNumbers {
  const sources = subsetSources(comparison, keep);
  return {
    articles: sources.articles.map(articleNumber),
    rows: sources.rows.map(rowNumber),
    ...(whole === undefined ? {} : { whole }),
  };
}

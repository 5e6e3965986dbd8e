/**
 * Indices as readers see them. The engine counts from 0; people count from 1: "row 3" is
 * row index 2, "#2" the article at index 1, "paragraph 4" paragraph index 3. Display code
 * (the report, the app, the presentation) adds the one here, and nowhere else.
 */
import type { ArticleIndex, ParaIndex, RowIndex } from '../model';

/** The number readers know a row by ("row 3"; anchor `r-3` in the report). */
export function rowNumber(row: RowIndex): number {
  return row + 1;
}

/** The number each row of a view is shown by. */
export type RowNumbering = (row: RowIndex) => number;

/**
 * The numbers a view's rows are shown by: their own ({@link rowNumber}), or those of the
 * comparison they were taken from (`rowNumbers`: a report of some of the outlets keeps the
 * numbers the reader sees on screen, where every outlet's rows are counted).
 */
export function rowNumbering(view: { readonly rowNumbers?: ReadonlyArray<number> }): RowNumbering {
  const numbers = view.rowNumbers;
  return numbers === undefined ? rowNumber : (row) => numbers[row] ?? rowNumber(row);
}

/** The number each difference of a view is shown by ("difference 7"; anchor `d-7`). */
export type DifferenceNumbering = (id: number) => number;

/**
 * The numbers a view's differences are shown by: their own ids, or those of the comparison
 * they were taken from (`differenceNumbers`: a report of some of the outlets keeps the
 * numbers the reader sees on screen, where every outlet's differences are counted).
 */
export function differenceNumbering(view: {
  readonly differenceNumbers?: ReadonlyArray<number>;
}): DifferenceNumbering {
  const numbers = view.differenceNumbers;
  return numbers === undefined ? (id) => id : (id) => numbers[id - 1] ?? id;
}

/**
 * What {@link wordingNumber} reads of a view model: its cells' differences and their numbers.
 * As in every view model, `differences[id - 1]` is the difference with that id (ids are
 * numbered 1.. in list order where they are made, `buildViewModel`).
 */
export interface WordingNumbers {
  readonly rows: ReadonlyArray<{
    readonly cells: ReadonlyArray<{ readonly differences: ReadonlyArray<number> }>;
  }>;
  readonly differences: ReadonlyArray<{ readonly kind: string }>;
  readonly differenceNumbers?: ReadonlyArray<number>;
}

/**
 * The number a view shows the rewording of row `row` by article `article` by ("difference
 * 9"), or null when that cell has the words of the row's reference text, or none. One
 * number names the cell's whole rewording: every changed phrase of the cell is part of it.
 */
export function wordingNumber(view: WordingNumbers, row: number, article: number): number | null {
  const id = view.rows[row]?.cells[article]?.differences.find(
    (d) => view.differences[d - 1]?.kind === 'wording',
  );
  return id === undefined ? null : differenceNumbering(view)(id);
}

/**
 * What a note or code on a difference says of it when no difference of its row shows its
 * words now (after a re-alignment or an edit): the note then stands on the row. One phrase
 * for the app, the report and the command line.
 */
export const DIFFERENCE_NO_LONGER_FOUND = 'a difference no longer found in its row';

/**
 * A difference a note or code is on, named for a reader: "difference 9" (`number`, as the
 * differences list and the report show it), or {@link DIFFERENCE_NO_LONGER_FOUND} (null).
 */
export function differenceName(number: number | null): string {
  return number === null ? DIFFERENCE_NO_LONGER_FOUND : `difference ${number}`;
}

/** The number readers know an article by ("#2"). */
export function articleNumber(article: ArticleIndex): number {
  return article + 1;
}

/** The number each article of a view is shown by. */
export type ArticleNumbering = (article: ArticleIndex) => number;

/**
 * The numbers a view's articles are shown by: their own ({@link articleNumber}), or those of
 * the comparison they were taken from (`articleNumbers`: a report of some of the outlets
 * keeps the numbers the reader sees on screen, "#1, #3, #4" with #2 hidden).
 */
export function articleNumbering(view: {
  readonly articleNumbers?: ReadonlyArray<number>;
}): ArticleNumbering {
  const numbers = view.articleNumbers;
  return numbers === undefined ? articleNumber : (k) => numbers[k] ?? articleNumber(k);
}

/** The number readers know a paragraph of an article by ("paragraph 4 of 9"). */
export function paragraphNumber(paragraph: ParaIndex): number {
  return paragraph + 1;
}

/**
 * The selected cell (pure): where a selection stands in the comparison on screen, and moving
 * it with the arrow keys: up and down through the paragraphs of one outlet's column, row
 * after row (an empty cell counts as one stop), left and right between the outlets shown in
 * one row.
 */
import type { ParaIndex, RowIndex } from '../shared/model';
import type { ViewModel } from '../shared/view-model/view-model';
import type { DisplayItem } from './comparison-layout';
import type { CellFocus } from './state/app-state';

/** A selected cell: a row, an article, and its paragraph or null (empty). */
export interface CellTarget {
  readonly row: RowIndex;
  readonly article: number;
  readonly paragraph: ParaIndex | null;
}

/** `rowOf[k][p]`: the row holding paragraph p of article k (undefined: none). */
export type ParagraphRows = ReadonlyArray<ReadonlyArray<RowIndex | undefined>>;

/** The row of each paragraph of a comparison, from its view model (built once, read often). */
export function paragraphRows(model: Pick<ViewModel, 'articles' | 'rows'>): ParagraphRows {
  const rowOf = model.articles.map((): Array<RowIndex | undefined> => []);
  for (const row of model.rows) {
    for (const cell of row.cells) {
      for (const p of cell.paragraphs) {
        const list = rowOf[cell.article];
        if (list !== undefined) {
          list[p] = row.index;
        }
      }
    }
  }
  return rowOf;
}

/**
 * Where a selected cell stands now: a paragraph in the row that holds it (`rowOf`, see
 * {@link paragraphRows}), an empty cell in its own row; null when its article is not among
 * `ids` (library ids, in the comparison's order) or its paragraph is in no row.
 */
export function focusTarget(
  focus: CellFocus,
  ids: ReadonlyArray<string>,
  rowOf: ParagraphRows,
): CellTarget | null {
  const article = ids.indexOf(focus.item);
  if (article < 0) {
    return null;
  }
  if (focus.paragraph === null) {
    return focus.row === null ? null : { row: focus.row, article, paragraph: null };
  }
  const row = rowOf[article]?.[focus.paragraph];
  return row === undefined ? null : { row, article, paragraph: focus.paragraph };
}

/** The stops of one column in a row: its paragraphs, or one empty stop. */
function stops(item: DisplayItem | undefined, article: number): ReadonlyArray<ParaIndex | null> {
  if (item?.kind !== 'row') {
    return [];
  }
  const paragraphs = item.row.cells[article]?.paragraphs ?? [];
  return paragraphs.length > 0 ? paragraphs : [null];
}

/**
 * Where an arrow key takes the selection (`ArrowUp`, `ArrowDown`, `ArrowLeft`,
 * `ArrowRight`, `Home`, `End`); the same target at an edge; the first paragraph of the first
 * row shown when nothing is selected (or the selection is not among the rows shown).
 */
export function moveSelection(
  items: ReadonlyArray<DisplayItem>,
  shown: ReadonlyArray<number>,
  from: CellTarget | null,
  key: string,
): CellTarget | null {
  const rows = items.filter((i) => i.kind === 'row');
  const first = rows[0];
  const firstColumn = shown[0];
  const at = from === null ? -1 : rows.findIndex((i) => i.row.index === from.row);
  if (from === null || at < 0 || !shown.includes(from.article)) {
    return first && firstColumn !== undefined
      ? {
          row: first.row.index,
          article: firstColumn,
          paragraph: stops(first, firstColumn)[0] ?? null,
        }
      : null;
  }
  const here = stops(rows[at], from.article);
  const index = Math.max(0, here.indexOf(from.paragraph));
  const target = (row: number, article: number, pick: 'first' | 'last' | number): CellTarget => {
    const list = stops(rows[row], article);
    const i =
      pick === 'first' ? 0 : pick === 'last' ? list.length - 1 : Math.min(pick, list.length - 1);
    return { row: rows[row]?.row.index ?? from.row, article, paragraph: list[i] ?? null };
  };
  switch (key) {
    case 'ArrowDown':
      return index + 1 < here.length
        ? target(at, from.article, index + 1)
        : at + 1 < rows.length
          ? target(at + 1, from.article, 'first')
          : from;
    case 'ArrowUp':
      return index > 0
        ? target(at, from.article, index - 1)
        : at > 0
          ? target(at - 1, from.article, 'last')
          : from;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const column = shown.indexOf(from.article) + (key === 'ArrowLeft' ? -1 : 1);
      const article = shown[column];
      return article === undefined ? from : target(at, article, index);
    }
    case 'Home':
      return target(0, from.article, 'first');
    case 'End':
      return target(rows.length - 1, from.article, 'last');
    default:
      return from;
  }
}

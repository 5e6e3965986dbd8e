/**
 * Moving the selection through the comparison with the arrow keys (pure): up and down
 * through the paragraphs of one outlet's column, row after row (an empty cell counts as one
 * stop), left and right between the outlets shown in one row.
 */
import type { DisplayItem } from './comparison-layout';

/** A selected cell: a row (1-based number), an article, and its paragraph or null (empty). */
export interface CellTarget {
  readonly row: number;
  readonly article: number;
  readonly paragraph: number | null;
}

/** The stops of one column in a row: its paragraphs, or one empty stop. */
function stops(item: DisplayItem | undefined, article: number): ReadonlyArray<number | null> {
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
  const at = from === null ? -1 : rows.findIndex((i) => i.row.number === from.row);
  if (from === null || at < 0 || !shown.includes(from.article)) {
    return first && firstColumn !== undefined
      ? {
          row: first.row.number,
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
    return { row: rows[row]?.row.number ?? from.row, article, paragraph: list[i] ?? null };
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

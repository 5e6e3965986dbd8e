import { describe, expect, it } from 'vitest';
import type { ReportCell, ReportRow } from '../shared/report/report-model';
import { moveSelection } from './cell-navigation';
import type { DisplayItem } from './comparison-layout';

function cell(article: number, paragraphs: number[]): ReportCell {
  return {
    article,
    paragraphs,
    role: paragraphs.length ? 'compared' : 'empty',
    segments: [],
    moved: null,
    sameness: null,
    differences: [],
    collapsed: false,
  };
}

function row(number: number, cells: number[][]): DisplayItem {
  const r = {
    number,
    kind: 'shared',
    boilerplate: null,
    articlesWithText: 2,
    pivot: 0,
    cells: cells.map((p, k) => cell(k, p)),
    differences: [],
    confidence: 1,
    weak: false,
    manual: false,
  } satisfies ReportRow;
  return { kind: 'row', key: `row-${number}`, row: r };
}

// Row 1: a0 ¶0 | a1 ¶0, ¶1. Row 2 folded away. Row 3: a0 ¶1 | a1 empty. a2 not shown.
const ITEMS: DisplayItem[] = [
  row(1, [[0], [0, 1], [0]]),
  { kind: 'fold', key: 'identical-2', reason: 'identical', rows: [], open: false },
  row(3, [[1], [], [1]]),
];
const SHOWN = [0, 1];

describe('moveSelection', () => {
  it('should start on the first paragraph of the first row shown', () => {
    expect(moveSelection(ITEMS, SHOWN, null, 'ArrowDown')).toEqual({
      row: 1,
      article: 0,
      paragraph: 0,
    });
  });

  it('should go down through paragraphs, then rows, skipping folds, and stop at the end', () => {
    const start = { row: 1, article: 1, paragraph: 0 };
    const second = moveSelection(ITEMS, SHOWN, start, 'ArrowDown');
    expect(second).toEqual({ row: 1, article: 1, paragraph: 1 });
    const empty = moveSelection(ITEMS, SHOWN, second, 'ArrowDown');
    expect(empty).toEqual({ row: 3, article: 1, paragraph: null });
    expect(moveSelection(ITEMS, SHOWN, empty, 'ArrowDown')).toEqual(empty);
    expect(moveSelection(ITEMS, SHOWN, empty, 'ArrowUp')).toEqual(second);
  });

  it('should go left and right between the outlets shown only', () => {
    const right = moveSelection(ITEMS, SHOWN, { row: 1, article: 0, paragraph: 0 }, 'ArrowRight');
    expect(right).toEqual({ row: 1, article: 1, paragraph: 0 });
    expect(moveSelection(ITEMS, SHOWN, right, 'ArrowRight')).toEqual(right);
    expect(moveSelection(ITEMS, SHOWN, { row: 1, article: 1, paragraph: 1 }, 'ArrowLeft')).toEqual({
      row: 1,
      article: 0,
      paragraph: 0,
    });
    expect(moveSelection(ITEMS, SHOWN, { row: 3, article: 0, paragraph: 1 }, 'Home')).toEqual({
      row: 1,
      article: 0,
      paragraph: 0,
    });
  });
});

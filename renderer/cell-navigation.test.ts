import { describe, expect, it } from 'vitest';
import type { ViewCell, ViewRow } from '../shared/view-model/view-model';
import { articleIndex, paraIndex, rowIndex } from '../shared/model';
import { withIndices } from '../shared/testing/indices';
import { compareProject } from '../shared/project/compare-project';
import { bridgeProject } from '../shared/testing/project';
import { buildViewModel } from '../shared/view-model/view-model';
import { focusTarget, moveSelection, paragraphRows, type CellTarget } from './cell-navigation';

/** A selected cell. */
const at = (row: number, article: number, paragraph: number | null): CellTarget =>
  withIndices<CellTarget>({ row, article, paragraph });
import type { DisplayItem } from './comparison-layout';

function cell(article: number, paragraphs: number[]): ViewCell {
  return {
    article: articleIndex(article),
    paragraphs: paragraphs.map(paraIndex),
    role: paragraphs.length ? 'compared' : 'empty',
    segments: [],
    moved: null,
    sameness: null,
    differences: [],
    collapsed: false,
  };
}

function row(index: number, cells: number[][]): DisplayItem {
  const r = {
    index: rowIndex(index),
    kind: 'shared',
    boilerplate: null,
    articlesWithText: 2,
    pivot: articleIndex(0),
    cells: cells.map((p, k) => cell(k, p)),
    differences: [],
    confidence: 1,
    weak: false,
    manual: false,
  } satisfies ViewRow;
  return { kind: 'row', key: `row-${index}`, row: r };
}

// Row index 1: a0 ¶0 | a1 ¶0, ¶1. Row 2 folded away. Row 3: a0 ¶1 | a1 empty. a2 not shown.
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
    const start = at(1, 1, 0);
    const second = moveSelection(ITEMS, SHOWN, start, 'ArrowDown');
    expect(second).toEqual({ row: 1, article: 1, paragraph: 1 });
    const empty = moveSelection(ITEMS, SHOWN, second, 'ArrowDown');
    expect(empty).toEqual({ row: 3, article: 1, paragraph: null });
    expect(moveSelection(ITEMS, SHOWN, empty, 'ArrowDown')).toEqual(empty);
    expect(moveSelection(ITEMS, SHOWN, empty, 'ArrowUp')).toEqual(second);
  });

  it('should go left and right between the outlets shown only', () => {
    const right = moveSelection(ITEMS, SHOWN, at(1, 0, 0), 'ArrowRight');
    expect(right).toEqual({ row: 1, article: 1, paragraph: 0 });
    expect(moveSelection(ITEMS, SHOWN, right, 'ArrowRight')).toEqual(right);
    expect(moveSelection(ITEMS, SHOWN, at(1, 1, 1), 'ArrowLeft')).toEqual({
      row: 1,
      article: 0,
      paragraph: 0,
    });
    expect(moveSelection(ITEMS, SHOWN, at(3, 0, 1), 'Home')).toEqual({
      row: 1,
      article: 0,
      paragraph: 0,
    });
  });
});

describe('focusTarget', () => {
  const comparison = compareProject(bridgeProject());
  const rowOf = paragraphRows(buildViewModel(comparison));
  const ids = comparison.articles.map((_, k) => `item${k}`);

  it('should find each paragraph in the row that holds it', () => {
    comparison.articles.forEach((article, k) => {
      article.paragraphs.forEach((_, p) => {
        const row = comparison.rows.findIndex((r) => r.cells[k]?.includes(paraIndex(p)));
        expect(
          focusTarget({ item: `item${k}`, paragraph: paraIndex(p), row: null }, ids, rowOf),
        ).toEqual({ row, article: k, paragraph: p });
      });
    });
  });

  it('should keep an empty cell in its row, and find nothing of another comparison', () => {
    expect(focusTarget({ item: 'item1', paragraph: null, row: rowIndex(2) }, ids, rowOf)).toEqual({
      row: 2,
      article: 1,
      paragraph: null,
    });
    expect(focusTarget({ item: 'item1', paragraph: null, row: null }, ids, rowOf)).toBeNull();
    expect(
      focusTarget({ item: 'other', paragraph: paraIndex(0), row: null }, ids, rowOf),
    ).toBeNull();
    const beyond = paraIndex(comparison.articles[0]?.paragraphs.length ?? 0);
    expect(focusTarget({ item: 'item0', paragraph: beyond, row: null }, ids, rowOf)).toBeNull();
  });
});

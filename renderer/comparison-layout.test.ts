import { describe, expect, it } from 'vitest';
import { compareArticles } from '../shared/compare';
import { rowIndex } from '../shared/model';
import { buildViewModel, type ViewModel } from '../shared/view-model/view-model';
import { testArticle } from '../shared/testing/article';
import {
  columnsThatFit,
  differencesHeading,
  displayItems,
  foldLabel,
  rowItemIndex,
  rulerMarks,
  shownColumns,
  slideOf,
  slideStarts,
  unlistedDifferences,
  unlistedHintEnd,
  visibleDifferences,
  type DisplayItem,
} from './comparison-layout';

const SAME = [
  'The council voted on Tuesday to close the Riverside library after a long budget review.',
  'Council leader Maria Okafor said the decision was painful but unavoidable for the city.',
  'A mobile library will visit the area twice a week from the autumn, the council said.',
  'Campaigners gathered outside the town hall with placards and promised to challenge it.',
];

/** Three outlets: two reword the last paragraph; one adds icon junk; one adds its own paragraph. */
function model(): ViewModel {
  const base = testArticle('base.txt', [...SAME, 'The closure takes effect next spring.']);
  const herald = testArticle(
    'herald.txt',
    [
      'share facebook twitter email print',
      'icon bookmark icon camera icon chevron',
      ...SAME,
      'The closure will take effect in the spring.',
    ],
    { boilerplate: [0, 1] },
  );
  const post = testArticle('post.txt', [
    ...SAME,
    'The closure takes effect next spring.',
    'Readers wrote in their hundreds to protest against the decision of the council.',
  ]);
  return buildViewModel(compareArticles([base, herald, post], { base: 0 }));
}

const show = (items: ReadonlyArray<DisplayItem>): string[] =>
  items.map((i) =>
    i.kind === 'row'
      ? `row ${i.row.index}`
      : `${i.open ? 'open' : 'fold'} ${i.reason} ×${i.rows.length}`,
  );

describe('columnsThatFit', () => {
  it('should give columns of at least 14rem, and never fewer than two', () => {
    // 2.3rem of row gutter, then columns of 14rem with 0.6rem gaps.
    expect(columnsThatFit(900, 15)).toBe(3);
    expect(columnsThatFit(910, 15)).toBe(4);
    expect(columnsThatFit(650, 15)).toBe(2);
    expect(columnsThatFit(300, 15)).toBe(2);
  });
});

describe('shownColumns', () => {
  it('should always show the base, then the first outlets that fit, or the reader’s choice', () => {
    expect(shownColumns(5, 2, 3, () => undefined)).toEqual([0, 1, 2]);
    expect(shownColumns(5, 4, 3, () => undefined)).toEqual([0, 1, 4]);
    expect(shownColumns(5, 0, 3, (k) => (k === 1 ? false : k === 4 ? true : undefined))).toEqual([
      0, 2, 3, 4,
    ]);
    expect(shownColumns(3, 1, 2, () => false)).toEqual([1]);
  });
});

describe('displayItems', () => {
  it('should fold boilerplate rows with a count and show every row exactly once', () => {
    const m = model();
    const items = displayItems(m, { shown: [0, 1, 2], collapseIdentical: false, open: new Set() });
    expect(show(items)[0]).toBe('fold boilerplate ×2');
    const rows = items.flatMap((i) =>
      i.kind === 'row' ? [i.row.index] : i.rows.map((r) => r.index),
    );
    expect(rows).toEqual(m.rows.map((r) => r.index));
  });

  it('should fold identical rows when asked, and open a fold on request', () => {
    const m = model();
    const folded = displayItems(m, { shown: [0, 1, 2], collapseIdentical: true, open: new Set() });
    const identical = folded.find((i) => i.kind === 'fold' && i.reason === 'identical');
    expect(identical?.kind === 'fold' && identical.rows.length).toBe(4);
    const opened = displayItems(m, {
      shown: [0, 1, 2],
      collapseIdentical: true,
      open: new Set([identical?.key ?? '']),
    });
    expect(show(opened)).toContain('open identical ×4');
    expect(opened.length).toBe(folded.length + 4);
  });

  it('should fold rows with text only in outlets not shown, and their differences', () => {
    const m = model();
    const items = displayItems(m, { shown: [0, 1], collapseIdentical: false, open: new Set() });
    expect(show(items)).toContain('fold hidden ×1');
    expect(visibleDifferences(m, [0, 1]).every((d) => d.article !== 2)).toBe(true);
    expect(
      visibleDifferences(m, [0, 1, 2]).some((d) => d.kind === 'unique' && d.article === 2),
    ).toBe(true);
  });

  it('should leave a lone boilerplate row of a few words (icons and marks are none) unfolded', () => {
    const layout = (furniture: string): string[] => {
      const base = testArticle('base.txt', [...SAME.slice(0, 2), furniture, ...SAME.slice(2)], {
        boilerplate: [2],
      });
      const other = testArticle('other.txt', [...SAME]);
      const m = buildViewModel(compareArticles([base, other], { base: 0 }));
      return show(displayItems(m, { shown: [0, 1], collapseIdentical: false, open: new Set() }));
    };
    expect(layout('→ ★ ★ ★ ★ 1.')).not.toContain('fold boilerplate ×1');
    expect(layout('share facebook twitter email print')).toContain('fold boilerplate ×1');
  });

  it('should find a row in its fold', () => {
    const m = model();
    const items = displayItems(m, { shown: [0, 1, 2], collapseIdentical: true, open: new Set() });
    const i = rowItemIndex(items)(rowIndex(3));
    expect(items[i]?.kind).toBe('fold');
  });

  it('should place every row at its own item, or at the closed fold that holds it', () => {
    const m = model();
    const layout = (open: ReadonlySet<string>): DisplayItem[] =>
      displayItems(m, { shown: [0, 1], collapseIdentical: true, open });
    const folds = layout(new Set()).flatMap((i) => (i.kind === 'fold' ? [i.key] : []));
    expect(folds.length).toBeGreaterThan(1);
    for (const open of [new Set<string>(), new Set(folds.slice(1))]) {
      const items = layout(open);
      const indexOf = rowItemIndex(items);
      for (const row of m.rows) {
        const item = items[indexOf(row.index)];
        expect(
          item?.kind === 'row'
            ? item.row.index === row.index
            : item?.open === false && item.rows.includes(row),
        ).toBe(true);
      }
    }
    expect(rowItemIndex([])(rowIndex(0))).toBe(-1);
  });
});

describe('unlistedDifferences', () => {
  it('should count the differences of each outlet without a column, and only those', () => {
    const m = model();
    const all = visibleDifferences(m, [0, 1, 2]).length;
    const herald = m.differences.filter((d) => d.article === 1).length;
    const post = m.differences.filter((d) => d.article === 2).length;
    expect(herald).toBeGreaterThan(0);
    expect(post).toBeGreaterThan(0);
    expect(unlistedDifferences(m, [0, 1, 2])).toEqual([]);
    expect(unlistedDifferences(m, [0, 1])).toEqual([{ article: 2, count: post }]);
    expect(unlistedDifferences(m, [0])).toEqual([
      { article: 1, count: herald },
      { article: 2, count: post },
    ]);
    // Law: listed and unlisted add up to every difference.
    for (const shown of [[0], [0, 1], [0, 2], [0, 1, 2]]) {
      const left = unlistedDifferences(m, shown).reduce((sum, u) => sum + u.count, 0);
      expect(visibleDifferences(m, shown).length + left).toBe(all);
    }
  });
});

describe('differencesHeading', () => {
  it('should say how many are listed, and of how many when some are not', () => {
    expect(differencesHeading(42, [])).toBe('Differences (42)');
    expect(differencesHeading(26, [{ article: 3, count: 16 }])).toBe('Differences (26 of 42)');
    expect(
      differencesHeading(0, [
        { article: 1, count: 2 },
        { article: 2, count: 3 },
      ]),
    ).toBe('Differences (0 of 5)');
  });
});

describe('unlistedHintEnd', () => {
  it('should speak of one outlet or several, one difference or several', () => {
    expect(unlistedHintEnd([{ article: 3, count: 16 }])).toBe(
      ' are not listed: it has no column. Tick it under Columns to list them.',
    );
    expect(unlistedHintEnd([{ article: 3, count: 1 }])).toBe(
      ' is not listed: it has no column. Tick it under Columns to list it.',
    );
    expect(
      unlistedHintEnd([
        { article: 1, count: 1 },
        { article: 3, count: 16 },
      ]),
    ).toBe(' are not listed: they have no column. Tick them under Columns to list them.');
  });
});

describe('foldLabel', () => {
  it('should count rows in words', () => {
    expect(foldLabel('identical', 3)).toBe('3 identical rows');
    expect(foldLabel('hidden', 1)).toBe('1 row only in outlets not shown');
  });
});

describe('slideStarts and slideOf', () => {
  it('should make one slide per row, not one per difference', () => {
    const m = model();
    const differences = visibleDifferences(m, [0, 1, 2]);
    const starts = slideStarts(differences);
    expect(starts.length).toBe(new Set(differences.map((d) => d.row)).size);
    expect(starts.map((s) => differences[s]?.row)).toEqual([
      ...new Set(differences.map((d) => d.row)),
    ]);
    expect(slideOf([0, 2, 5], 3)).toBe(1);
    expect(slideOf([0, 2, 5], -1)).toBe(0);
  });
});

describe('rulerMarks', () => {
  it('should give one mark per row, merging marks closer than the gap', () => {
    const m = model();
    const differences = visibleDifferences(m, [0, 1, 2]);
    const items = displayItems(m, { shown: [0, 1, 2], collapseIdentical: false, open: new Set() });
    const marks = rulerMarks(differences, items, 0);
    expect(marks.length).toBe(new Set(differences.map((d) => d.row)).size);
    const merged = rulerMarks(differences, items, 1);
    expect(merged.length).toBe(1);
    expect(merged[0]?.last).toBe(differences.length - 1);
    for (let i = 1; i < marks.length; i++) {
      expect((marks[i]?.position ?? 0) > (marks[i - 1]?.position ?? 0)).toBe(true);
    }
  });
});

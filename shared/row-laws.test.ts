import { describe, expect, it } from 'vitest';
import { compareArticles, compareSubset } from './compare';
import { articleIndex, paraIndex, type Row } from './model';
import { assertRowLaws } from './row-laws';
import { SAMPLE_ARTICLES } from './testing/sample-articles';
import { BugError } from './util/assert';

const comparison = compareArticles(SAMPLE_ARTICLES, { base: 0 });
const base = comparison.options.base;
const rows = comparison.rows;

/** The laws checked on the sample comparison with row `r` replaced. */
function withRow(r: number, change: (row: Row) => Row): () => void {
  const changed = rows.map((row, i) => (i === r ? change(row) : row));
  return () => assertRowLaws(comparison.articles, changed, base);
}

const sharedIndex = rows.findIndex((row) => row.kind === 'shared' && row.diffs.length === 2);
const shared = rows[sharedIndex] as Row;

describe('assertRowLaws', () => {
  it('should hold for the engine’s comparisons, of all articles or some', () => {
    expect(() => assertRowLaws(comparison.articles, rows, base)).not.toThrow();
    expect(() => compareSubset(comparison, [0, 2])).not.toThrow();
  });

  it('should find a paragraph in two rows, or in none', () => {
    const twice = withRow(sharedIndex + 1, (row) => ({
      ...row,
      cells: row.cells.map((c, k) => (k === 1 ? [...(shared.cells[1] ?? []), ...c] : c)),
    }));
    expect(twice).toThrow(BugError);
    expect(twice).toThrow(/is in two rows|not in order/);
    const dropped = () => assertRowLaws(comparison.articles, rows.slice(0, -1), base);
    expect(dropped).toThrow(/has a paragraph in no row/);
  });

  it('should find a cell out of order, and rows out of the base’s order', () => {
    const swapped = [...rows];
    [swapped[0], swapped[1]] = [swapped[1] as Row, swapped[0] as Row];
    expect(() => assertRowLaws(comparison.articles, swapped, base)).toThrow(
      /breaks the base's reading order/,
    );
    const reversed = withRow(sharedIndex, (row) => ({
      ...row,
      cells: row.cells.map((c) => [...c, paraIndex(0)].reverse()),
    }));
    expect(reversed).toThrow(BugError);
  });

  it('should find a shared row of one article, a pivot without text, and diffs of other cells', () => {
    expect(withRow(sharedIndex, (row) => ({ ...row, kind: 'unique' }))).toThrow(
      /a unique row with text from 3 articles/,
    );
    const emptyPivot = rows.findIndex((row) => row.cells.some((c) => c.length === 0));
    const empty = (rows[emptyPivot] as Row).cells.findIndex((c) => c.length === 0);
    expect(withRow(emptyPivot, (row) => ({ ...row, pivot: articleIndex(empty) }))).toThrow(
      /its pivot has no text/,
    );
    expect(withRow(sharedIndex, (row) => ({ ...row, diffs: row.diffs.slice(1) }))).toThrow(
      /its diffs are not those of its cells/,
    );
  });
});

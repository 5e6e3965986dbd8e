import { describe, expect, it } from 'vitest';
import { CELL_SEPARATOR } from '../cells';
import { paraIndex, type Comparison, type DiffPart } from '../model';
import { joinRows, moveParagraphToRow } from './alignment-edits';
import { anchorKey, anchorResolver, differenceAnchor, pairKey, rowAnchor } from './anchors';
import { compareProject } from './compare-project';
import { setBase } from './edits';
import { bridgeProject, ok } from '../testing/project';
import type { Anchor, ParagraphRef, Project } from './types';

const rowOf = (c: Comparison, { article, paragraph }: ParagraphRef): number =>
  c.rows.findIndex((r) => r.cells[article]?.includes(paraIndex(paragraph)));

const ref = (article: number, paragraph: number): ParagraphRef => ({ article, paragraph });

/** Every difference anchor of a comparison, with where it was made. */
function differences(
  c: Comparison,
): Array<{ anchor: Anchor; row: number; article: number; index: number }> {
  return c.rows.flatMap((row, r) =>
    row.diffs.flatMap((d) =>
      d.parts.flatMap((_, index) => {
        const anchor = differenceAnchor(c, r, d.article, index);
        return anchor === null ? [] : [{ anchor, row: r, article: d.article, index }];
      }),
    ),
  );
}

/** The bridge story with the herald's last two paragraphs in one row (cells of two paragraphs). */
function joinedProject(): Project {
  const project = bridgeProject();
  const c = compareProject(project);
  return ok(joinRows(project, c, rowOf(c, ref(0, 2)), rowOf(c, ref(0, 3)))).project;
}

describe('rowAnchor and differenceAnchor', () => {
  it('should resolve exactly in the comparison they were made from', () => {
    for (const project of [bridgeProject(), joinedProject()]) {
      const c = compareProject(project);
      const resolve = anchorResolver(c);
      c.rows.forEach((_, r) => {
        expect(resolve(rowAnchor(c, r)!)).toEqual({ row: r, part: null, exact: true });
      });
      const all = differences(c);
      expect(all.length).toBeGreaterThan(10);
      for (const { anchor, row, article, index } of all) {
        expect(resolve(anchor)).toEqual({ row, part: { article, index }, exact: true });
      }
    }
  });

  it('should place each side at its words in its own article, across paragraphs of a cell', () => {
    const c = compareProject(joinedProject());
    const sides = differences(c).flatMap(({ anchor }) =>
      anchor.kind === 'difference' ? anchor.sides : [],
    );
    expect(sides.some((s) => s.paragraph === 3 && s.article === 0)).toBe(true);
    for (const side of sides) {
      const paragraph = c.articles[side.article]!.paragraphs[side.paragraph]!.text;
      const firstPart = side.text.split(CELL_SEPARATOR)[0]!;
      expect(paragraph.startsWith(firstPart, side.offset), JSON.stringify(side)).toBe(true);
    }
  });

  it('should make no anchor for an equality or a missing part', () => {
    const c = compareProject(bridgeProject());
    const row = c.rows.findIndex((r) => r.diffs.length > 0);
    const diff = c.rows[row]!.diffs[0]!;
    const equal = diff.parts.findIndex((p) => p.kind === 'equal');
    expect(differenceAnchor(c, row, diff.article, equal)).toBeNull();
    expect(differenceAnchor(c, row, diff.article, 999)).toBeNull();
    expect(differenceAnchor(c, row, 99, 0)).toBeNull();
    expect(rowAnchor(c, 999)).toBeNull();
  });

  it('should give equal anchors equal keys and different anchors different keys', () => {
    const c = compareProject(bridgeProject());
    const keys = differences(c).map(({ anchor }) => anchorKey(anchor));
    const rows = c.rows.map((_, r) => anchorKey(rowAnchor(c, r)!));
    expect(new Set([...keys, ...rows]).size).toBe(keys.length + rows.length);
    expect(anchorKey(rowAnchor(compareProject(bridgeProject()), 1)!)).toBe(rows[1]);
  });
});

describe('anchors after a base change', () => {
  it('should find every row again, exactly', () => {
    const project = bridgeProject();
    const before = compareProject(project);
    for (const base of [1, 2]) {
      const after = compareProject(ok(setBase(project, base)).project);
      before.rows.forEach((row, r) => {
        const found = anchorResolver(after)(rowAnchor(before, r)!);
        expect(found?.exact).toBe(true);
        expect(after.rows[found!.row]?.cells).toEqual(row.cells);
      });
    }
  });

  it('should find a difference of two articles when the other becomes the base', () => {
    const project: Project = { ...bridgeProject(), articles: bridgeProject().articles.slice(0, 2) };
    const before = compareProject(project);
    const after = compareProject(ok(setBase(project, 1)).project);
    const resolve = anchorResolver(after);
    const sideTexts = (p: DiffPart): [string, string] => [
      p.kind === 'insert' ? '' : p.base,
      p.kind === 'delete' ? '' : p.other,
    ];
    const all = differences(before);
    let exact = 0;
    for (const { anchor } of all) {
      if (anchor.kind !== 'difference') {
        throw new Error('a difference anchor of a row');
      }
      const found = resolve(anchor);
      const row = after.rows[found?.row ?? -1]!;
      // The same paragraphs, now diffed the other way round: the herald against the courier.
      expect(row.cells).toEqual(before.rows[rowOf(before, anchor.paragraphs[0]!)]?.cells);
      expect(found?.part, JSON.stringify(anchor)).not.toBeNull();
      const parts = row.diffs.find((d) => d.article === found!.part!.article)!.parts;
      const part = parts[found!.part!.index]!;
      expect(part.kind).not.toBe('equal');
      // The sides swap: what the herald lacked (insert) is what the courier adds (delete).
      const [herald, courier] = anchor.sides;
      const swapped = parts.filter((p) => {
        const [base, other] = sideTexts(p);
        return p.kind !== 'equal' && base === courier.text && other === herald.text;
      });
      if (swapped.length === 1) {
        // The new diff has this change as it was: found there, exactly.
        expect(found).toEqual({ row: found!.row, part: found!.part, exact: true });
        expect(sideTexts(part)).toEqual([courier.text, herald.text]);
        exact++;
      } else if (swapped.length === 0) {
        // Word diffs are not symmetric where sentences are reordered (the mayor's quote):
        // found by the words it covers, not exactly.
        expect(found?.exact).toBe(false);
        const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
        const mine = new Set([...words(herald.text), ...words(courier.text)]);
        expect(
          sideTexts(part).some((t) => [...words(t)].some((w) => mine.has(w))),
          JSON.stringify({ anchor, part }),
        ).toBe(true);
      }
    }
    expect(exact).toBeGreaterThan(0);
    expect(exact).toBeLessThan(all.length);
  });

  it('should find the change covering a difference when a third article becomes the base', () => {
    const project = bridgeProject();
    const before = compareProject(project);
    const after = compareProject(ok(setBase(project, 2)).project);
    // The herald's "was forced to admit"-like wording against the courier's, in the cost row.
    const costRow = rowOf(before, ref(0, 1));
    const between = differences(before).filter(
      (d) => d.row === costRow && d.article === 1 && d.anchor.kind === 'difference',
    );
    expect(between.length).toBeGreaterThan(0);
    for (const { anchor } of between) {
      const found = anchorResolver(after)(anchor);
      expect(found?.row).toBe(rowOf(after, ref(0, 1)));
      expect(found?.exact).toBe(false);
      expect(found?.part, JSON.stringify(anchor)).not.toBeNull();
      const diff = after.rows[found!.row]!.diffs.find((d) => d.article === found!.part!.article)!;
      expect(diff.parts[found!.part!.index]!.kind).not.toBe('equal');
    }
  });
});

describe('anchors after a correction', () => {
  it('should follow the rest of a row a paragraph was moved out of', () => {
    const project = bridgeProject();
    const c = compareProject(project);
    const costRow = rowOf(c, ref(0, 1));
    const anchor = rowAnchor(c, costRow)!;
    expect(c.rows[costRow]?.cells).toEqual([[1], [3], [1]]);
    const moved = ok(moveParagraphToRow(project, c, ref(2, 1), rowOf(c, ref(0, 3)))).project;
    const after = compareProject(moved);
    const found = anchorResolver(after)(anchor);
    expect(found).toEqual({ row: rowOf(after, ref(0, 1)), part: null, exact: false });
    expect(after.rows[found!.row]?.cells).toEqual([[1], [3], []]);
  });

  it('should follow a row a paragraph was moved into', () => {
    const project = bridgeProject();
    const c = compareProject(project);
    const anchor = rowAnchor(c, rowOf(c, ref(0, 3)))!;
    const moved = ok(moveParagraphToRow(project, c, ref(2, 1), rowOf(c, ref(0, 3)))).project;
    const after = compareProject(moved);
    expect(anchorResolver(after)(anchor)).toEqual({
      row: rowOf(after, ref(2, 1)),
      part: null,
      exact: false,
    });
  });

  it('should keep a difference whose paragraphs stayed, and drop to the row when one left', () => {
    const project = bridgeProject();
    const c = compareProject(project);
    const costRow = rowOf(c, ref(0, 1));
    const kept = differences(c).filter((d) => d.row === costRow && d.article === 1);
    const lost = differences(c).filter((d) => d.row === costRow && d.article === 2);
    expect(kept.length).toBeGreaterThan(0);
    expect(lost.length).toBeGreaterThan(0);
    const moved = ok(moveParagraphToRow(project, c, ref(2, 1), rowOf(c, ref(0, 3)))).project;
    const after = compareProject(moved);
    const resolve = anchorResolver(after);
    for (const { anchor, article, index } of kept) {
      // The row changed (the gazette left), the herald–courier diff did not.
      expect(resolve(anchor)).toEqual({
        row: rowOf(after, ref(0, 1)),
        part: { article, index },
        exact: false,
      });
    }
    for (const { anchor } of lost) {
      expect(resolve(anchor)).toEqual({ row: rowOf(after, ref(0, 1)), part: null, exact: false });
    }
  });

  it('should break a tie for the row with the fewest other paragraphs, then the first listed', () => {
    const c = compareProject(bridgeProject());
    // One paragraph in each of two rows: the approval row (3 paragraphs) and the mayor row (2).
    const tie: Anchor = { kind: 'row', paragraphs: [ref(0, 0), ref(0, 3)] };
    expect(anchorResolver(c)(tie)?.row).toBe(rowOf(c, ref(0, 3)));
    const even: Anchor = { kind: 'row', paragraphs: [ref(0, 1), ref(0, 2)] };
    expect(anchorResolver(c)(even)?.row).toBe(rowOf(c, ref(0, 1)));
  });
});

describe('pairKey', () => {
  it('should give a pair and its mirror one key, and different pairs different keys', () => {
    const pair = { a: 2, paragraphA: 5, b: 0, paragraphB: 1 };
    const mirror = { a: 0, paragraphA: 1, b: 2, paragraphB: 5 };
    expect(pairKey(pair)).toBe(pairKey(mirror));
    const others = [
      { a: 2, paragraphA: 1, b: 0, paragraphB: 5 },
      { a: 0, paragraphA: 5, b: 1, paragraphB: 2 },
      { a: 1, paragraphA: 5, b: 0, paragraphB: 1 },
      { a: 2, paragraphA: 51, b: 0, paragraphB: 1 },
    ];
    expect(new Set([pair, ...others].map(pairKey)).size).toBe(5);
  });
});

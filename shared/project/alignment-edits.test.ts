/** Corrections through the whole engine: edit the project, recompare, look at the rows. */
import { describe, expect, it } from 'vitest';
import { paraIndex, type Comparison, type ManualAlignment } from '../model';
import { withIndices } from '../testing/indices';
import {
  clearCorrections,
  joinRows,
  linkParagraphs,
  moveParagraphToRow,
  splitOut,
} from './alignment-edits';
import { compareProject } from './compare-project';
import { setBase } from './edits';
import { bridgeProject, ok } from '../testing/project';
import type { ParagraphRef, Project } from './types';

const rowOf = (c: Comparison, { article, paragraph }: ParagraphRef): number =>
  c.rows.findIndex((r) => r.cells[article]?.includes(paraIndex(paragraph)));

/** The rows as `herald/courier/gazette` paragraph lists, e.g. `0/1/0 1/3/1`. */
const layout = (c: Comparison): string =>
  c.rows.map((r) => r.cells.map((cell) => cell.join('+') || '-').join('/')).join(' ');

const ref = (article: number, paragraph: number): ParagraphRef => ({ article, paragraph });

/** A project's links by hand, as `article:paragraph-article:paragraph`. */
const links = (p: Project): string[] =>
  p.manual.links.map((l) => `${l.a}:${l.paragraphA}-${l.b}:${l.paragraphB}`);

/** Deep-freezes a value, so an edit that mutates its input throws. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
}

// The gazette's "forced to admit the bridge will cost 40 million pounds" (2:1) sits with
// the cost paragraphs; the herald's and courier's mayor paragraphs (0:3, 1:4) form a row
// without the gazette.
const automatic = '-/0/- 0/1/0 1/3/1 2/2/2 3/4/-';

describe('moveParagraphToRow', () => {
  it('should put the paragraph in the target row, marked manual, and take it out of its row', () => {
    const project = frozen(bridgeProject());
    const before = compareProject(project);
    expect(layout(before)).toBe(automatic);
    const target = rowOf(before, ref(0, 3));
    const result = ok(moveParagraphToRow(project, before, ref(2, 1), target));
    // The mayor row holds no paragraph of the gazette: none to sit beside.
    expect(result.beside).toEqual([]);
    const moved = result.project;
    const after = compareProject(moved);
    const row = after.rows[rowOf(after, ref(2, 1))]!;
    expect(row.cells).toEqual([[3], [4], [1]]);
    expect(row.manual).toBe(true);
    expect(rowOf(after, ref(2, 1))).not.toBe(rowOf(after, ref(0, 1)));
    expect(
      after.links.filter((l) => l.manual).map((l) => [l.a, l.paragraphA, l.b, l.paragraphB]),
    ).toEqual([
      [0, 3, 2, 1],
      [1, 4, 2, 1],
    ]);
    expect(moved.manual.unlinks).toEqual([
      { a: 0, paragraphA: 1, b: 2, paragraphB: 1 },
      { a: 1, paragraphA: 3, b: 2, paragraphB: 1 },
    ]);
  });

  it('should keep the paragraphs of its article in the target row, the moved one beside them', () => {
    const project = frozen(bridgeProject());
    const c = compareProject(project);
    // The herald's approval paragraph moved into the mayor row, which holds the herald's
    // mayor paragraph: linking the moved one alone, the engine put the mayor paragraph out.
    const result = ok(moveParagraphToRow(project, c, ref(0, 0), rowOf(c, ref(0, 3))));
    expect(result.beside).toEqual([3]);
    // Both linked to the row's courier paragraph; the herald's left its approval row.
    expect(links(result.project)).toEqual(['0:0-1:4', '0:3-1:4']);
    expect(result.project.manual.unlinks).toEqual([
      { a: 0, paragraphA: 0, b: 1, paragraphB: 1 },
      { a: 0, paragraphA: 0, b: 2, paragraphB: 0 },
    ]);
    for (const base of [0, 1, 2]) {
      const after = compareProject(ok(setBase(result.project, base)).project);
      const row = after.rows[rowOf(after, ref(0, 0))]!;
      expect(row.cells).toEqual([[0, 3], [4], []]);
      expect(row.manual).toBe(true);
      expect(after.rows[rowOf(after, ref(1, 1))]?.cells).toEqual([[], [1], [0]]);
    }
  });

  it('should name every paragraph of its article it sits beside', () => {
    const project = bridgeProject();
    const c = compareProject(project);
    // The herald's approval paragraph moved into its cost row, then its residents paragraph
    // into the same row, which holds two herald paragraphs by then.
    const once = ok(moveParagraphToRow(project, c, ref(0, 0), rowOf(c, ref(0, 1))));
    expect(once.beside).toEqual([1]);
    const o = compareProject(once.project);
    expect(o.rows[rowOf(o, ref(0, 1))]?.cells).toEqual([[0, 1], [3], [1]]);
    const twice = ok(moveParagraphToRow(once.project, o, ref(0, 2), rowOf(o, ref(0, 1))));
    expect(twice.beside).toEqual([0, 1]);
    const after = compareProject(twice.project);
    expect(after.rows[rowOf(after, ref(0, 2))]?.cells).toEqual([[0, 1, 2], [3], [1]]);
  });

  it('should keep the move whatever the base', () => {
    const project = bridgeProject();
    const c = compareProject(project);
    const moved = ok(moveParagraphToRow(project, c, ref(2, 1), rowOf(c, ref(0, 3)))).project;
    for (const base of [0, 1, 2]) {
      const after = compareProject(ok(setBase(moved, base)).project);
      expect(after.rows[rowOf(after, ref(2, 1))]?.cells).toEqual([[3], [4], [1]]);
    }
  });

  it('should refuse what cannot be moved, saying why', () => {
    const project = bridgeProject();
    const c = compareProject(project);
    const message = (r: ReturnType<typeof moveParagraphToRow>) => (r.ok ? 'ok' : r.message);
    expect(message(moveParagraphToRow(project, c, ref(1, 0), 1))).toBe(
      'Paragraph 1 of courier.txt is boilerplate, which is never aligned.',
    );
    expect(message(moveParagraphToRow(project, c, ref(0, 1), rowOf(c, ref(0, 1))))).toBe(
      'That paragraph is already in row 3.',
    );
    expect(message(moveParagraphToRow(project, c, ref(0, 1), 0))).toBe(
      'Row 1 has no paragraph of another article to align this paragraph with.',
    );
    expect(message(moveParagraphToRow(project, c, ref(0, 1), 99))).toBe('There is no row 100.');
  });

  it('should refuse a comparison of another state of the project', () => {
    const project = bridgeProject();
    const c = compareProject(project);
    const moved = ok(moveParagraphToRow(project, c, ref(2, 1), rowOf(c, ref(0, 3)))).project;
    const stale = moveParagraphToRow(moved, c, ref(2, 2), rowOf(c, ref(0, 3)));
    expect(stale).toEqual({
      ok: false,
      message: 'The comparison is still being updated; try again when it is shown.',
    });
  });
});

describe('splitOut', () => {
  it('should give the paragraph a row of its own, which the engine does not refill', () => {
    const project = frozen(bridgeProject());
    const c = compareProject(project);
    const split = ok(splitOut(project, c, ref(1, 2))).project;
    const after = compareProject(split);
    const row = after.rows[rowOf(after, ref(1, 2))]!;
    expect(row.cells).toEqual([[], [2], []]);
    expect(row.kind).toBe('unique');
    // Its former row keeps its other paragraphs.
    expect(after.rows[rowOf(after, ref(0, 2))]?.cells).toEqual([[2], [], [2]]);
    // Unlinked from every paragraph of the other articles, boilerplate aside.
    expect(split.manual.unlinks).toHaveLength(4 + 3);
    expect(splitOut(split, after, ref(1, 2))).toEqual({
      ok: false,
      message: 'That paragraph already stands in a row of its own.',
    });
  });
});

describe('joinRows', () => {
  it('should make one row of two, marked manual, whatever the base', () => {
    const project = frozen(bridgeProject());
    const c = compareProject(project);
    const joined = ok(joinRows(project, c, rowOf(c, ref(0, 2)), rowOf(c, ref(0, 3)))).project;
    for (const base of [0, 1, 2]) {
      const after = compareProject(ok(setBase(joined, base)).project);
      const row = after.rows[rowOf(after, ref(0, 2))]!;
      expect(row.cells).toEqual([[2, 3], [2, 4], [2]]);
      expect(row.manual).toBe(true);
    }
  });

  it('should undo a split when the rows are joined again', () => {
    const project = bridgeProject();
    const c = compareProject(project);
    const split = ok(splitOut(project, c, ref(1, 2))).project;
    const apart = compareProject(split);
    const joined = ok(
      joinRows(split, apart, rowOf(apart, ref(1, 2)), rowOf(apart, ref(0, 2))),
    ).project;
    const after = compareProject(joined);
    expect(after.rows[rowOf(after, ref(1, 2))]?.cells).toEqual([[2], [2], [2]]);
  });

  it('should refuse to join a row with itself or rows of one article', () => {
    const project = bridgeProject();
    const c = compareProject(project);
    expect(joinRows(project, c, 1, 1)).toEqual({
      ok: false,
      message: 'Pick two different rows to join.',
    });
    const split = ok(splitOut(project, c, ref(1, 2))).project;
    const apart = compareProject(split);
    const moved = ok(splitOut(split, apart, ref(1, 3))).project;
    const twice = compareProject(moved);
    expect(joinRows(moved, twice, rowOf(twice, ref(1, 2)), rowOf(twice, ref(1, 3))).ok).toBe(false);
  });
});

describe('linkParagraphs', () => {
  it('should put two linked paragraphs in one row', () => {
    const project = bridgeProject();
    const c = compareProject(project);
    expect(rowOf(c, ref(2, 2))).not.toBe(rowOf(c, ref(0, 3)));
    const linked = ok(linkParagraphs(project, c, ref(2, 2), ref(0, 3))).project;
    const after = compareProject(linked);
    expect(rowOf(after, ref(2, 2))).toBe(rowOf(after, ref(0, 3)));
    expect(after.rows[rowOf(after, ref(0, 3))]?.manual).toBe(true);
    expect(linkParagraphs(linked, after, ref(0, 3), ref(2, 2))).toEqual({
      ok: false,
      message: 'These paragraphs are already linked.',
    });
  });

  it('should bring a split paragraph back into the row of the one it is linked to', () => {
    const project = bridgeProject();
    const split = ok(splitOut(project, compareProject(project), ref(1, 2))).project;
    const apart = compareProject(split);
    const linked = ok(linkParagraphs(split, apart, ref(1, 2), ref(0, 2))).project;
    const after = compareProject(linked);
    expect(after.rows[rowOf(after, ref(1, 2))]?.cells).toEqual([[2], [2], [2]]);
  });

  it.each([
    ['the moved paragraph', ref(2, 1), ref(0, 1)],
    ['the paragraph it is linked with', ref(0, 1), ref(2, 1)],
  ])(
    'should take a paragraph moved into a row out of it when linked into another, not pull the two rows together (%s picked first)',
    (_, first, second) => {
      const project = bridgeProject();
      const c = compareProject(project);
      // The gazette's cost paragraph moved into the mayor row, then linked with the herald's
      // cost paragraph after all.
      const moved = ok(moveParagraphToRow(project, c, ref(2, 1), rowOf(c, ref(0, 3)))).project;
      const m = compareProject(moved);
      expect(m.rows[rowOf(m, ref(2, 1))]?.cells).toEqual([[3], [4], [1]]);
      expect(links(moved)).toEqual(['0:3-2:1', '1:4-2:1']);
      const result = ok(linkParagraphs(moved, m, first, second));
      const after = compareProject(result.project);
      expect(after.rows[rowOf(after, ref(2, 1))]?.cells).toEqual([[1], [3], [1]]);
      // The move's links give way, and the edit says so; no link is written in their place:
      // the mayor row is the engine's again, as it was before the move.
      expect(links(result.project)).toEqual(['0:1-2:1']);
      expect(result.letGo).toEqual([{ paragraph: ref(2, 1), mates: [ref(0, 3), ref(1, 4)] }]);
      expect(after.rows[rowOf(after, ref(0, 3))]?.cells).toEqual([[3], [4], []]);
      expect(after.rows[rowOf(after, ref(0, 3))]?.manual).toBe(false);
      expect(layout(after)).toBe(automatic);
    },
  );

  it('should keep or name every link the user made, and write none they did not', () => {
    const project = bridgeProject();
    const c = compareProject(project);
    // The gazette's cost paragraph linked with the herald's, where the engine put it anyway.
    const once = ok(linkParagraphs(project, c, ref(2, 1), ref(0, 1)));
    expect(links(once.project)).toEqual(['0:1-2:1']);
    const o = compareProject(once.project);
    // Then with the herald's mayor paragraph: keeping the first link would put two herald
    // paragraphs in one row; it gives way, and the edit names it. The row it leaves is the
    // engine's: no link the user never made holds it.
    const twice = ok(linkParagraphs(once.project, o, ref(2, 1), ref(0, 3)));
    expect(links(twice.project)).toEqual(['0:3-2:1']);
    expect([once.letGo, twice.letGo]).toEqual([[], [{ paragraph: ref(2, 1), mates: [ref(0, 1)] }]]);
    const after = compareProject(twice.project);
    expect(after.rows[rowOf(after, ref(0, 3))]?.cells).toEqual([[3], [4], [1]]);
    expect(after.rows[rowOf(after, ref(0, 1))]?.cells).toEqual([[1], [3], []]);
    expect(after.rows[rowOf(after, ref(0, 1))]?.manual).toBe(false);
  });

  it.each([
    ['the engine-placed paragraph', ref(2, 1), ref(0, 3)],
    ['the linked paragraph', ref(0, 3), ref(2, 1)],
  ])(
    'should keep a link by hand that puts no two paragraphs of one article in a row (%s picked first)',
    (_, first, second) => {
      const project = bridgeProject();
      const c = compareProject(project);
      // The mayor row's paragraphs linked by hand, then the gazette's cost paragraph (which
      // the engine put in the cost row, nothing holding it there) linked into it.
      const paired = ok(linkParagraphs(project, c, ref(0, 3), ref(1, 4))).project;
      const p = compareProject(paired);
      const linked = ok(linkParagraphs(paired, p, first, second));
      expect([links(linked.project), linked.letGo]).toEqual([['0:3-1:4', '0:3-2:1'], []]);
      const after = compareProject(linked.project);
      expect(after.rows[rowOf(after, ref(0, 3))]?.cells).toEqual([[3], [4], [1]]);
      expect(after.rows[rowOf(after, ref(0, 1))]?.cells).toEqual([[1], [3], []]);
    },
  );

  it('should build a row by linking one paragraph to several', () => {
    const project = bridgeProject();
    const split = ok(splitOut(project, compareProject(project), ref(2, 1))).project;
    const apart = compareProject(split);
    const paired = ok(linkParagraphs(split, apart, ref(0, 3), ref(1, 4))).project;
    const p = compareProject(paired);
    const linked = ok(linkParagraphs(paired, p, ref(0, 3), ref(2, 1)));
    const after = compareProject(linked.project);
    expect(after.rows[rowOf(after, ref(0, 3))]?.cells).toEqual([[3], [4], [1]]);
    expect([links(linked.project), linked.letGo]).toEqual([['0:3-1:4', '0:3-2:1'], []]);
  });

  it('should name the pairs kept apart that a link drops', () => {
    // The herald's and courier's cost paragraphs kept apart; the gazette's stays with the
    // herald's, the courier's stands alone.
    const project: Project = {
      ...bridgeProject(),
      manual: withIndices<ManualAlignment>({
        links: [],
        unlinks: [{ a: 0, paragraphA: 1, b: 1, paragraphB: 3 }],
      }),
    };
    const c = compareProject(project);
    expect(c.rows[rowOf(c, ref(2, 1))]?.cells).toEqual([[1], [], [1]]);
    // The courier's linked with the gazette's: the pair kept apart gives way, named.
    const linked = ok(linkParagraphs(project, c, ref(1, 3), ref(2, 1)));
    expect(linked.project.manual.unlinks).toEqual([]);
    expect([linked.letGo, linked.apart]).toEqual([
      [],
      [{ paragraph: ref(1, 3), mates: [ref(0, 1)] }],
    ]);
    // No pair kept apart dropped, none named; nor the two linked, whose link replaces it.
    expect(
      ok(linkParagraphs(bridgeProject(), compareProject(bridgeProject()), ref(1, 3), ref(2, 1)))
        .apart,
    ).toEqual([]);
  });

  it('should replace an unlink of the same two paragraphs', () => {
    const project: Project = {
      ...bridgeProject(),
      manual: withIndices<ManualAlignment>({
        links: [],
        unlinks: [{ a: 0, paragraphA: 0, b: 1, paragraphB: 1 }],
      }),
    };
    const c = compareProject(project);
    expect(rowOf(c, ref(0, 0))).not.toBe(rowOf(c, ref(1, 1)));
    const result = ok(linkParagraphs(project, c, ref(1, 1), ref(0, 0)));
    expect(result.apart).toEqual([]);
    const linked = result.project;
    expect(linked.manual).toEqual({
      links: [{ a: 0, paragraphA: 0, b: 1, paragraphB: 1 }],
      unlinks: [],
    });
    const after = compareProject(linked);
    expect(rowOf(after, ref(0, 0))).toBe(rowOf(after, ref(1, 1)));
  });
});

describe('clearCorrections', () => {
  it('should let the engine place the paragraph again', () => {
    const project = bridgeProject();
    const c = compareProject(project);
    const moved = ok(moveParagraphToRow(project, c, ref(2, 1), rowOf(c, ref(0, 3)))).project;
    const cleared = ok(clearCorrections(moved, ref(2, 1))).project;
    expect(cleared.manual).toEqual({ links: [], unlinks: [] });
    expect(layout(compareProject(cleared))).toBe(automatic);
  });
});

describe('a row the user built', () => {
  it('should stay together when the paragraph that linked it moves away', () => {
    const project: Project = bridgeProject();
    const c = compareProject(project);
    // The courier's mayor paragraph alone, then joined to the approval row, whose first
    // paragraph (the herald's 0) is the hub linking it in.
    const split = ok(splitOut(project, c, ref(1, 4))).project;
    const s = compareProject(split);
    const joined = ok(joinRows(split, s, rowOf(s, ref(0, 0)), rowOf(s, ref(1, 4)))).project;
    const j = compareProject(joined);
    expect(j.rows[rowOf(j, ref(1, 4))]?.cells).toEqual([[0], [1, 4], [0]]);
    const moved = ok(moveParagraphToRow(joined, j, ref(0, 0), rowOf(j, ref(0, 1)))).project;
    const after = compareProject(moved);
    expect(after.rows[rowOf(after, ref(0, 0))]?.cells).toEqual([[0, 1], [3], [1]]);
    expect(after.rows[rowOf(after, ref(1, 4))]?.cells).toEqual([[], [1, 4], [0]]);
  });
});

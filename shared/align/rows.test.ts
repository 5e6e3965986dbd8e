import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../util/random';
import { buildRows, type Link, type RowArticle } from './rows';

const plain = (...counts: number[]): RowArticle[] =>
  counts.map((n) => ({ paragraphCount: n, boilerplate: new Array<boolean>(n).fill(false) }));

/** `a.p-b.q@score` → a link. */
const links = (...list: string[]): Link[] =>
  list.map((s) => {
    const [pair, score] = s.split('@');
    const [left, right] = pair!.split('-');
    const [articleA, paraA] = left!.split('.').map(Number);
    const [articleB, paraB] = right!.split('.').map(Number);
    return {
      articleA: articleA!,
      paraA: paraA!,
      articleB: articleB!,
      paraB: paraB!,
      score: Number(score ?? 0.9),
    };
  });

/** Rows as `0:1 1:0,2 2:-` strings (article:paragraphs), in row order. */
const show = (rows: ReadonlyArray<{ cells: ReadonlyArray<ReadonlyArray<number>> }>) =>
  rows.map((r) => r.cells.map((c, k) => `${k}:${c.join(',') || '-'}`).join(' '));

/**
 * Random articles (2 to 1 + `articles`, each of 1 to `paragraphs` paragraphs) and up to
 * `tries` links between paragraphs of two different articles, with scores to 0.01.
 */
function randomLinks(random: () => number, articles: number, paragraphs: number, tries: number) {
  const counts = Array.from(
    { length: 2 + Math.floor(random() * articles) },
    () => 1 + Math.floor(random() * paragraphs),
  );
  const list: Link[] = [];
  for (let i = 0; i < tries; i++) {
    const a = Math.floor(random() * counts.length);
    const b = Math.floor(random() * counts.length);
    if (a !== b) {
      list.push({
        articleA: a,
        paraA: Math.floor(random() * counts[a]!),
        articleB: b,
        paraB: Math.floor(random() * counts[b]!),
        score: Math.round(random() * 100) / 100,
      });
    }
  }
  return { counts, list };
}

describe('buildRows', () => {
  it('should join three outlets that all link to each other in one row', () => {
    const rows = buildRows(plain(1, 1, 1), links('0.0-1.0', '0.0-2.0', '1.0-2.0'), 0);
    expect(show(rows)).toEqual(['0:0 1:0 2:0']);
    expect(rows[0]!.kind).toBe('shared');
    expect(rows[0]!.confidence).toBeCloseTo(0.9, 12);
  });

  it('should keep a third outlet that only one of two linked outlets found, with a lower confidence', () => {
    // Two of three pairs linked: the row holds, and says it is less sure.
    const rows = buildRows(plain(1, 1, 1), links('0.0-1.0', '1.0-2.0'), 0);
    expect(show(rows)).toEqual(['0:0 1:0 2:0']);
    expect(rows[0]!.confidence).toBeCloseTo((0.9 + 0.9) / 3, 12);
  });

  it('should not let a weak link carry a third outlet into a row beside a paragraph it has no link to', () => {
    // C0 links to B0 only: a strong link holds it in the row, one under even odds does not.
    const strong = buildRows(plain(1, 1, 1), links('0.0-1.0@0.9', '1.0-2.0@0.9'), 0);
    expect(show(strong)).toEqual(['0:0 1:0 2:0']);
    const weak = buildRows(plain(1, 1, 1), links('0.0-1.0@0.9', '1.0-2.0@0.2'), 0);
    expect(show(weak)).toContain('0:0 1:0 2:-');
    expect(show(weak)).toContain('0:- 1:- 2:0');
    // Linked to both, the weak link's paragraph stays.
    const both = buildRows(plain(1, 1, 1), links('0.0-1.0@0.9', '1.0-2.0@0.2', '0.0-2.0@0.3'), 0);
    expect(show(both)).toEqual(['0:0 1:0 2:0']);
  });

  it("should keep a weak link whole between two articles: it is the matcher's answer", () => {
    const rows = buildRows(plain(1, 1), links('0.0-1.0@0.15'), 0);
    expect(show(rows)).toEqual(['0:0 1:0']);
    // A split beside a weak link still joins its row.
    const split = buildRows(plain(1, 2), links('0.0-1.0@0.9', '0.0-1.1@0.15'), 0);
    expect(show(split)).toEqual(['0:0 1:0,1']);
  });

  it('should not turn a chain of single links into one row', () => {
    // A0~B0, B0~C0, C0~D0: each join would put more unlinked pairs than linked ones side by side.
    const rows = buildRows(
      plain(1, 1, 1, 1),
      links('0.0-1.0@0.9', '1.0-2.0@0.8', '2.0-3.0@0.7'),
      0,
    );
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(row.cells.filter((c) => c.length > 0).length).toBeLessThan(4);
    }
  });

  it('should keep a split: one paragraph beside two of another outlet', () => {
    const rows = buildRows(plain(1, 3), links('0.0-1.0', '0.0-1.1'), 0);
    expect(show(rows)).toContain('0:0 1:0,1');
  });

  it('should never let two outlets split inside one row', () => {
    const rows = buildRows(plain(2, 2), links('0.0-1.0', '0.0-1.1', '0.1-1.0', '0.1-1.1'), 0);
    for (const row of rows) {
      expect(row.cells.filter((c) => c.length > 1).length).toBeLessThan(2);
    }
  });

  it('should keep boilerplate alone and follow the base order', () => {
    const articles: RowArticle[] = [
      { paragraphCount: 3, boilerplate: [false, true, false] },
      { paragraphCount: 2, boilerplate: [false, false] },
    ];
    const rows = buildRows(articles, links('0.2-1.0', '0.0-1.1'), 0);
    expect(show(rows)).toEqual(['0:0 1:1', '0:1 1:-', '0:2 1:0']);
    expect(rows.map((r) => r.kind)).toEqual(['shared', 'boilerplate', 'shared']);
  });

  it('should move a paragraph to the row it links to best when the joins left it elsewhere', () => {
    // A0 with B's two parts and C0 make one row first (C0 joined early, on a strong link);
    // D's two parts, E0 and F0 make another. C0 links to D0, E0 and F0 too, but the two
    // rows cannot join (two outlets split in one row), so C0 stayed beside two paragraphs
    // that do not link to it. It moves where three of four link to it.
    const rows = buildRows(
      plain(1, 2, 1, 2, 1, 1),
      links(
        '0.0-1.0@0.99',
        '0.0-2.0@0.98',
        '0.0-1.1@0.97',
        '3.0-4.0@0.96',
        '3.1-4.0@0.955',
        '4.0-5.0@0.95',
        '3.0-5.0@0.95',
        '3.1-5.0@0.95',
        '2.0-3.0@0.6',
        '2.0-4.0@0.6',
        '2.0-5.0@0.6',
      ),
      0,
    );
    expect(show(rows)).toEqual(['0:- 1:- 2:0 3:0,1 4:0 5:0', '0:0 1:0,1 2:- 3:- 4:- 5:-']);
  });

  it('should take a paragraph out of a row that grew around it without linking to it', () => {
    // P0 and Q0 join first; then Q0 brings in four outlets that link to each other and to
    // Q0, none of them to P0: one link against four paragraphs beside it.
    const clique = ['2.0-3.0', '2.0-4.0', '2.0-5.0', '3.0-4.0', '3.0-5.0', '4.0-5.0'];
    const rows = buildRows(
      plain(1, 1, 1, 1, 1, 1),
      links(
        '0.0-1.0@0.99',
        ...clique.map((l) => `${l}@0.9`),
        ...['1.0-2.0', '1.0-3.0', '1.0-4.0', '1.0-5.0'].map((l) => `${l}@0.8`),
      ),
      1,
    );
    expect(show(rows)).toEqual(['0:0 1:- 2:- 3:- 4:- 5:-', '0:- 1:0 2:0 3:0 4:0 5:0']);
  });

  it('should not move a paragraph that holds its row together', () => {
    // B0 is the only link between A0 and C0; it links better to the row of D0-G0, but
    // leaving would split its row into two paragraphs that nothing links.
    const clique = ['3.0-4.0', '3.0-5.0', '3.0-6.0', '4.0-5.0', '4.0-6.0', '5.0-6.0'];
    const rows = buildRows(
      plain(1, 1, 1, 1, 1, 1, 1),
      links(
        '0.0-1.0@0.99',
        '1.0-2.0@0.98',
        ...clique.map((l) => `${l}@0.9`),
        ...['1.0-3.0', '1.0-4.0', '1.0-5.0', '1.0-6.0'].map((l) => `${l}@0.5`),
      ),
      0,
    );
    expect(show(rows)).toEqual(['0:- 1:- 2:- 3:0 4:0 5:0 6:0', '0:0 1:0 2:0 3:- 4:- 5:- 6:-']);
  });

  it('should put every paragraph in exactly one row, on random links (seeded)', () => {
    const random = mulberry32(5);
    for (let run = 0; run < 200; run++) {
      const { counts, list } = randomLinks(random, 4, 6, 12);
      const base = Math.floor(random() * counts.length);
      const rows = buildRows(plain(...counts), list, base);
      counts.forEach((n, k) => {
        const seen = rows.flatMap((r) => r.cells[k] ?? []).sort((x, y) => x - y);
        expect(seen).toEqual(Array.from({ length: n }, (_, i) => i));
      });
      const baseOrder = rows.flatMap((r) =>
        r.cells[base]?.length ? [Math.min(...r.cells[base]!)] : [],
      );
      expect(baseOrder).toEqual([...baseOrder].sort((x, y) => x - y));
      for (const row of rows) {
        expect(row.confidence).toBeGreaterThanOrEqual(0);
        expect(row.confidence).toBeLessThanOrEqual(1);
        // At most one outlet split inside a row, and every paragraph of the row reached
        // from any other through links inside it.
        expect(row.cells.filter((c) => c.length > 1).length).toBeLessThanOrEqual(1);
        const inRow = row.cells.flatMap((c, k) => c.map((p) => `${k}.${p}`));
        const reached = new Set(inRow.slice(0, 1));
        for (let grew = true; grew;) {
          grew = false;
          for (const l of list) {
            const [u, v] = [`${l.articleA}.${l.paraA}`, `${l.articleB}.${l.paraB}`];
            if (inRow.includes(u) && inRow.includes(v) && reached.has(u) !== reached.has(v)) {
              reached.add(u);
              reached.add(v);
              grew = true;
            }
          }
        }
        expect(reached.size).toBe(inRow.length);
      }
    }
  });
});

describe('buildRows with neighbour lists', () => {
  it('should count only the pairs of articles that were matched with each other', () => {
    // A chain of links between articles matched in a chain only: no pair a join puts side
    // by side goes against it.
    const chain = links('0.0-1.0@0.9', '1.0-2.0@0.8', '2.0-3.0@0.7');
    const rows = buildRows(plain(1, 1, 1, 1), chain, 0, undefined, [], [[1], [0, 2], [1, 3], [2]]);
    expect(show(rows)).toEqual(['0:0 1:0 2:0 3:0']);
    expect(rows[0]!.confidence).toBeCloseTo((0.9 + 0.8 + 0.7) / 3, 12);
  });

  it('should build the rows it builds without lists when every article lists every other (seeded)', () => {
    const random = mulberry32(9);
    for (let run = 0; run < 200; run++) {
      const { counts, list } = randomLinks(random, 5, 5, 20);
      const every = counts.map((_, k) => counts.flatMap((__, j) => (j === k ? [] : [j])));
      const base = Math.floor(random() * counts.length);
      expect(buildRows(plain(...counts), list, base, undefined, [], every)).toEqual(
        buildRows(plain(...counts), list, base),
      );
    }
  });
});

describe('buildRows with the user corrections', () => {
  it('should keep a pair the user separated apart when a paragraph moves out on its own twice', () => {
    // Found by a randomized check: a paragraph that left its row, was joined by others and
    // left again must start a row of its own, not fall back into the one it had started.
    const automatic = links(
      ...'15.0-5.0@0.8 18.0-6.0@0.4 10.0-19.0@1 2.1-4.0@0.8 10.0-18.0@0.5 10.0-5.0@0.3 20.1-9.0@0.4 18.0-15.0@0.7 12.1-20.1@0.2 13.1-17.1@0.1 9.0-13.0@0.9 16.0-13.1@0.6 4.0-16.0@0.7 15.0-6.0@0.4 17.1-12.1@0.4 8.0-18.0@0.3 21.0-10.0@0.6 16.0-10.0@0.4 9.0-5.0@0.2 5.1-6.0@0.8 13.1-1.0@0.7 17.0-5.1@0.9 20.1-17.0@0.5 21.0-19.0@0.8 8.0-12.1@0.8 8.0-5.0@0.7 13.0-15.0@0.5 10.0-13.0@0.7 18.0-9.0@1 11.1-10.0@0.1 21.0-20.1@0 17.1-18.0@0.8 16.0-19.0@0.9 20.1-19.0@0.1 1.0-16.0@0.8 6.0-9.0@0.6 15.0-17.1@0.2 10.0-1.0@0 10.0-15.0@0.6 8.0-6.0@0.6 21.0-11.1@0.9 13.0-18.0@0.7 9.0-10.0@0.8 13.1-4.0@0.9 20.1-13.0@0.8'.split(
        ' ',
      ),
    );
    const manual = { articleA: 9, paraA: 0, articleB: 12, paraB: 1, score: 0, manual: true };
    const apart = [{ articleA: 17, paraA: 1, articleB: 4, paraB: 0 }];
    const rows = buildRows(
      plain(2, 2, 2, 1, 2, 2, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 2, 2, 1, 1, 2, 1),
      [...automatic, manual],
      8,
      undefined,
      apart,
    );
    for (const row of rows) {
      expect(row.cells[17]!.includes(1) && row.cells[4]!.includes(0)).toBe(false);
    }
  });

  it('should keep every law on random links, manual links and pairs kept apart (seeded)', () => {
    const random = mulberry32(11);
    const int = (n: number) => Math.floor(random() * n);
    for (let run = 0; run < 2000; run++) {
      const counts = Array.from({ length: 2 + int(24) }, () => 1 + int(2));
      const pick = () => {
        const a = int(counts.length);
        let b = int(counts.length);
        while (b === a) {
          b = int(counts.length);
        }
        return { articleA: a, paraA: int(counts[a]!), articleB: b, paraB: int(counts[b]!) };
      };
      const list: Link[] = Array.from({ length: int(60) }, () => ({
        ...pick(),
        score: Math.round(random() * 10) / 10,
        ...(random() < 0.05 ? { manual: true } : {}),
      }));
      const apart = Array.from({ length: int(12) }, pick).filter(
        (p) =>
          !list.some(
            (l) =>
              l.manual &&
              ((l.articleA === p.articleA && l.paraA === p.paraA) ||
                (l.articleB === p.articleB && l.paraB === p.paraB) ||
                (l.articleA === p.articleB && l.paraA === p.paraB) ||
                (l.articleB === p.articleA && l.paraB === p.paraA)),
          ),
      );
      const rows = buildRows(plain(...counts), list, int(counts.length), undefined, apart);
      const rowOf = new Map<string, number>();
      rows.forEach((row, r) =>
        row.cells.forEach((c, k) => c.forEach((p) => rowOf.set(`${k}.${p}`, r))),
      );
      expect(rowOf.size).toBe(counts.reduce((a, b) => a + b, 0));
      for (const p of apart) {
        expect(rowOf.get(`${p.articleA}.${p.paraA}`)).not.toBe(
          rowOf.get(`${p.articleB}.${p.paraB}`),
        );
      }
      rows.forEach((row, r) => {
        const inRow = [...rowOf].filter(([, x]) => x === r).map(([key]) => key);
        const reached = new Set(inRow.slice(0, 1));
        for (let grew = true; grew;) {
          grew = false;
          for (const l of list) {
            const [u, v] = [`${l.articleA}.${l.paraA}`, `${l.articleB}.${l.paraB}`];
            if (rowOf.get(u) === r && rowOf.get(v) === r && reached.has(u) !== reached.has(v)) {
              reached.add(u);
              reached.add(v);
              grew = true;
            }
          }
        }
        expect(reached.size).toBe(inRow.length);
      });
    }
  });

  it('should keep a manual link even where the other links would refuse the join', () => {
    // A0, B0 and D0 link to each other; C0 links to A0 only: one link against three pairs
    // the join would put side by side, so the automatic rows keep C0 apart.
    const automatic = links('0.0-1.0@0.9', '0.0-3.0@0.9', '1.0-3.0@0.9', '0.0-2.0@0.5');
    expect(show(buildRows(plain(1, 1, 1, 1), automatic, 0)).sort()).toEqual([
      '0:- 1:- 2:0 3:-',
      '0:0 1:0 2:- 3:0',
    ]);
    const list = [
      ...automatic.slice(0, 3),
      { articleA: 0, paraA: 0, articleB: 2, paraB: 0, score: 1, manual: true },
    ];
    const rows = buildRows(plain(1, 1, 1, 1), list, 0);
    expect(show(rows)).toEqual(['0:0 1:0 2:0 3:0']);
    expect(rows[0]!.manual).toBe(true);
  });

  it('should let a row the user made with two split outlets take a third outlet that links to it', () => {
    // The user joined 0.0+0.1 with 1.0+1.1 (two outlets split in one row, beyond what the
    // engine makes); outlet 2's paragraph links to one part of each.
    const manual = links('0.0-1.0@1', '0.1-1.0@1', '0.0-1.1@1').map((l) => ({
      ...l,
      manual: true,
    }));
    const rows = buildRows(plain(2, 2, 1), [...manual, ...links('0.1-2.0@0.9', '1.1-2.0@0.9')], 0);
    expect(show(rows)).toEqual(['0:0,1 1:0,1 2:0']);
    // Engine rows still keep one split outlet per row.
    const engine = buildRows(
      plain(2, 2, 1),
      links('0.0-1.0', '0.1-1.0', '0.0-1.1', '0.1-2.0', '1.1-2.0'),
      0,
    );
    expect(engine.every((r) => r.cells.filter((c) => c.length > 1).length <= 1)).toBe(true);
  });

  it('should never put two paragraphs the user separated in one row', () => {
    const apart = [{ articleA: 0, paraA: 0, articleB: 2, paraB: 0 }];
    const rows = buildRows(
      plain(1, 1, 1),
      links('0.0-1.0', '1.0-2.0', '0.0-2.0'),
      0,
      undefined,
      apart,
    );
    for (const row of rows) {
      expect(row.cells[0]!.length > 0 && row.cells[2]!.length > 0).toBe(false);
    }
    expect(rows.every((r) => !r.manual)).toBe(true);
  });
});

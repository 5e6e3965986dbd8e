import { describe, expect, it } from 'vitest';
import {
  matchPair,
  MAX_SPLIT_PARTS,
  optimalOneToOne,
  type MatchThresholds,
  type ScoredPair,
  type SplitGain,
} from './match-pairs';
import { mulberry32 } from '../util/random';

/** The thresholds these cases are written against (the engine uses learned ones). */
const THRESHOLDS: MatchThresholds = {
  anchor: 0.35,
  context: 0.12,
  split: 0.25,
  mutual: 0.15,
  margin: 0,
};

/** Candidates from `[x, y, score]` triples. */
const cands = (...list: ReadonlyArray<[number, number, number]>): ReadonlyArray<ScoredPair> =>
  list.map(([x, y, score]) => ({ x, y, score }));

const range = (n: number): ReadonlyArray<number> => Array.from({ length: n }, (_, i) => i);

/** Renders links as `0-0 0-1 1-2` (x-y, in the order returned). */
const show = (links: ReadonlyArray<Pick<ScoredPair, 'x' | 'y'>>): string =>
  links.map((l) => `${l.x}-${l.y}`).join(' ');

/** Matches with both articles' paragraphs all alignable, in index order. */
const match = (
  candidates: ReadonlyArray<ScoredPair>,
  n = 6,
  m = n,
  splitGain?: SplitGain,
): string => show(matchPair(candidates, range(n), range(m), THRESHOLDS, splitGain));

const prng = mulberry32;

/** Random candidates between the given paragraph orders (no duplicate pairs). */
function randomCase(next: () => number): {
  candidates: ScoredPair[];
  xOrder: number[];
  yOrder: number[];
} {
  const order = (): number[] => range(1 + Math.floor(next() * 10)).filter(() => next() > 0.15); // some boilerplate gaps
  const xOrder = order();
  const yOrder = order();
  const density = next();
  const candidates: ScoredPair[] = [];
  for (const x of xOrder) {
    for (const y of yOrder) {
      if (next() < density) {
        candidates.push({ x, y, score: Math.round(next() * 100) / 100 });
      }
    }
  }
  return { candidates, xOrder, yOrder };
}

function shuffled<T>(list: ReadonlyArray<T>, next: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('matchPair', () => {
  it('should link clear anchors one to one', () => {
    expect(match(cands([0, 0, 0.9], [0, 1, 0.5], [1, 1, 0.8], [1, 0, 0.6], [2, 2, 0.7]))).toBe(
      '0-0 1-1 2-2',
    );
  });

  it('should choose the best total assignment over the greedy best pair', () => {
    // Greedy would take 0-0 (0.9) and leave 1 without a counterpart.
    expect(match(cands([0, 0, 0.9], [0, 1, 0.85], [1, 0, 0.8]))).toBe('0-1 1-0');
  });

  it('should link nothing without candidates', () => {
    expect(match([])).toBe('');
  });

  it('should not link a weak pair that has no context', () => {
    expect(match(cands([1, 1, 0.13]))).toBe('');
  });

  it('should link a mutual best choice above the mutual threshold', () => {
    expect(match(cands([1, 3, 0.2]))).toBe('1-3');
  });

  it('should fill a gap between matched neighbours with a weak pair', () => {
    expect(match(cands([0, 0, 0.9], [1, 1, 0.13], [2, 2, 0.9]))).toBe('0-0 1-1 2-2');
  });

  it('should fill a gap supported by one matched neighbour', () => {
    expect(match(cands([0, 0, 0.9], [1, 1, 0.13]))).toBe('0-0 1-1');
  });

  it('should not fill a gap below the context threshold', () => {
    expect(match(cands([0, 0, 0.9], [1, 1, 0.11], [2, 2, 0.9]))).toBe('0-0 2-2');
  });

  it('should not fill a gap when the neighbours are matched elsewhere', () => {
    expect(match(cands([0, 3, 0.9], [1, 1, 0.13]))).toBe('0-3');
  });

  it('should keep filling gaps from each new pair', () => {
    expect(match(cands([0, 0, 0.13], [1, 1, 0.13], [2, 2, 0.13], [3, 3, 0.9]), 4)).toBe(
      '0-0 1-1 2-2 3-3',
    );
  });

  it('should look past boilerplate for the neighbours', () => {
    const candidates = cands([0, 0, 0.9], [2, 1, 0.13]);
    // x1 is boilerplate: x2's previous alignable paragraph is x0, matched to y0.
    expect(show(matchPair(candidates, [0, 2], [0, 1], THRESHOLDS))).toBe('0-0 2-1');
    // x1 is alignable but unmatched: no context for 2-1.
    expect(show(matchPair(candidates, [0, 1, 2], [0, 1], THRESHOLDS))).toBe('0-0');
  });

  it('should join a clean split: one x to two adjacent ys', () => {
    expect(match(cands([0, 0, 0.6], [0, 1, 0.4], [1, 2, 0.8]))).toBe('0-0 0-1 1-2');
  });

  it('should join a clean merge: two adjacent xs to one y', () => {
    expect(match(cands([0, 0, 0.6], [1, 0, 0.4], [2, 1, 0.8]))).toBe('0-0 1-0 2-1');
  });

  it('should not join a split part below the split threshold', () => {
    expect(match(cands([0, 0, 0.6], [0, 1, 0.2], [1, 2, 0.8]))).toBe('0-0 1-2');
  });

  it('should not join a split part too far from the counterpart', () => {
    expect(match(cands([0, 0, 0.6], [0, 4, 0.4]))).toBe('0-0');
  });

  it('should not join a split part that adds nothing to the host', () => {
    expect(match(cands([0, 0, 0.6], [0, 1, 0.4]), 6, 6, () => 0)).toBe('0-0');
  });

  it(`should join at most ${MAX_SPLIT_PARTS} parts`, () => {
    expect(match(cands([0, 0, 0.9], [0, 1, 0.5], [0, 2, 0.5], [0, 3, 0.5]))).toBe('0-0 0-1 0-2');
  });

  it('should never link n:m, refusing a merge into a paragraph already split', () => {
    // x0 splits into y0 + y1; x1 would then merge into y1, making x0,x1 ~ y0,y1 n:m.
    expect(match(cands([0, 0, 0.9], [0, 1, 0.5], [1, 1, 0.3]))).toBe('0-0 0-1');
  });

  it('should keep a dense block of strong pairs one to one, maximising the total', () => {
    // 0-2 + 1-1 + 2-0 (2.3) beats 0-0 + 1-1 (1.8); no strong pair becomes a split.
    expect(
      match(cands([0, 0, 0.9], [0, 1, 0.8], [1, 0, 0.8], [1, 1, 0.9], [0, 2, 0.7], [2, 0, 0.7])),
    ).toBe('0-2 1-1 2-0');
  });

  it('should return each link with its candidate score, sorted by x then y', () => {
    expect(
      matchPair(cands([1, 1, 0.8], [0, 0, 0.6], [0, 4, 0.4]), range(5), range(5), THRESHOLDS),
    ).toEqual([
      { x: 0, y: 0, score: 0.6 },
      { x: 1, y: 1, score: 0.8 },
    ]);
  });

  it('should respect the laws on random candidate lists (seeded)', () => {
    const next = prng(314);
    for (let n = 0; n < 400; n++) {
      const { candidates, xOrder, yOrder } = randomCase(next);
      const links = matchPair(candidates, xOrder, yOrder, THRESHOLDS);
      const context = JSON.stringify({ candidates, xOrder, yOrder });
      const degX = new Map<number, number>();
      const degY = new Map<number, number>();
      for (const l of links) {
        degX.set(l.x, (degX.get(l.x) ?? 0) + 1);
        degY.set(l.y, (degY.get(l.y) ?? 0) + 1);
      }
      // Every link is a candidate above the lowest threshold, and appears once.
      const byKey = new Map(candidates.map((c) => [`${c.x}:${c.y}`, c.score]));
      expect(new Set(links.map((l) => `${l.x}:${l.y}`)).size, context).toBe(links.length);
      for (const l of links) {
        expect(byKey.get(`${l.x}:${l.y}`), context).toBe(l.score);
        expect(l.score, context).toBeGreaterThanOrEqual(THRESHOLDS.context);
        // Never n:m.
        expect((degX.get(l.x) ?? 0) > 1 && (degY.get(l.y) ?? 0) > 1, context).toBe(false);
      }
      expect(Math.max(0, ...degX.values(), ...degY.values()), context).toBeLessThanOrEqual(
        MAX_SPLIT_PARTS,
      );
      // Sorted by x, then y.
      expect(show(links)).toBe(show([...links].sort((a, b) => a.x - b.x || a.y - b.y)));
    }
  });

  it('should be deterministic, whatever the order of the candidates (seeded)', () => {
    const next = prng(2718);
    for (let n = 0; n < 200; n++) {
      const { candidates, xOrder, yOrder } = randomCase(next);
      const first = matchPair(candidates, xOrder, yOrder, THRESHOLDS);
      expect(matchPair(candidates, xOrder, yOrder, THRESHOLDS)).toEqual(first);
      expect(matchPair(shuffled(candidates, next), xOrder, yOrder, THRESHOLDS)).toEqual(first);
    }
  });
});

describe('optimalOneToOne', () => {
  it('should pick the one-to-one subset with the largest total above the floor', () => {
    const picked = optimalOneToOne(cands([0, 0, 0.9], [0, 1, 0.85], [1, 0, 0.8]), 0.35);
    expect(show([...picked].sort((a, b) => a.x - b.x))).toBe('0-1 1-0');
  });

  it('should keep a pair exactly at the floor', () => {
    expect(show(optimalOneToOne(cands([2, 3, 0.35]), 0.35))).toBe('2-3');
  });

  it('should return nothing for no candidates', () => {
    expect(optimalOneToOne([], 0.35)).toEqual([]);
  });
});

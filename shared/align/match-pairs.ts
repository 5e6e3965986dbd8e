/**
 * Pairwise paragraph matching between two articles: counterparts, mostly one to one, with
 * clean splits and merges.
 *
 * On the pair model's probabilities, in passes:
 * 0. the user's fixed links;
 * 1. anchors: the optimal one-to-one assignment of clearly likely pairs;
 * 2. splits and merges next to them: an unmatched paragraph next to the counterpart of a
 *    matched one joins that match when it carries the rest of the same content;
 * 3. mutual best choices: the optimal assignment among the remaining likely pairs;
 * 4. gap filling: a weaker pair is accepted when its neighbours on either side are already
 *    matched to each other's neighbours (context: "the paragraph after the one that
 *    matched", as a reader comparing the two outlets would do), repeated while it finds
 *    pairs; then splits and merges once more.
 */

import { MAX_EXACT_ASSIGNMENT_SIZE, maxWeightAssignmentOf } from './assignment';

/**
 * A scored pair between article X (`x`) and article Y (`y`), by paragraph index: a candidate
 * before matching, a link after.
 */
export interface ScoredPair {
  /** Paragraph index in X. */
  readonly x: number;
  /** Paragraph index in Y. */
  readonly y: number;
  /** The probability that the two paragraphs are counterparts, 0..1. */
  readonly score: number;
}

/**
 * Thresholds of the matcher, on the pair model's probabilities; learned with the model
 * (`learned-weights.ts`).
 */
export interface MatchThresholds {
  /** Minimum score for an anchor, which needs no context. */
  readonly anchor: number;
  /** Minimum score for a pair supported by matched neighbours. */
  readonly context: number;
  /** Minimum score for a paragraph to join a neighbour's match as a split/merge part. */
  readonly split: number;
  /** Minimum score for a pair that is each other's clear best remaining choice. */
  readonly mutual: number;
  /** How much better than the runner-up (in either article) a mutual best must be. */
  readonly margin: number;
}

/**
 * How much of a host paragraph's content a would-be split part explains beyond the parts
 * already matched to it (0..1). `hostSide` names the host's article: 'x' or 'y'.
 */
export type SplitGain = (
  hostSide: 'x' | 'y',
  host: number,
  parts: ReadonlyArray<number>,
  newcomer: number,
) => number;

/**
 * A split part must explain at least this share of the host's content that the existing
 * parts do not: a paragraph that only repeats what its neighbour already matched (a lead
 * restating the headline) is not the rest of a split.
 */
export const MIN_SPLIT_GAIN = 0.02;

/** How far (in paragraphs) a split part may stand from the counterpart it joins. */
export const MAX_SPLIT_DISTANCE = 2;

/** A paragraph joins at most this many counterparts (a split into 3 is the most we see). */
export const MAX_SPLIT_PARTS = 3;

/** Sorts candidates best first, ties broken by position so the result is deterministic. */
function byScore(a: ScoredPair, b: ScoredPair): number {
  return b.score - a.score || a.x - b.x || a.y - b.y;
}

/**
 * Matches paragraphs of X and Y.
 *
 * `xOrder`/`yOrder` list each article's alignable paragraph indices in reading order
 * (boilerplate excluded), so neighbours skip over boilerplate.
 *
 * `fixed` links (the user's) come first, with score 1, and are context for the rest; the
 * caller leaves out the candidates the user unlinked.
 *
 * Law: besides the fixed links, the result never links a paragraph to several
 * counterparts that in turn have several counterparts (no n:m), and no paragraph has more
 * than {@link MAX_SPLIT_PARTS}.
 */
export function matchPair(
  candidates: ReadonlyArray<ScoredPair>,
  xOrder: ReadonlyArray<number>,
  yOrder: ReadonlyArray<number>,
  thresholds: MatchThresholds,
  splitGain: SplitGain = () => 1,
  fixed: ReadonlyArray<{ readonly x: number; readonly y: number }> = [],
): ReadonlyArray<ScoredPair> {
  const xRank = new Map(xOrder.map((p, i) => [p, i]));
  const yRank = new Map(yOrder.map((p, i) => [p, i]));
  // Scores by pair, keyed x * span + y.
  const span = candidates.reduce((n, c) => Math.max(n, c.y + 1), 0);
  const score = new Map<number, number>();
  for (const c of candidates) {
    score.set(c.x * span + c.y, c.score);
  }
  const scoreOf = (x: number, y: number): number => (y < span ? score.get(x * span + y) : 0) ?? 0;
  const xPartner = new Map<number, number[]>();
  const yPartner = new Map<number, number[]>();
  const links: ScoredPair[] = [];
  const addPartner = (partners: Map<number, number[]>, p: number, partner: number): void => {
    const list = partners.get(p);
    if (list === undefined) {
      partners.set(p, [partner]);
    } else {
      list.push(partner);
    }
  };
  const add = (x: number, y: number, score = scoreOf(x, y)): void => {
    links.push({ x, y, score });
    addPartner(xPartner, x, y);
    addPartner(yPartner, y, x);
  };
  const sorted = [...candidates].sort(byScore);
  // How much better a pair is than the runner-up of either paragraph: each paragraph's two
  // best scores.
  const xBest = new Map<number, number[]>();
  const yBest = new Map<number, number[]>();
  const addBest = (best: Map<number, number[]>, p: number, score: number): void => {
    const list = best.get(p);
    if (list === undefined) {
      best.set(p, [score]);
    } else if (list.length < 2) {
      list.push(score);
    }
  };
  for (const c of sorted) {
    addBest(xBest, c.x, c.score);
    addBest(yBest, c.y, c.score);
  }
  const margin = (c: ScoredPair): number => {
    const rival = (best: ReadonlyArray<number> | undefined): number => {
      const first = best?.[0] ?? 0;
      const second = best?.[1] ?? 0;
      return c.score >= first ? second : first;
    };
    return c.score / Math.max(1e-9, rival(xBest.get(c.x)), rival(yBest.get(c.y)));
  };
  // Splits and merges: an unmatched paragraph joins a neighbouring one-to-one match.
  const addSplits = (): void => {
    for (const c of sorted) {
      if (c.score < thresholds.split) {
        break;
      }
      const joinX =
        !xPartner.has(c.x) &&
        canJoin(yPartner, xPartner, c.y, c.x, xRank) &&
        splitGain('y', c.y, yPartner.get(c.y) ?? [], c.x) >= MIN_SPLIT_GAIN;
      const joinY =
        !yPartner.has(c.y) &&
        canJoin(xPartner, yPartner, c.x, c.y, yRank) &&
        splitGain('x', c.x, xPartner.get(c.x) ?? [], c.y) >= MIN_SPLIT_GAIN;
      if (joinX || joinY) {
        add(c.x, c.y);
      }
    }
  };

  // 0. Links the user made are certain; everything else is matched around them.
  for (const f of fixed) {
    if (!(xPartner.get(f.x) ?? []).includes(f.y)) {
      add(f.x, f.y, 1);
    }
  }

  // 1. Anchors: the best one-to-one assignment among clearly similar pairs.
  const strong = sorted.filter(
    (c) => c.score >= thresholds.anchor && !xPartner.has(c.x) && !yPartner.has(c.y),
  );
  for (const c of optimalOneToOne(strong, thresholds.anchor)) {
    add(c.x, c.y);
  }

  // 2. Splits next to anchors, then mutual best choices.
  addSplits();
  const rest = sorted.filter(
    (c) => c.score >= thresholds.mutual && !xPartner.has(c.x) && !yPartner.has(c.y),
  );
  for (const c of optimalOneToOne(rest, thresholds.mutual)) {
    if (margin(c) >= thresholds.margin) {
      add(c.x, c.y);
    }
  }

  // 3. Gap filling, repeated while it finds pairs (each new pair is context for the next).
  const neighbour = (
    order: ReadonlyArray<number>,
    rank: Map<number, number>,
    p: number,
    step: number,
  ) => order[(rank.get(p) ?? -2) + step];
  const supported = (x: number, y: number): boolean =>
    [-1, 1].some((step) => {
      const nx = neighbour(xOrder, xRank, x, step);
      const ny = neighbour(yOrder, yRank, y, step);
      return nx !== undefined && ny !== undefined && (xPartner.get(nx) ?? []).includes(ny);
    });
  for (let changed = true; changed;) {
    changed = false;
    for (const c of sorted) {
      if (c.score < thresholds.context) {
        break;
      }
      if (!xPartner.has(c.x) && !yPartner.has(c.y) && supported(c.x, c.y)) {
        add(c.x, c.y);
        changed = true;
      }
    }
  }

  // 4. Splits and merges once more, next to the pairs found since.
  addSplits();
  return links.sort((a, b) => a.x - b.x || a.y - b.y);
}

/**
 * The one-to-one subset of candidates with the largest total of `score - floor`; greedy
 * best-first when there are too many paragraphs for the exact algorithm.
 */
export function optimalOneToOne(
  candidates: ReadonlyArray<ScoredPair>,
  floor: number,
): ReadonlyArray<ScoredPair> {
  const xs = sortedDistinct(candidates.map((c) => c.x));
  const ys = sortedDistinct(candidates.map((c) => c.y));
  if (Math.max(xs.length, ys.length) > MAX_EXACT_ASSIGNMENT_SIZE) {
    const usedX = new Set<number>();
    const usedY = new Set<number>();
    return [...candidates].sort(byScore).filter((c) => {
      if (usedX.has(c.x) || usedY.has(c.y)) {
        return false;
      }
      usedX.add(c.x);
      usedY.add(c.y);
      return true;
    });
  }
  const xIndex = new Map(xs.map((x, i) => [x, i]));
  const yIndex = new Map(ys.map((y, i) => [y, i]));
  const cols = ys.length;
  const weights = new Float64Array(xs.length * cols);
  const byCell: (ScoredPair | undefined)[] = [];
  for (const c of candidates) {
    const cell = (xIndex.get(c.x) ?? 0) * cols + (yIndex.get(c.y) ?? 0);
    // A small epsilon keeps pairs exactly at the floor assignable.
    weights[cell] = c.score - floor + 1e-6;
    byCell[cell] = c;
  }
  const assignment = maxWeightAssignmentOf(xs.length, cols, weights);
  const out: ScoredPair[] = [];
  assignment.forEach((col, row) => {
    const c = col >= 0 ? byCell[row * cols + col] : undefined;
    if (c) {
      out.push(c);
    }
  });
  return out;
}

/** The distinct values of a list, ascending (the list is sorted in place). */
function sortedDistinct(values: number[]): number[] {
  values.sort((a, b) => a - b);
  let size = 0;
  for (const value of values) {
    if (size === 0 || values[size - 1] !== value) {
      values[size++] = value;
    }
  }
  values.length = size;
  return values;
}

/**
 * Whether unmatched paragraph `newcomer` (on side N) may join the match of `host` (side H):
 * the host's current partners on side N each link to the host alone, there is room for one
 * more part, and the newcomer stands next to one of them.
 */
function canJoin(
  hostPartners: ReadonlyMap<number, ReadonlyArray<number>>,
  newcomerPartners: ReadonlyMap<number, ReadonlyArray<number>>,
  host: number,
  newcomer: number,
  newcomerRank: ReadonlyMap<number, number>,
): boolean {
  const parts = hostPartners.get(host) ?? [];
  if (parts.length === 0 || parts.length >= MAX_SPLIT_PARTS) {
    return false;
  }
  const rank = newcomerRank.get(newcomer) ?? -Infinity;
  return (
    parts.every((p) => (newcomerPartners.get(p) ?? []).length === 1) &&
    parts.some((p) => Math.abs((newcomerRank.get(p) ?? Infinity) - rank) <= MAX_SPLIT_DISTANCE)
  );
}

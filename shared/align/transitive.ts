/**
 * Transitive evidence between paragraphs, for comparisons of three or more articles.
 *
 * When outlet B's paragraph b is clearly the counterpart of A's a and of C's c, then a and
 * c report the same thing even if they share few words ("It is not the case the
 * commissioner was given an ultimatum" / "he said 'they're wrong'", both beside B's
 * "Khan denied giving an ultimatum").
 */
import type { ScoredPair } from './similarity';

/** Only links at least this strong carry evidence to a third paragraph. */
export const MIN_TRANSITIVE_SCORE = 0.3;

/** A path a–b–c counts for this share of its weaker link. */
export const TRANSITIVE_WEIGHT = 0.8;

/**
 * A paragraph passes evidence on through at most this many partners per article: its
 * counterparts, not every paragraph that repeats the same wire copy (which would make the
 * pass quadratic on long, repetitive texts).
 */
export const MAX_TRANSITIVE_PARTNERS = 2;

function strongestPerArticle(
  list: ReadonlyArray<{ other: number; score: number }>,
  articleOf: (feature: number) => number,
): ReadonlyArray<{ other: number; score: number }> {
  const sorted = [...list].sort((x, y) => y.score - x.score || x.other - y.other);
  const taken = new Map<number, number>();
  return sorted.filter((n) => {
    const article = articleOf(n.other);
    const count = taken.get(article) ?? 0;
    taken.set(article, count + 1);
    return count < MAX_TRANSITIVE_PARTNERS;
  });
}

/**
 * Raises each pair's score to `TRANSITIVE_WEIGHT · min(s(a, b), s(b, c))` over every
 * paragraph b of a third article, adding pairs that only such paths connect.
 *
 * `articleOf(i)` gives the article of feature i. Pairs are returned with `a < b`, sorted.
 */
export function addTransitiveEvidence(
  pairs: ReadonlyArray<ScoredPair>,
  articleOf: (feature: number) => number,
): ReadonlyArray<ScoredPair> {
  const neighbours = new Map<number, { other: number; score: number }[]>();
  for (const p of pairs) {
    if (p.score >= MIN_TRANSITIVE_SCORE) {
      for (const [x, y] of [
        [p.a, p.b],
        [p.b, p.a],
      ] as const) {
        const list = neighbours.get(x) ?? [];
        list.push({ other: y, score: p.score });
        neighbours.set(x, list);
      }
    }
  }
  // New evidence only, keyed by a numeric pair id; the direct pairs are merged in after.
  let size = 0;
  for (const p of pairs) {
    size = Math.max(size, p.a + 1, p.b + 1);
  }
  const evidence = new Map<number, number>();
  for (const [middle, all] of neighbours) {
    const list = strongestPerArticle(all, articleOf);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const u = list[i] as { other: number; score: number };
        const v = list[j] as { other: number; score: number };
        const a = Math.min(u.other, v.other);
        const b = Math.max(u.other, v.other);
        if (
          articleOf(a) === articleOf(b) ||
          articleOf(a) === articleOf(middle) ||
          articleOf(b) === articleOf(middle)
        ) {
          continue;
        }
        const value = TRANSITIVE_WEIGHT * Math.min(u.score, v.score);
        const key = a * size + b;
        if (value > (evidence.get(key) ?? 0)) {
          evidence.set(key, value);
        }
      }
    }
  }
  const out: ScoredPair[] = pairs.map((p) => {
    const key = p.a * size + p.b;
    const value = evidence.get(key);
    evidence.delete(key);
    return value !== undefined && value > p.score ? { a: p.a, b: p.b, score: value } : p;
  });
  for (const [key, value] of evidence) {
    out.push({ a: Math.floor(key / size), b: key % size, score: value });
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}

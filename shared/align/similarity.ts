/**
 * Paragraph similarity between articles: candidate generation through an inverted index,
 * then a combined score from several signals.
 */
import { dot, type ParagraphFeatures } from './features';

/** A scored pair of paragraphs from two different articles (feature indices, `a < b`). */
export interface ScoredPair {
  /** Index into the features array of the first paragraph. */
  readonly a: number;
  /** Index into the features array of the second paragraph. */
  readonly b: number;
  /** Combined similarity, 0..1. */
  readonly score: number;
}

/**
 * Terms found in more than this share of paragraphs are not used to find candidates: they
 * say "same topic", not "same fact", and their posting lists would make the index quadratic.
 * Pairs that share only such terms are never counterparts in practice.
 */
export const MAX_INDEX_DF_SHARE = 0.2;

/** Below this many paragraphs every term is indexed: the share above would be too coarse. */
export const MIN_PARAGRAPHS_FOR_DF_CUTOFF = 200;

/** Candidate pairs whose indexed-term cosine is below this are not scored further. */
export const MIN_CANDIDATE_COSINE = 0.04;

/**
 * Finds candidate pairs of paragraphs from different articles with an inverted index over
 * content terms, accumulating the tf-idf dot product over indexed terms.
 *
 * Cost grows with the sum over terms of (postings)², which the document-frequency cutoff
 * keeps close to linear in the total text.
 */
export function candidatePairs(
  features: ReadonlyArray<ParagraphFeatures>,
  df: (term: string) => number,
): ReadonlyArray<{ readonly a: number; readonly b: number; readonly cosine: number }> {
  const total = features.length;
  const maxDf =
    total < MIN_PARAGRAPHS_FOR_DF_CUTOFF ? Infinity : Math.max(2, total * MAX_INDEX_DF_SHARE);
  const postings = new Map<string, number[]>();
  features.forEach((f, index) => {
    for (const term of f.vector.keys()) {
      if (df(term) <= maxDf) {
        let list = postings.get(term);
        if (list === undefined) {
          list = [];
          postings.set(term, list);
        }
        list.push(index);
      }
    }
  });
  const out: { a: number; b: number; cosine: number }[] = [];
  const accumulator = new Map<number, number>();
  features.forEach((f, a) => {
    accumulator.clear();
    for (const [term, weight] of f.vector) {
      const list = postings.get(term);
      if (list === undefined) {
        continue;
      }
      for (const b of list) {
        if (b > a && features[b]?.article !== f.article) {
          accumulator.set(b, (accumulator.get(b) ?? 0) + weight * (features[b]?.vector.get(term) ?? 0));
        }
      }
    }
    const partners = [...accumulator.entries()].sort((x, y) => x[0] - y[0]);
    for (const [b, cosine] of partners) {
      if (cosine >= MIN_CANDIDATE_COSINE) {
        out.push({ a, b, cosine });
      }
    }
  });
  return out;
}

/** Best cosine between any sentence of one paragraph and any sentence of the other. */
export function bestSentenceMatch(a: ParagraphFeatures, b: ParagraphFeatures): number {
  let best = 0;
  for (const sa of a.sentences) {
    for (const sb of b.sentences) {
      const s = dot(sa.vector, sb.vector);
      if (s > best) {
        best = s;
      }
    }
  }
  return best;
}

/** Share of the smaller set that the larger one also holds. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) {
    return 0;
  }
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) {
    if (large.has(item)) {
      shared++;
    }
  }
  return shared / small.size;
}

/** The signals of one pair, for scoring and for explaining a match. */
export interface PairSignals {
  /** tf-idf cosine of the whole paragraphs. */
  readonly cosine: number;
  /** Best sentence-to-sentence cosine. */
  readonly sentence: number;
  /** Shared word 3-shingles over the smaller paragraph's shingles. */
  readonly phrasing: number;
  /** Shared quoted 3-shingles over the smaller paragraph's quoted shingles. */
  readonly quote: number;
}

/** Computes the signals of a pair. */
export function pairSignals(a: ParagraphFeatures, b: ParagraphFeatures): PairSignals {
  return {
    cosine: dot(a.vector, b.vector),
    sentence: bestSentenceMatch(a, b),
    phrasing: containment(a.shingles, b.shingles),
    quote: containment(a.quoteShingles, b.quoteShingles),
  };
}

/**
 * Weight of a single shared sentence against whole-paragraph similarity. A shared sentence
 * is strong evidence (the same quote inside otherwise different paragraphs) but less than a
 * whole paragraph in common.
 */
export const SENTENCE_WEIGHT = 0.85;

/** Combines signals into one score: the strongest single piece of evidence, plus agreement. */
export function combineSignals(s: PairSignals): number {
  const strongest = Math.max(s.cosine, SENTENCE_WEIGHT * s.sentence, s.phrasing);
  const agreement = (s.cosine + s.sentence + s.phrasing + s.quote) / 4;
  return Math.min(1, 0.75 * strongest + 0.25 * agreement);
}

/** Scores all candidate pairs. */
export function scorePairs(
  features: ReadonlyArray<ParagraphFeatures>,
  df: (term: string) => number,
): ReadonlyArray<ScoredPair> {
  return candidatePairs(features, df).map(({ a, b }) => {
    const fa = features[a];
    const fb = features[b];
    const score = fa && fb ? combineSignals(pairSignals(fa, fb)) : 0;
    return { a, b, score };
  });
}

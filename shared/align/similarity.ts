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
  // Postings hold the paragraph and its weight for the term side by side, so the inner
  // loop below does no map look-ups.
  const postings = new Map<string, { readonly ids: number[]; readonly weights: number[] }>();
  const articleOf = new Int32Array(total);
  features.forEach((f, index) => {
    articleOf[index] = f.article;
    for (const [term, weight] of f.vector) {
      if (df(term) <= maxDf) {
        let list = postings.get(term);
        if (list === undefined) {
          list = { ids: [], weights: [] };
          postings.set(term, list);
        }
        list.ids.push(index);
        list.weights.push(weight);
      }
    }
  });
  const sums = new Float64Array(total);
  const cosines = new Float64Array(total);
  const touched: number[] = [];
  // Each paragraph collects its candidates in every other article and keeps the best
  // few per article; a pair is a candidate when either of its paragraphs kept it.
  const kept = new Map<number, number>();
  const articles = features.reduce((n, f) => Math.max(n, f.article + 1), 0);
  const byArticle: number[][] = Array.from({ length: articles }, () => []);
  const pairKey = (a: number, b: number): number => (a < b ? a * total + b : b * total + a);
  const byCosine = (x: number, y: number): number =>
    (cosines[y] as number) - (cosines[x] as number) || x - y;
  features.forEach((f, a) => {
    for (const [term, weight] of f.vector) {
      const list = postings.get(term);
      if (list === undefined) {
        continue;
      }
      const { ids, weights } = list;
      for (let k = 0; k < ids.length; k++) {
        const b = ids[k] as number;
        if (articleOf[b] !== f.article) {
          if (sums[b] === 0) {
            touched.push(b);
          }
          sums[b] = (sums[b] as number) + weight * (weights[k] as number);
        }
      }
    }
    for (const b of touched) {
      const cosine = sums[b] as number;
      sums[b] = 0;
      if (cosine >= MIN_CANDIDATE_COSINE) {
        cosines[b] = cosine;
        byArticle[articleOf[b] as number]?.push(b);
      }
    }
    touched.length = 0;
    for (const list of byArticle) {
      if (list.length > MAX_CANDIDATES_PER_ARTICLE) {
        list.sort(byCosine).length = MAX_CANDIDATES_PER_ARTICLE;
      }
      for (const b of list) {
        kept.set(pairKey(a, b), cosines[b] as number);
      }
      list.length = 0;
    }
  });
  return [...kept.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([key, cosine]) => ({ a: Math.floor(key / total), b: key % total, cosine }));
}

/**
 * Each paragraph keeps at most this many candidates in each other article (by index
 * cosine); a pair survives when either side keeps it. True counterparts rank near the top;
 * the cap bounds the scoring work when text repeats (agency copy reused across a long
 * document), keeping the cost linear in the number of paragraphs.
 */
export const MAX_CANDIDATES_PER_ARTICLE = 5;

/**
 * tf-idf cosine of two term-count maps under the given idf (sublinear tf), computed in
 * one pass without building vectors: this runs for every candidate pair.
 */
export function weightedCosine(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
  idf: (term: string) => number,
): number {
  let normA = 0;
  let normB = 0;
  let product = 0;
  for (const [term, count] of a) {
    const w = (1 + Math.log(count)) * idf(term);
    normA += w * w;
    const other = b.get(term);
    if (other !== undefined) {
      product += w * (1 + Math.log(other)) * idf(term);
    }
  }
  for (const [term, count] of b) {
    const w = (1 + Math.log(count)) * idf(term);
    normB += w * w;
  }
  return normA > 0 && normB > 0 ? product / Math.sqrt(normA * normB) : 0;
}

/**
 * Best cosine between any sentence of one paragraph and any sentence of the other. Uses
 * the comparison-wide idf (vectors built once per sentence): it runs for every sentence
 * pair of every candidate.
 */
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
  /** idf mass of the shared terms over the smaller paragraph's idf mass. */
  readonly overlap: number;
}

/**
 * Weighted containment: the idf mass of shared terms over the smaller side's mass. Unlike
 * the cosine it is not diluted when one outlet says in one long paragraph what the other
 * says in a short one.
 */
export function weightedContainment(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
  idf: (term: string) => number,
): number {
  let shared = 0;
  let massA = 0;
  let massB = 0;
  for (const term of a.keys()) {
    massA += idf(term);
    if (b.has(term)) {
      shared += idf(term);
    }
  }
  for (const term of b.keys()) {
    massB += idf(term);
  }
  const smaller = Math.min(massA, massB);
  return smaller > 0 ? shared / smaller : 0;
}

/**
 * Computes the signals of a pair. `idf` should be specific to the two articles: a term
 * found in one paragraph of each is what pins two paragraphs together, however common the
 * term is in the other articles of the comparison.
 */
export function pairSignals(
  a: ParagraphFeatures,
  b: ParagraphFeatures,
  idf: (term: string) => number,
): PairSignals {
  return {
    cosine: weightedCosine(a.termCounts, b.termCounts, idf),
    sentence: bestSentenceMatch(a, b),
    phrasing: containment(a.shingles, b.shingles),
    quote: containment(a.quoteShingles, b.quoteShingles),
    overlap: weightedContainment(a.termCounts, b.termCounts, idf),
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
  return Math.min(1, 0.5 * strongest + 0.5 * s.overlap);
}

/**
 * Per-article document frequencies, from which a pair-specific idf is derived:
 * idf(t) = log(1 + (nA + nB) / (dfA(t) + dfB(t))).
 */
export function pairIdfFactory(
  features: ReadonlyArray<ParagraphFeatures>,
): (articleA: number, articleB: number) => (term: string) => number {
  const df = new Map<number, Map<string, number>>();
  const count = new Map<number, number>();
  for (const f of features) {
    const map = df.get(f.article) ?? new Map<string, number>();
    df.set(f.article, map);
    count.set(f.article, (count.get(f.article) ?? 0) + 1);
    for (const term of f.termCounts.keys()) {
      map.set(term, (map.get(term) ?? 0) + 1);
    }
  }
  return (articleA, articleB) => {
    const dfA = df.get(articleA) ?? new Map<string, number>();
    const dfB = df.get(articleB) ?? new Map<string, number>();
    const n = (count.get(articleA) ?? 0) + (count.get(articleB) ?? 0);
    // Tabulated once per pair: this function is called for every term of every candidate.
    const table = new Map<string, number>();
    for (const map of [dfA, dfB]) {
      for (const term of map.keys()) {
        if (!table.has(term)) {
          table.set(
            term,
            Math.log(1 + n / Math.max(1, (dfA.get(term) ?? 0) + (dfB.get(term) ?? 0))),
          );
        }
      }
    }
    const unseen = Math.log(1 + n);
    return (term) => table.get(term) ?? unseen;
  };
}

/** A paragraph's tf-idf norm and idf mass under one pair of articles' idf. */
interface TermNorms {
  readonly norm: number;
  readonly mass: number;
}

function termNorms(counts: ReadonlyMap<string, number>, idf: (term: string) => number): TermNorms {
  let norm = 0;
  let mass = 0;
  for (const [term, count] of counts) {
    const i = idf(term);
    const w = (1 + Math.log(count)) * i;
    norm += w * w;
    mass += i;
  }
  return { norm: Math.sqrt(norm), mass };
}

/**
 * {@link weightedCosine} and {@link weightedContainment} of a pair at once, from norms
 * computed once per paragraph and article pair: only the shared terms are visited here.
 */
function termSignals(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
  normsA: TermNorms,
  normsB: TermNorms,
  idf: (term: string) => number,
): { readonly cosine: number; readonly overlap: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let product = 0;
  let shared = 0;
  for (const [term, count] of small) {
    const other = large.get(term);
    if (other !== undefined) {
      const i = idf(term);
      product += (1 + Math.log(count)) * (1 + Math.log(other)) * i * i;
      shared += i;
    }
  }
  const norms = normsA.norm * normsB.norm;
  const smaller = Math.min(normsA.mass, normsB.mass);
  return {
    cosine: norms > 0 ? product / norms : 0,
    overlap: smaller > 0 ? shared / smaller : 0,
  };
}

/** Scores all candidate pairs. */
export function scorePairs(
  features: ReadonlyArray<ParagraphFeatures>,
  df: (term: string) => number,
): ReadonlyArray<ScoredPair> {
  const pairIdf = pairIdfFactory(features);
  const idfCache = new Map<string, (term: string) => number>();
  const articles = features.reduce((n, f) => Math.max(n, f.article + 1), 0);
  // Norms per paragraph and other article: each paragraph has candidates in a few articles.
  const normCache = new Map<number, TermNorms>();
  const normsOf = (
    index: number,
    f: ParagraphFeatures,
    other: number,
    idf: (t: string) => number,
  ) => {
    const key = index * articles + other;
    let norms = normCache.get(key);
    if (norms === undefined) {
      norms = termNorms(f.termCounts, idf);
      normCache.set(key, norms);
    }
    return norms;
  };
  return candidatePairs(features, df).map(({ a, b }) => {
    const fa = features[a];
    const fb = features[b];
    if (!fa || !fb) {
      return { a, b, score: 0 };
    }
    const [low, high] =
      fa.article < fb.article ? [fa.article, fb.article] : [fb.article, fa.article];
    const key = `${low}:${high}`;
    const idf = idfCache.get(key) ?? pairIdf(low, high);
    idfCache.set(key, idf);
    const terms = termSignals(
      fa.termCounts,
      fb.termCounts,
      normsOf(a, fa, fb.article, idf),
      normsOf(b, fb, fa.article, idf),
      idf,
    );
    const signals: PairSignals = {
      cosine: terms.cosine,
      sentence: bestSentenceMatch(fa, fb),
      phrasing: containment(fa.shingles, fb.shingles),
      quote: containment(fa.quoteShingles, fb.quoteShingles),
      overlap: terms.overlap,
    };
    return { a, b, score: combineSignals(signals) };
  });
}

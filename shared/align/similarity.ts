/**
 * Paragraph similarity between articles: candidate generation through an inverted index,
 * the idf of an article pair, and the reference definitions of the term signals the pair
 * model reads (`pair-model.ts` computes them in one pass; tests hold it to these).
 */
import { dot, type ParagraphFeatures } from './features';

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

/**
 * Paragraph similarity between articles: candidate generation through an inverted index,
 * the best sentence match, set containment, and the idf of an article pair.
 */
import { dot, sharedCount, type ParagraphFeatures, type SentenceFeatures } from './features';

/**
 * Terms found in more than this share of their article's paragraphs are not used to find
 * candidates in that article: they say "same topic", not "same fact", and their posting
 * lists would make the index quadratic. Pairs that share only such terms are never
 * counterparts in practice.
 */
export const MAX_INDEX_DF_SHARE = 0.2;

/** In an article of fewer paragraphs than this every term is indexed: the share above would be too coarse. */
export const MIN_PARAGRAPHS_FOR_DF_CUTOFF = 200;

/** Candidate pairs whose indexed-term cosine is below this are not scored further. */
export const MIN_CANDIDATE_COSINE = 0.04;

/**
 * Finds candidate pairs of paragraphs from different articles with an inverted index over
 * content terms, accumulating the tf-idf dot product over indexed terms.
 *
 * Cost grows with the sum over terms of (postings)², which the document-frequency cutoffs
 * (a share of the paragraphs, and an absolute cap) keep close to linear in the total text.
 * `allowed` limits the search to the pairs of articles that will be matched.
 */
export function candidatePairs(
  features: ReadonlyArray<ParagraphFeatures>,
  allowed?: (articleA: number, articleB: number) => boolean,
): ReadonlyArray<{ readonly a: number; readonly b: number; readonly cosine: number }> {
  const total = features.length;
  // How many paragraphs of its own article hold each term: a term is indexed for an
  // article where it is specific, whatever the other articles do (a story's key word in
  // every article of two hundred is still specific in each).
  const articleSizes = new Map<number, number>();
  const articleDf = new Map<number, Map<number, number>>();
  for (const f of features) {
    articleSizes.set(f.article, (articleSizes.get(f.article) ?? 0) + 1);
    let map = articleDf.get(f.article);
    if (map === undefined) {
      map = new Map();
      articleDf.set(f.article, map);
    }
    for (const id of f.vector.ids) {
      map.set(id, (map.get(id) ?? 0) + 1);
    }
  }
  const maxDfOf = new Map(
    [...articleSizes].map(([article, size]) => [
      article,
      size < MIN_PARAGRAPHS_FOR_DF_CUTOFF
        ? Infinity
        : Math.max(2, Math.min(size * MAX_INDEX_DF_SHARE, MAX_POSTINGS)),
    ]),
  );
  // Postings per term and article hold the paragraph and its weight side by side, so the
  // inner loop below does no look-ups and visits only the articles to be matched.
  const articles = features.reduce((n, f) => Math.max(n, f.article + 1), 0);
  const postingIds = new Map<number, number[]>();
  const postingWeights = new Map<number, number[]>();
  const articleOf = new Int32Array(total);
  features.forEach((f, index) => {
    articleOf[index] = f.article;
    const { ids, weights } = f.vector;
    const maxDf = maxDfOf.get(f.article) ?? Infinity;
    const dfs = articleDf.get(f.article) as Map<number, number>;
    for (let i = 0; i < ids.length; i++) {
      const term = ids[i] as number;
      if ((dfs.get(term) ?? 0) <= maxDf) {
        const key = term * articles + f.article;
        let list = postingIds.get(key);
        if (list === undefined) {
          list = [];
          postingIds.set(key, list);
          postingWeights.set(key, []);
        }
        list.push(index);
        postingWeights.get(key)?.push(weights[i] as number);
      }
    }
  });
  const targets = Array.from({ length: articles }, (_, x) =>
    Array.from({ length: articles }, (__, y) => y).filter(
      (y) => y !== x && (allowed === undefined || allowed(x, y)),
    ),
  );
  const sums = new Float64Array(total);
  const touched: number[] = [];
  // Each paragraph collects its candidates in every other article and keeps the best
  // few per article; a pair is a candidate when either of its paragraphs kept it.
  const kept = new Map<number, number>();
  const perArticle = candidatesPerArticle(articles);
  const best: TopList[] = Array.from({ length: articles }, () => new TopList(perArticle));
  const used: number[] = [];
  const pairKey = (a: number, b: number): number => (a < b ? a * total + b : b * total + a);
  features.forEach((f, a) => {
    const { ids, weights } = f.vector;
    const others = targets[f.article] as number[];
    for (let i = 0; i < ids.length; i++) {
      const weight = weights[i] as number;
      const base = (ids[i] as number) * articles;
      for (const other of others) {
        const list = postingIds.get(base + other);
        if (list === undefined) {
          continue;
        }
        const listWeights = postingWeights.get(base + other) as number[];
        for (let k = 0; k < list.length; k++) {
          const b = list[k] as number;
          if (sums[b] === 0) {
            touched.push(b);
          }
          sums[b] = (sums[b] as number) + weight * (listWeights[k] as number);
        }
      }
    }
    for (const b of touched) {
      const cosine = sums[b] as number;
      sums[b] = 0;
      if (cosine >= MIN_CANDIDATE_COSINE) {
        const article = articleOf[b] as number;
        const top = best[article] as TopList;
        if (top.size === 0) {
          used.push(article);
        }
        top.offer(b, cosine);
      }
    }
    touched.length = 0;
    for (const article of used) {
      const top = best[article] as TopList;
      for (let i = 0; i < top.size; i++) {
        kept.set(pairKey(a, top.items[i] as number), top.scores[i] as number);
      }
      top.clear();
    }
    used.length = 0;
  });
  return [...kept.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([key, cosine]) => ({ a: Math.floor(key / total), b: key % total, cosine }));
}

/** The best few items by score (ties: the smaller item), kept by insertion: no sorting. */
class TopList {
  readonly items: Int32Array;
  readonly scores: Float64Array;
  size = 0;

  constructor(readonly capacity: number) {
    this.items = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  offer(item: number, score: number): void {
    let at = this.size;
    while (
      at > 0 &&
      ((this.scores[at - 1] as number) < score ||
        ((this.scores[at - 1] as number) === score && (this.items[at - 1] as number) > item))
    ) {
      at--;
    }
    if (at >= this.capacity) {
      return;
    }
    const end = Math.min(this.size, this.capacity - 1);
    for (let i = end; i > at; i--) {
      this.items[i] = this.items[i - 1] as number;
      this.scores[i] = this.scores[i - 1] as number;
    }
    this.items[at] = item;
    this.scores[at] = score;
    this.size = Math.min(this.size + 1, this.capacity);
  }

  clear(): void {
    this.size = 0;
  }
}

/**
 * A term in more paragraphs of one article than this is never used to find candidates
 * there, however long the article: past a hundred or so paragraphs a word is the story's
 * vocabulary, not a fact, and its posting list would make the index quadratic in the
 * length of the text.
 */
export const MAX_POSTINGS = 128;

/**
 * Each paragraph keeps at most this many candidates in each other article (by index
 * cosine); a pair survives when either side keeps it. True counterparts rank near the top;
 * the cap bounds the scoring work when text repeats (agency copy reused across a long
 * document), keeping the cost linear in the number of paragraphs.
 */
export const MAX_CANDIDATES_PER_ARTICLE = 5;

/**
 * With many articles each paragraph keeps fewer candidates per article: the work grows
 * with the square of the number of articles, and a counterpart is almost always among an
 * article's best two (with 10 or fewer articles, the best five are kept).
 */
export function candidatesPerArticle(articles: number): number {
  return articles <= 10 ? MAX_CANDIDATES_PER_ARTICLE : articles <= 40 ? 3 : 2;
}

/**
 * Best cosine between any sentence of one paragraph and any sentence of the other. Uses
 * the comparison-wide idf (vectors built once per sentence): it runs for every sentence
 * pair of every candidate.
 */
export function bestSentenceMatch(a: ParagraphFeatures, b: ParagraphFeatures): number {
  const as = a.sentences;
  const bs = b.sentences;
  if (as.length * bs.length > DIRECT_SENTENCE_PAIRS) {
    return as.length <= bs.length ? bestSentenceMatchIndexed(a, b) : bestSentenceMatchIndexed(b, a);
  }
  let best = 0;
  for (let i = 0; i < as.length; i++) {
    const va = (as[i] as SentenceFeatures).vector;
    for (let j = 0; j < bs.length; j++) {
      const s = dot(va, (bs[j] as SentenceFeatures).vector);
      if (s > best) {
        best = s;
      }
    }
  }
  return best;
}

/**
 * Above this many sentence pairs, sentences are compared through an index of the larger
 * paragraph's terms (visiting only sentences that share a term) instead of pair by pair:
 * two long paragraphs of a few thousand sentences each would otherwise cost millions of
 * comparisons.
 */
export const DIRECT_SENTENCE_PAIRS = 256;

/** Per paragraph, its sentences' terms → (sentence, weight) postings, built once. */
const sentenceIndexes = new WeakMap<
  ParagraphFeatures,
  ReadonlyMap<number, { readonly sentences: number[]; readonly weights: number[] }>
>();

function sentenceIndex(p: ParagraphFeatures) {
  let index = sentenceIndexes.get(p);
  if (index === undefined) {
    const built = new Map<number, { sentences: number[]; weights: number[] }>();
    p.sentences.forEach((s, k) => {
      s.vector.ids.forEach((id, i) => {
        let list = built.get(id);
        if (list === undefined) {
          list = { sentences: [], weights: [] };
          built.set(id, list);
        }
        list.sentences.push(k);
        list.weights.push(s.vector.weights[i] as number);
      });
    });
    index = built;
    sentenceIndexes.set(p, index);
  }
  return index;
}

/** {@link bestSentenceMatch} through an index of `large`'s sentence terms: same result. */
function bestSentenceMatchIndexed(small: ParagraphFeatures, large: ParagraphFeatures): number {
  const index = sentenceIndex(large);
  const sums = new Float64Array(large.sentences.length);
  const touched: number[] = [];
  let best = 0;
  for (const sa of small.sentences) {
    const { ids, weights } = sa.vector;
    for (let i = 0; i < ids.length; i++) {
      const list = index.get(ids[i] as number);
      if (list === undefined) {
        continue;
      }
      const w = weights[i] as number;
      for (let k = 0; k < list.sentences.length; k++) {
        const s = list.sentences[k] as number;
        if (sums[s] === 0) {
          touched.push(s);
        }
        sums[s] = (sums[s] as number) + w * (list.weights[k] as number);
      }
    }
    for (const s of touched) {
      if ((sums[s] as number) > best) {
        best = sums[s] as number;
      }
      sums[s] = 0;
    }
    touched.length = 0;
  }
  return best;
}

/** Share of the smaller of two ascending id sets that the other also holds. */
export function containment(a: Int32Array, b: Int32Array): number {
  const smaller = Math.min(a.length, b.length);
  return smaller === 0 ? 0 : sharedCount(a, b) / smaller;
}

/**
 * Per-article document frequencies, from which a pair-specific idf is derived:
 * idf(t) = log(1 + (nA + nB) / (dfA(t) + dfB(t))). Looked up per term: two array reads and
 * a table of logarithms per article pair.
 */
export function pairIdfFactory(
  features: ReadonlyArray<ParagraphFeatures>,
  vocabularySize: number,
): (articleA: number, articleB: number) => (id: number) => number {
  const articles = features.reduce((n, f) => Math.max(n, f.article + 1), 0);
  const df = Array.from({ length: articles }, () => new Int32Array(vocabularySize));
  const count = new Int32Array(articles);
  for (const f of features) {
    const table = df[f.article] as Int32Array;
    count[f.article] = (count[f.article] as number) + 1;
    for (const id of f.terms.ids) {
      table[id] = (table[id] as number) + 1;
    }
  }
  return (articleA, articleB) => {
    const dfA = df[articleA] as Int32Array;
    const dfB = df[articleB] as Int32Array;
    const n = (count[articleA] ?? 0) + (count[articleB] ?? 0);
    const logs = new Float64Array(n + 1);
    for (let d = 0; d <= n; d++) {
      logs[d] = Math.log(1 + n / Math.max(1, d));
    }
    return (id) => logs[(dfA[id] ?? 0) + (dfB[id] ?? 0)] ?? logs[0] ?? 0;
  };
}

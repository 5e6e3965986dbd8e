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
 * `allowed` limits the search to the pairs of articles that will be matched. Returns the
 * pairs `a < b` (feature indices), ordered by `a`, then `b`.
 */
export function candidatePairs(
  features: ReadonlyArray<ParagraphFeatures>,
  allowed?: (articleA: number, articleB: number) => boolean,
): ReadonlyArray<{ readonly a: number; readonly b: number }> {
  const total = features.length;
  const articles = features.reduce((n, f) => Math.max(n, f.article + 1), 0);
  let vocabulary = 0;
  for (const f of features) {
    const ids = f.vector.ids;
    vocabulary = Math.max(vocabulary, ids.length > 0 ? (ids[ids.length - 1] as number) + 1 : 0);
  }
  const members: number[][] = Array.from({ length: articles }, () => []);
  features.forEach((f, index) => members[f.article]?.push(index));
  // A term is indexed for an article where it is specific, whatever the other articles do
  // (a story's key word in every article of two hundred is still specific in each).
  const maxDfOf = members.map((list) =>
    list.length < MIN_PARAGRAPHS_FOR_DF_CUTOFF
      ? Infinity
      : Math.max(2, Math.min(list.length * MAX_INDEX_DF_SHARE, MAX_POSTINGS)),
  );
  const searches = (x: number, y: number): boolean =>
    x !== y && (allowed === undefined || allowed(x, y));
  // Two articles that index every term and search each other find the same cosines from
  // either side (the same products, added in the same order of term ids): their pairs are
  // scored once, as the first one searches the second one's index.
  const once = (x: number, y: number): boolean =>
    maxDfOf[x] === Infinity && maxDfOf[y] === Infinity && searches(x, y) && searches(y, x);
  // Each paragraph keeps its best few candidates in each other article; a pair is a
  // candidate when either of its paragraphs kept it.
  const perArticle = candidatesPerArticle(articles);
  const largest = members.reduce((n, list) => Math.max(n, list.length), 0);
  const searcher = new TopLists(1, perArticle);
  const searched = new TopLists(largest, perArticle);
  const kept: number[] = [];
  // One article's index at a time: the postings of its indexed terms, each term's side by
  // side (paragraph, by its place in the article, and weight), found through two arrays
  // over the term ids (a term the article does not index has no postings).
  const postingCount = new Int32Array(vocabulary);
  const postingStart = new Int32Array(vocabulary);
  const sums = new Float64Array(largest);
  const touched: number[] = [];
  for (let y = 0; y < articles; y++) {
    const own = members[y] as number[];
    const terms: number[] = [];
    for (const index of own) {
      const { ids } = (features[index] as ParagraphFeatures).vector;
      for (let i = 0; i < ids.length; i++) {
        const term = ids[i] as number;
        if (postingCount[term] === 0) {
          terms.push(term);
        }
        postingCount[term] = (postingCount[term] as number) + 1;
      }
    }
    // Counted so far: each term's document frequency in the article.
    const maxDf = maxDfOf[y] as number;
    let entries = 0;
    for (const term of terms) {
      const df = postingCount[term] as number;
      postingStart[term] = df <= maxDf ? entries : -1;
      entries += df <= maxDf ? df : 0;
      postingCount[term] = 0;
    }
    const postingParagraphs = new Int32Array(entries);
    const postingWeights = new Float64Array(entries);
    own.forEach((index, local) => {
      const { ids, weights } = (features[index] as ParagraphFeatures).vector;
      for (let i = 0; i < ids.length; i++) {
        const term = ids[i] as number;
        const start = postingStart[term] as number;
        if (start >= 0) {
          const at = start + (postingCount[term] as number);
          postingCount[term] = (postingCount[term] as number) + 1;
          postingParagraphs[at] = local;
          postingWeights[at] = weights[i] as number;
        }
      }
    });
    for (let x = 0; x < articles; x++) {
      const both = once(x, y);
      if (!searches(x, y) || (both && x > y)) {
        continue;
      }
      for (const a of members[x] as number[]) {
        const { ids, weights } = (features[a] as ParagraphFeatures).vector;
        for (let i = 0; i < ids.length; i++) {
          const term = ids[i] as number;
          const count = postingCount[term] as number;
          if (count === 0) {
            continue;
          }
          const weight = weights[i] as number;
          const start = postingStart[term] as number;
          for (let k = start; k < start + count; k++) {
            const b = postingParagraphs[k] as number;
            if (sums[b] === 0) {
              touched.push(b);
            }
            sums[b] = (sums[b] as number) + weight * (postingWeights[k] as number);
          }
        }
        for (const b of touched) {
          const cosine = sums[b] as number;
          sums[b] = 0;
          if (cosine >= MIN_CANDIDATE_COSINE) {
            searcher.offer(0, b, cosine);
            if (both) {
              searched.offer(b, a, cosine);
            }
          }
        }
        touched.length = 0;
        searcher.drain(0, (b) => kept.push(pairKey(a, own[b] as number, total)));
      }
      if (both) {
        own.forEach((b, local) => searched.drain(local, (a) => kept.push(pairKey(a, b, total))));
      }
    }
    for (const term of terms) {
      postingCount[term] = 0;
    }
  }
  const keys = Float64Array.from(kept).sort();
  const out: { a: number; b: number }[] = [];
  keys.forEach((key, i) => {
    if (i === 0 || key !== keys[i - 1]) {
      out.push({ a: Math.floor(key / total), b: key % total });
    }
  });
  return out;
}

/** A pair of paragraphs (by index) as one number, the smaller index first. */
function pairKey(a: number, b: number, total: number): number {
  return a < b ? a * total + b : b * total + a;
}

/**
 * Lists of the best few items by score (ties: the smaller item), kept by insertion (no
 * sorting), side by side in two arrays.
 */
class TopLists {
  private readonly items: Int32Array;
  private readonly scores: Float64Array;
  private readonly sizes: Int32Array;

  constructor(
    count: number,
    private readonly capacity: number,
  ) {
    this.items = new Int32Array(count * capacity);
    this.scores = new Float64Array(count * capacity);
    this.sizes = new Int32Array(count);
  }

  /** Offers an item to list `list`. */
  offer(list: number, item: number, score: number): void {
    const from = list * this.capacity;
    const size = this.sizes[list] as number;
    let at = size;
    while (
      at > 0 &&
      ((this.scores[from + at - 1] as number) < score ||
        ((this.scores[from + at - 1] as number) === score &&
          (this.items[from + at - 1] as number) > item))
    ) {
      at--;
    }
    if (at >= this.capacity) {
      return;
    }
    for (let i = Math.min(size, this.capacity - 1); i > at; i--) {
      this.items[from + i] = this.items[from + i - 1] as number;
      this.scores[from + i] = this.scores[from + i - 1] as number;
    }
    this.items[from + at] = item;
    this.scores[from + at] = score;
    this.sizes[list] = Math.min(size + 1, this.capacity);
  }

  /** Visits the items of list `list`, best first, and empties it. */
  drain(list: number, visit: (item: number) => void): void {
    const from = list * this.capacity;
    for (let i = 0; i < (this.sizes[list] as number); i++) {
      visit(this.items[from + i] as number);
    }
    this.sizes[list] = 0;
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

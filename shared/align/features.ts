/**
 * Per-paragraph features for similarity: weighted terms, word shingles, sentences, quotes,
 * names and figures.
 *
 * Computed once per comparison; every later pass reads them. Terms and shingles are
 * interned to integers and kept as sorted arrays, so that comparing two paragraphs is a
 * merge of two sorted lists (no string hashing or map look-ups in the hot loops) and an
 * article pair's idf is an array look-up.
 */
import { readWordSpans, sentenceSpans, stem, termsOfWords, WORD_PATTERN } from '../text/tokenize';
import { paragraphMeanings } from './word-vectors';

/** A sparse vector: sorted term ids and their weights, side by side. */
export interface SparseVector {
  /** Term ids, strictly ascending. */
  readonly ids: Int32Array;
  /** The weight of each id. */
  readonly weights: Float64Array;
}

/** Features of one sentence. */
export interface SentenceFeatures {
  /** Unit-length tf-idf vector of its content terms (idf over the whole comparison). */
  readonly vector: SparseVector;
}

/** Features of one (non-boilerplate) paragraph. */
export interface ParagraphFeatures {
  /** Article index. */
  readonly article: number;
  /** Paragraph index inside the article. */
  readonly paragraph: number;
  /** Content terms: ids ascending, with the sublinear term frequency `1 + ln(count)` as weight. */
  readonly terms: SparseVector;
  /** How many times each of {@link terms}' ids occurs. */
  readonly counts: Float64Array;
  /** Unit-length tf-idf vector of content terms (idf over the whole comparison). */
  readonly vector: SparseVector;
  /** Word 3-shingles (stopwords kept): verbatim phrasing; interned ids, ascending. */
  readonly shingles: Int32Array;
  /** Sentences with enough content to be matched on their own. */
  readonly sentences: ReadonlyArray<SentenceFeatures>;
  /** Word shingles that lie inside quotation marks; interned ids, ascending. */
  readonly quoteShingles: Int32Array;
  /** Names (capitalised words inside sentences) as term ids, ascending. */
  readonly names: Int32Array;
  /** Figures: numbers written with digits (separators dropped) or as small number words. */
  readonly numbers: ReadonlySet<string>;
  /** What it reports beyond the story's topic, from its words' vectors (see `paragraphMeanings`). */
  readonly meaning: Float32Array | null;
}

// A capitalised word that does not open a sentence (nor follow a colon or a quote mark).
const NAME = /(?<![.!?:"“‘]\s*|^\s*)\b\p{Lu}[\p{L}\p{M}'’-]*/gu;

/** The names of a text: capitalised words inside sentences, as content terms ("Rosenbaum's" → "rosenbaum"). */
export function namesOf(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const match of text.matchAll(NAME)) {
    const word = match[0].toLowerCase().replace(/['’]s$/u, '');
    if (word.length > 1) {
      out.add(stem(word));
    }
  }
  return out;
}

const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  [
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen',
    'fifteen sixteen seventeen eighteen nineteen twenty',
  ]
    .join(' ')
    .split(' ')
    .map((w, i) => [w, String(i)]),
);

/** The figures of a text: digit groups without separators ("31,000" → "31000"), small number words as digits. */
export function numbersOf(list: ReadonlyArray<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const word of list) {
    if (/^\d/u.test(word)) {
      out.add(word.replace(/,(?=\d{3})/gu, ''));
    } else {
      const n = NUMBER_WORDS.get(word);
      if (n !== undefined) {
        out.add(n);
      }
    }
  }
  return out;
}

/** Size of word shingles: three words make a phrase that is rarely shared by chance. */
export const SHINGLE_SIZE = 3;

/** Sentences with fewer content terms than this are too short to match alone ("He said."). */
export const MIN_SENTENCE_TERMS = 4;

const QUOTED = /["“”„«»]([^"“”„«»]{8,})["“”„«»]|(?:^|[\s(])[‘']([^‘’']{8,})[’'](?=$|[\s.,;:!?)])/gu;

/** The quoted passages of a text (double quotes of any style, and single curly/straight quotes). */
export function quotedPassages(text: string): ReadonlyArray<string> {
  return quotedRanges(text).map(({ start, end }) => text.slice(start, end));
}

/**
 * Where the quoted passages of {@link quotedPassages} lie in the text: no word runs across
 * their edges, since each is bounded by a quotation mark that no word holds (a single mark
 * is preceded by a space or a bracket, and followed by a space, a stop or the end).
 */
export function quotedRanges(text: string): ReadonlyArray<{ start: number; end: number }> {
  const out: { start: number; end: number }[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const passage = match[1] ?? match[2] ?? '';
    // The passage is followed by its one closing mark, the last character of the match.
    const end = (match.index ?? 0) + match[0].length - 1;
    out.push({ start: end - passage.length, end });
  }
  return out;
}

/** Interns strings to dense integer ids (0, 1, 2… in order of first sight). */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  /** The id of a string, assigned on first sight. */
  idOf(item: string): number {
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(item, id);
    }
    return id;
  }

  /** Number of distinct strings. */
  get size(): number {
    return this.ids.size;
  }
}

/** Sorted unique ids of some strings. */
function idsOf(items: Iterable<string>, vocabulary: Vocabulary): Int32Array {
  const ids = new Set<number>();
  for (const item of items) {
    ids.add(vocabulary.idOf(item));
  }
  return sortedIds(ids);
}

/**
 * The ids of a set (or a map's keys) as an ascending array, filled by hand: `Int32Array.from`
 * walks them through the iterator protocol, several times slower.
 */
export function sortedIds(ids: ReadonlySet<number> | ReadonlyMap<number, unknown>): Int32Array {
  const out = new Int32Array(ids.size);
  let i = 0;
  for (const id of ids.keys()) {
    out[i++] = id;
  }
  return out.sort();
}

/** Sublinear term frequency of counts: `1 + ln(count)`. */
export function sublinear(counts: SparseVector): SparseVector {
  const weights = new Float64Array(counts.weights.length);
  for (let i = 0; i < weights.length; i++) {
    weights[i] = 1 + Math.log(counts.weights[i] as number);
  }
  return { ids: counts.ids, weights };
}

/** Builds a unit-length tf-idf vector (sublinear tf) from term counts. */
export function tfidfVector(counts: SparseVector, idf: (id: number) => number): SparseVector {
  const weights = new Float64Array(counts.ids.length);
  let norm = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = (1 + Math.log(counts.weights[i] as number)) * idf(counts.ids[i] as number);
    weights[i] = w;
    norm += w * w;
  }
  const length = Math.sqrt(norm);
  if (length > 0) {
    for (let i = 0; i < weights.length; i++) {
      weights[i] = (weights[i] as number) / length;
    }
  }
  return { ids: counts.ids, weights };
}

/**
 * The cosine of the tf-idf vectors of two sublinear term frequencies (`sublinear(counts)`):
 * `dot(tfidfVector(countsA, idf), tfidfVector(countsB, idf))` to the last bit, without
 * making the two vectors (it runs for every article pair, on whole articles).
 */
export function tfidfCosine(a: SparseVector, b: SparseVector, idf: (id: number) => number): number {
  const lengthA = tfidfLength(a, idf);
  const lengthB = tfidfLength(b, idf);
  let i = 0;
  let j = 0;
  let sum = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) {
      const w = (a.weights[i] as number) * idf(x);
      const v = (b.weights[j] as number) * idf(y);
      sum += (lengthA > 0 ? w / lengthA : w) * (lengthB > 0 ? v / lengthB : v);
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return sum;
}

/** The length of the tf-idf vector {@link tfidfVector} makes, before it scales it (from sublinear tf). */
function tfidfLength(tf: SparseVector, idf: (id: number) => number): number {
  let norm = 0;
  for (let i = 0; i < tf.ids.length; i++) {
    const w = (tf.weights[i] as number) * idf(tf.ids[i] as number);
    norm += w * w;
  }
  return Math.sqrt(norm);
}

/** Dot product of two sparse vectors (cosine when both are unit length). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) {
      sum += (a.weights[i] as number) * (b.weights[j] as number);
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return sum;
}

/** How many ids two ascending id arrays share. */
export function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return shared;
}

/** The summed weight of the ids two ascending id arrays share. */
export function sharedWeight(a: Int32Array, b: Int32Array, weight: (id: number) => number): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      sum += weight(x);
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return sum;
}

/** Inverse document frequencies over a set of paragraphs' term sets. */
export interface IdfTable {
  /** idf of a term id; unseen terms get the maximum. */
  readonly idf: (id: number) => number;
}

/** Smoothed idf: log(1 + N / df). Never zero, so a term shared by all still counts a little. */
export function buildIdf(termSets: ReadonlyArray<Int32Array>, vocabularySize: number): IdfTable {
  const df = new Int32Array(vocabularySize);
  for (const set of termSets) {
    for (const id of set) {
      df[id] = (df[id] as number) + 1;
    }
  }
  const total = Math.max(1, termSets.length);
  const table = new Float64Array(vocabularySize);
  for (let id = 0; id < vocabularySize; id++) {
    table[id] = Math.log(1 + total / Math.max(1, df[id] as number));
  }
  const unseen = Math.log(1 + total);
  return {
    idf: (id) => table[id] ?? unseen,
  };
}

/** Input paragraph for feature extraction. */
export interface FeatureInput {
  /** Article index. */
  readonly article: number;
  /** Paragraph index. */
  readonly paragraph: number;
  /** Paragraph text. */
  readonly text: string;
}

/** The features of a set of paragraphs, with the shared vocabulary and idf. */
export interface FeatureSet {
  readonly features: ReadonlyArray<ParagraphFeatures>;
  readonly idf: IdfTable;
  /** Content terms and names → ids. */
  readonly terms: Vocabulary;
}

const CURLY_APOSTROPHE = /[‘’‚‛′]/gu;

/** Shingle keys pack three word ids into one number while ids stay below this. */
const SHINGLE_RADIX = 1 << 17;

/**
 * Distinct words of a comparison, each read once: its content term (stemmed, or -1 for a
 * stopword or a one- or two-digit number), so that stemming runs once per word, not once
 * per occurrence.
 */
class WordTable {
  readonly ids = new Map<string, number>();
  /**
   * The id of each word as written (before folding and lower-casing): most words recur,
   * and are then looked up once instead of being folded, lower-cased and looked up.
   */
  private readonly written = new Map<string, number>();
  readonly words: string[] = [];
  readonly term: number[] = [];
  /** Each word's figure (see {@link numbersOf}), or null; looked up on first use. */
  private readonly figure: (string | null | undefined)[] = [];
  /** How many times each term occurs in the run being counted (zero between counts). */
  private termCount = new Int32Array(1024);

  constructor(private readonly terms: Vocabulary) {}

  /** The word ids of a text, in order, with each word's offset. */
  read(text: string): {
    readonly ids: ReadonlyArray<number>;
    readonly starts: ReadonlyArray<number>;
  } {
    const ids: number[] = [];
    const starts: number[] = [];
    // The words' offsets first: interning a word the hand-written reader gave before it
    // gave up on the text would make an id the pattern never reads.
    const spans: number[] = [];
    if (readWordSpans(text, (start, end) => spans.push(start, end))) {
      for (let k = 0; k < spans.length; k += 2) {
        const start = spans[k] as number;
        ids.push(this.idOf(text.slice(start, spans[k + 1])));
        starts.push(start);
      }
    } else {
      for (const match of text.matchAll(WORD_PATTERN)) {
        ids.push(this.idOf(match[0]));
        starts.push(match.index ?? 0);
      }
    }
    return { ids, starts };
  }

  /** The figures of a run of word ids, as {@link numbersOf} reads them. */
  figuresOf(wordIds: ReadonlyArray<number>): ReadonlySet<string> {
    const out = new Set<string>();
    for (const id of wordIds) {
      let figure = this.figure[id];
      if (figure === undefined) {
        figure = [...numbersOf([this.words[id] as string])][0] ?? null;
        this.figure[id] = figure;
      }
      if (figure !== null) {
        out.add(figure);
      }
    }
    return out;
  }

  /** Content-term counts of a run of word ids (ids ascending). */
  termCounts(wordIds: ReadonlyArray<number>, from: number, to: number): SparseVector {
    const seen: number[] = [];
    for (let i = from; i < to; i++) {
      const term = this.term[wordIds[i] as number] as number;
      if (term >= 0) {
        if (term >= this.termCount.length) {
          const grown = new Int32Array(Math.max(term + 1, 2 * this.termCount.length));
          grown.set(this.termCount);
          this.termCount = grown;
        }
        const count = this.termCount[term] as number;
        if (count === 0) {
          seen.push(term);
        }
        this.termCount[term] = count + 1;
      }
    }
    const ids = new Int32Array(seen.length);
    for (let i = 0; i < seen.length; i++) {
      ids[i] = seen[i] as number;
    }
    ids.sort();
    const weights = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      const term = ids[i] as number;
      weights[i] = this.termCount[term] as number;
      this.termCount[term] = 0;
    }
    return { ids, weights };
  }

  /** The id of a word as written. */
  private idOf(written: string): number {
    let id = this.written.get(written);
    if (id === undefined) {
      const word = written.replace(CURLY_APOSTROPHE, "'").toLowerCase();
      id = this.ids.get(word);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(word, id);
        this.words.push(word);
        this.term.push(termsOfWords([word]).length === 0 ? -1 : this.terms.idOf(stem(word)));
      }
      this.written.set(written, id);
    }
    return id;
  }
}

/** How many content terms a run of word ids holds. */
function termTotal(wordIds: ArrayLike<number>, from: number, to: number, table: WordTable): number {
  let total = 0;
  for (let i = from; i < to; i++) {
    total += (table.term[wordIds[i] as number] as number) >= 0 ? 1 : 0;
  }
  return total;
}

/**
 * Interns word 3-shingles to dense ids (0, 1, 2… in order of first sight): three word ids
 * packed into one number while they stay below {@link SHINGLE_RADIX}, else spelled out.
 */
class ShingleTable {
  private readonly packed = new Map<number, number>();
  private readonly spelled = new Map<string, number>();
  private size = 0;

  /** The id of the shingle of words `a b c`. */
  idOf(a: number, b: number, c: number): number {
    if (a < SHINGLE_RADIX && b < SHINGLE_RADIX && c < SHINGLE_RADIX) {
      const key = (a * SHINGLE_RADIX + b) * SHINGLE_RADIX + c;
      let id = this.packed.get(key);
      if (id === undefined) {
        id = this.size++;
        this.packed.set(key, id);
      }
      return id;
    }
    const key = `${a} ${b} ${c}`;
    let id = this.spelled.get(key);
    if (id === undefined) {
      id = this.size++;
      this.spelled.set(key, id);
    }
    return id;
  }
}

/** Interned ids of the word 3-shingles of a run of word ids (ids ascending). */
function shingleIds(wordIds: ArrayLike<number>, shingles: ShingleTable): Int32Array {
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_SIZE <= wordIds.length; i++) {
    out.add(
      shingles.idOf(wordIds[i] as number, wordIds[i + 1] as number, wordIds[i + 2] as number),
    );
  }
  return sortedIds(out);
}

/** Computes the features of all given paragraphs with a shared idf table. */
export function paragraphFeatures(inputs: ReadonlyArray<FeatureInput>): FeatureSet {
  const terms = new Vocabulary();
  const shingles = new ShingleTable();
  const table = new WordTable(terms);
  const tokens = inputs.map((p) => table.read(p.text));
  const counts = tokens.map((t) => table.termCounts(t.ids, 0, t.ids.length));
  const nameIds = inputs.map((p) => idsOf(namesOf(p.text), terms));
  const idf = buildIdf(
    counts.map((c) => c.ids),
    terms.size,
  );
  // Each paragraph's distinct content words: `seenIn[id]` is the last paragraph that had it.
  const seenIn = new Int32Array(table.words.length).fill(-1);
  const meanings = paragraphMeanings({
    paragraphs: tokens.map(({ ids }, k) => {
      const distinct: number[] = [];
      for (const id of ids) {
        if ((table.term[id] as number) >= 0 && seenIn[id] !== k) {
          seenIn[id] = k;
          distinct.push(id);
        }
      }
      return distinct;
    }),
    word: (id) => table.words[id] as string,
    weight: (id) => idf.idf(table.term[id] as number),
  });
  const features = inputs.map((input, k): ParagraphFeatures => {
    const termCounts = counts[k] as SparseVector;
    const { ids: wordIds, starts } = tokens[k] as {
      ids: ReadonlyArray<number>;
      starts: ReadonlyArray<number>;
    };
    const sentenceFeatures: SentenceFeatures[] = [];
    let from = 0;
    for (const span of sentenceSpans(input.text)) {
      let to = from;
      while (to < starts.length && (starts[to] as number) < span.endExclusive) {
        to++;
      }
      if (termTotal(wordIds, from, to, table) >= MIN_SENTENCE_TERMS) {
        sentenceFeatures.push({
          vector: tfidfVector(table.termCounts(wordIds, from, to), idf.idf),
        });
      }
      from = to;
    }
    // A passage's words are the paragraph's words that start inside it.
    const quoted = new Set<number>();
    let first = 0;
    for (const { start, end } of quotedRanges(input.text)) {
      while (first < starts.length && (starts[first] as number) < start) {
        first++;
      }
      let last = first;
      while (last < starts.length && (starts[last] as number) < end) {
        last++;
      }
      for (const id of shingleIds(wordIds.slice(first, last), shingles)) {
        quoted.add(id);
      }
    }
    return {
      article: input.article,
      paragraph: input.paragraph,
      terms: sublinear(termCounts),
      counts: termCounts.weights,
      vector: tfidfVector(termCounts, idf.idf),
      shingles: shingleIds(wordIds, shingles),
      sentences: sentenceFeatures,
      quoteShingles: sortedIds(quoted),
      names: nameIds[k] as Int32Array,
      numbers: table.figuresOf(wordIds),
      meaning: meanings[k] ?? null,
    };
  });
  return { features, idf, terms };
}

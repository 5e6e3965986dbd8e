/**
 * Per-paragraph features for similarity: weighted terms, word shingles, sentences, quotes.
 *
 * Computed once per comparison; every later pass reads them.
 */
import { sentences, stem, termsOfWords, words } from '../text/tokenize';

/** A sparse vector: term → weight. */
export type SparseVector = ReadonlyMap<string, number>;

/** Features of one sentence. */
export interface SentenceFeatures {
  /** Unit-length tf-idf vector of its content terms (idf over the whole comparison). */
  readonly vector: SparseVector;
  /** Number of content terms. */
  readonly termCount: number;
}

/** Features of one (non-boilerplate) paragraph. */
export interface ParagraphFeatures {
  /** Article index. */
  readonly article: number;
  /** Paragraph index inside the article. */
  readonly paragraph: number;
  /** Content terms with their counts. */
  readonly termCounts: ReadonlyMap<string, number>;
  /** Unit-length tf-idf vector of content terms. */
  readonly vector: SparseVector;
  /** Sum of idf over distinct terms: how much specific content the paragraph holds. */
  readonly mass: number;
  /** Word 3-shingles (stopwords kept): verbatim phrasing. */
  readonly shingles: ReadonlySet<string>;
  /** Sentences with enough content to be matched on their own. */
  readonly sentences: ReadonlyArray<SentenceFeatures>;
  /** Word shingles that lie inside quotation marks. */
  readonly quoteShingles: ReadonlySet<string>;
  /** Names: capitalised words inside sentences (not opening one), as content terms. */
  readonly names: ReadonlySet<string>;
  /** Figures: numbers written with digits (separators dropped) or as small number words. */
  readonly numbers: ReadonlySet<string>;
  /** Number of words. */
  readonly wordCount: number;
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

/** Collects the word n-grams of a word list. */
export function shingles(list: ReadonlyArray<string>, size = SHINGLE_SIZE): ReadonlySet<string> {
  const out = new Set<string>();
  for (let i = 0; i + size <= list.length; i++) {
    out.add(list.slice(i, i + size).join(' '));
  }
  return out;
}

const QUOTED = /["“”„«»]([^"“”„«»]{8,})["“”„«»]|(?:^|[\s(])[‘']([^‘’']{8,})[’'](?=$|[\s.,;:!?)])/gu;

/** The quoted passages of a text (double quotes of any style, and single curly/straight quotes). */
export function quotedPassages(text: string): ReadonlyArray<string> {
  const out: string[] = [];
  for (const match of text.matchAll(QUOTED)) {
    out.push(match[1] ?? match[2] ?? '');
  }
  return out;
}

function countTerms(terms: ReadonlyArray<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) {
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/** Builds a unit-length tf-idf vector (sublinear tf). */
export function tfidfVector(
  counts: ReadonlyMap<string, number>,
  idf: (term: string) => number,
): SparseVector {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(count)) * idf(term);
    vector.set(term, weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm);
  if (length > 0) {
    for (const [term, weight] of vector) {
      vector.set(term, weight / length);
    }
  }
  return vector;
}

/** Dot product of two sparse vectors (cosine when both are unit length). */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) {
      sum += weight * other;
    }
  }
  return sum;
}

/** Inverse document frequencies over a set of paragraphs' term sets. */
export interface IdfTable {
  /** idf of a term; unseen terms get the maximum. */
  readonly idf: (term: string) => number;
  /** Number of paragraphs containing the term. */
  readonly df: (term: string) => number;
  /** Number of paragraphs counted. */
  readonly total: number;
}

/** Smoothed idf: log(1 + N / df). Never zero, so a term shared by all still counts a little. */
export function buildIdf(termSets: ReadonlyArray<Iterable<string>>): IdfTable {
  const df = new Map<string, number>();
  for (const set of termSets) {
    for (const term of new Set(set)) {
      df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  const total = Math.max(1, termSets.length);
  return {
    idf: (term) => Math.log(1 + total / (df.get(term) ?? 1)),
    df: (term) => df.get(term) ?? 0,
    total,
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

/** Computes the features of all given paragraphs with a shared idf table. */
export function paragraphFeatures(inputs: ReadonlyArray<FeatureInput>): {
  readonly features: ReadonlyArray<ParagraphFeatures>;
  readonly idf: IdfTable;
} {
  const wordLists = inputs.map((p) => words(p.text));
  const termLists = wordLists.map(termsOfWords);
  const idf = buildIdf(termLists);
  const features = inputs.map((input, k): ParagraphFeatures => {
    const termCounts = countTerms(termLists[k] ?? []);
    let mass = 0;
    for (const term of termCounts.keys()) {
      mass += idf.idf(term);
    }
    const sentenceFeatures: SentenceFeatures[] = [];
    for (const sentence of sentences(input.text)) {
      const terms = termsOfWords(words(sentence));
      if (terms.length >= MIN_SENTENCE_TERMS) {
        sentenceFeatures.push({
          vector: tfidfVector(countTerms(terms), idf.idf),
          termCount: terms.length,
        });
      }
    }
    const quoteShingles = new Set<string>();
    for (const passage of quotedPassages(input.text)) {
      for (const s of shingles(words(passage))) {
        quoteShingles.add(s);
      }
    }
    return {
      article: input.article,
      paragraph: input.paragraph,
      termCounts,
      vector: tfidfVector(termCounts, idf.idf),
      mass,
      shingles: shingles(wordLists[k] ?? []),
      sentences: sentenceFeatures,
      quoteShingles,
      names: namesOf(input.text),
      numbers: numbersOf(wordLists[k] ?? []),
      wordCount: (wordLists[k] ?? []).length,
    };
  });
  return { features, idf };
}

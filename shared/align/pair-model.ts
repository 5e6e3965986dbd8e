/**
 * How likely two paragraphs of two articles are counterparts: a learned logistic model.
 *
 * It reads what the two paragraphs share (terms weighted by how specific they are to the two
 * articles, the best-matching sentences, verbatim phrasing, quotations, names, figures), how
 * close their meanings are beyond the story's topic (word vectors, `word-vectors.ts`: two
 * outlets' paraphrases of one fact share few words), and where they stand (relative
 * position, lengths, headlines). No single signal separates right from wrong across stories
 * (two paragraphs of one story share names and places whatever they report); the weights
 * that combine them are data, learned from the reference stories
 * by `npm run learn` (`scripts/learn-weights.ts`) and kept in `learned-weights.ts`. The
 * matcher then judges each pair against its rivals (`match-pairs.ts`).
 */
import { bestSentenceMatch, containment } from './similarity';
import { sharedWeight, type ParagraphFeatures } from './features';
import { logOdds, type LogisticModel } from './logistic';
import { meaningCosine } from './word-vectors';

/** A content paragraph as the pair model sees it. */
export interface ModelParagraph {
  /** Its features. */
  readonly features: ParagraphFeatures;
  /** Its rank among its article's content paragraphs (0 = first). */
  readonly rank: number;
  /** Number of content paragraphs in its article. */
  readonly count: number;
  /** Whether it is the article's headline (or a sub-headline). */
  readonly headline: boolean;
}

/** Names of the model's inputs, in order (see {@link pairInputs}). */
export const PAIR_INPUTS = [
  'cosine',
  'overlap',
  'sentence',
  'phrasing',
  'quote',
  'sharedMass',
  'sharedShare',
  'names',
  'numbers',
  'position',
  'minMass',
  'massRatio',
  'bothHeadlines',
  'oneHeadline',
  'bothLeads',
  'earliness',
  'meaning',
] as const;

/** A candidate pair between article X and article Y, by content paragraph. */
export interface ModelCandidate {
  /** Paragraph of X. */
  readonly x: ModelParagraph;
  /** Paragraph of Y. */
  readonly y: ModelParagraph;
}

/** A paragraph's term idfs, tf-idf norm and idf mass under one article pair's idf. */
export interface PairNorms {
  /**
   * The idf of each of the paragraph's terms (aligned with its term ids): a plain array, as
   * one is made per paragraph and article pair (a typed array costs several times more).
   */
  readonly idf: ReadonlyArray<number>;
  readonly norm: number;
  readonly mass: number;
}

/** {@link PairNorms} of a paragraph. */
export function pairNorms(p: ModelParagraph, idf: (id: number) => number): PairNorms {
  const { ids, weights } = p.features.terms;
  const idfs: number[] = [];
  let norm = 0;
  let mass = 0;
  for (let i = 0; i < ids.length; i++) {
    const w = idf(ids[i] as number);
    idfs.push(w);
    const t = (weights[i] as number) * w;
    norm += t * t;
    mass += w;
  }
  return { idf: idfs, norm: Math.sqrt(norm), mass };
}

/**
 * The model's inputs for a candidate pair. `idf` is specific to the two articles; the
 * norms may be given when computed once per paragraph and article pair, and `out` when one
 * array is filled for candidate after candidate.
 */
export function pairInputs(
  a: ModelParagraph,
  b: ModelParagraph,
  idf: (id: number) => number,
  na: PairNorms = pairNorms(a, idf),
  nb: PairNorms = pairNorms(b, idf),
  out: Float64Array = new Float64Array(PAIR_INPUTS.length),
): Float64Array {
  const fa = a.features;
  const fb = b.features;
  let product = 0;
  let shared = 0;
  const ai = fa.terms.ids;
  const bi = fb.terms.ids;
  for (let i = 0, j = 0; i < ai.length && j < bi.length;) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) {
      const w = na.idf[i] as number;
      product += (fa.terms.weights[i] as number) * (fb.terms.weights[j] as number) * w * w;
      shared += w;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  const names = sharedWeight(fa.names, fb.names, idf);
  let numbers = 0;
  for (const n of fa.numbers) {
    if (fb.numbers.has(n)) {
      numbers++;
    }
  }
  const minMass = Math.min(na.mass, nb.mass);
  const maxMass = Math.max(na.mass, nb.mass);
  const position = Math.abs(relative(a) - relative(b));
  out[0] = na.norm > 0 && nb.norm > 0 ? product / (na.norm * nb.norm) : 0;
  out[1] = minMass > 0 ? shared / minMass : 0;
  out[2] = bestSentenceMatch(fa, fb);
  out[3] = containment(fa.shingles, fb.shingles);
  out[4] = containment(fa.quoteShingles, fb.quoteShingles);
  out[5] = Math.log1p(shared);
  out[6] = maxMass > 0 ? shared / maxMass : 0;
  out[7] = Math.log1p(names);
  out[8] = Math.log1p(numbers);
  out[9] = position;
  out[10] = Math.log1p(minMass);
  out[11] = Math.log((minMass + 1) / (maxMass + 1));
  out[12] = a.headline && b.headline ? 1 : 0;
  out[13] = a.headline !== b.headline ? 1 : 0;
  out[14] = a.rank < LEAD_RANKS && b.rank < LEAD_RANKS ? 1 : 0;
  out[15] = 1 / (1 + a.rank + b.rank);
  out[16] = meaningCosine(fa.meaning, fb.meaning);
  return out;
}

/**
 * Visits the model's inputs of every candidate of one article pair, in order (norms computed
 * once per paragraph). The inputs are one array, filled anew for each candidate.
 */
function visitCandidateInputs(
  candidates: ReadonlyArray<ModelCandidate>,
  idf: (id: number) => number,
  visit: (inputs: Float64Array, index: number) => void,
): void {
  // By rank: the candidates' x paragraphs are all of one article, their y paragraphs of the other.
  const xNorms: (PairNorms | undefined)[] = [];
  const yNorms: (PairNorms | undefined)[] = [];
  const normsOf = (norms: (PairNorms | undefined)[], p: ModelParagraph): PairNorms => {
    let n = norms[p.rank];
    if (n === undefined) {
      n = pairNorms(p, idf);
      norms[p.rank] = n;
    }
    return n;
  };
  const inputs = new Float64Array(PAIR_INPUTS.length);
  for (let i = 0; i < candidates.length; i++) {
    const { x, y } = candidates[i] as ModelCandidate;
    visit(pairInputs(x, y, idf, normsOf(xNorms, x), normsOf(yNorms, y), inputs), i);
  }
}

/** The model's inputs for every candidate of one article pair (norms computed once per paragraph). */
export function candidateInputs(
  candidates: ReadonlyArray<ModelCandidate>,
  idf: (id: number) => number,
): ReadonlyArray<Float64Array> {
  const out: Float64Array[] = [];
  visitCandidateInputs(candidates, idf, (inputs) => out.push(inputs.slice()));
  return out;
}

/**
 * The lead: an article's first content paragraphs, where news puts its main event (the
 * inverted pyramid), so two leads of one story report it whatever their words.
 */
export const LEAD_RANKS = 3;

function relative(p: ModelParagraph): number {
  return p.count > 1 ? p.rank / (p.count - 1) : 0;
}

/**
 * The log-odds that each candidate of one article pair is a pair of counterparts. `idf` is
 * specific to the two articles (see `pairIdfFactory`).
 */
export function counterpartLogOdds(
  model: LogisticModel,
  candidates: ReadonlyArray<ModelCandidate>,
  idf: (id: number) => number,
): Float64Array {
  const out = new Float64Array(candidates.length);
  visitCandidateInputs(candidates, idf, (inputs, i) => {
    out[i] = logOdds(model, inputs);
  });
  return out;
}

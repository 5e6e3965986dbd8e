/**
 * Deterministic synthetic articles for the benchmark, built from real seed paragraphs.
 *
 * A "story" of about the requested length is assembled from the seed paragraphs
 * (recombined sentence by sentence, with synonym swaps and renamed entities so that long
 * stories do not repeat themselves verbatim). Each outlet's article is then that story,
 * perturbed the way outlets differ: paragraphs dropped, inserted, reworded, moved, split
 * and merged. Everything is drawn from a seeded PRNG, so a given seed always yields the
 * same articles.
 */
import type { Article } from '../shared/model';
import { mulberry32 } from '../shared/util/random';

/** A source of pseudo-random numbers in [0, 1). */
export type Random = () => number;

/** The seeded PRNG (re-exported for the synthesis's callers). */
export { mulberry32 };

/** A whole number in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** One element of a non-empty array. */
export function pick<T>(random: Random, items: ReadonlyArray<T>): T {
  if (items.length === 0) {
    throw new Error('pick: empty array');
  }
  return items[randomInt(random, items.length)] as T;
}

/**
 * News-speak synonyms that outlets swap for one another ("said" / "stated"). Each group is
 * interchangeable in the seeds' sentences closely enough for a benchmark.
 */
export const SYNONYM_GROUPS: ReadonlyArray<ReadonlyArray<string>> = [
  ['said', 'stated', 'told reporters', 'added'],
  ['criticised', 'attacked', 'condemned', 'hit out at'],
  ['officers', 'officials', 'staff', 'personnel'],
  ['police', 'force', 'constabulary'],
  ['tweet', 'post', 'message'],
  ['deleted', 'removed', 'taken down'],
  ['unacceptable', 'inappropriate', 'wrong'],
  ['mayor', 'London mayor', 'City Hall leader'],
  ['accused', 'charged', 'blamed'],
  ['misleading', 'false', 'inaccurate'],
  ['suggestion', 'claim', 'assertion'],
  ['resignation', 'departure', 'exit'],
  ['announced', 'revealed', 'declared'],
  ['statement', 'announcement', 'release'],
  ['public', 'people', 'community'],
  ['independent', 'impartial', 'neutral'],
  ['reported', 'claimed', 'alleged'],
  ['senior', 'top', 'high-ranking'],
  ['angered', 'infuriated', 'outraged'],
  ['account', 'profile', 'handle'],
  ['shortly', 'soon', 'quickly'],
  ['however', 'but', 'yet'],
  ['commissioner', 'chief', 'head'],
  ['issue', 'matter', 'question'],
  ['asked', 'questioned', 'pressed'],
  ['responded', 'replied', 'answered'],
  ['insisted', 'maintained', 'argued'],
  ['amplifying', 'spreading', 'boosting'],
];

const SYNONYMS: ReadonlyMap<string, ReadonlyArray<string>> = new Map(
  SYNONYM_GROUPS.flatMap((group) =>
    group.map((word) => [word.toLowerCase(), group.filter((w) => w !== word)] as const),
  ),
);

/** Counts the words (runs of letters or digits) of a text. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

/** Splits a paragraph into sentences, each with its trailing space, losslessly. */
export function splitSentences(text: string): ReadonlyArray<string> {
  return text.match(/[^.!?]+(?:[.!?]+["”’]?|$)\s*/g) ?? [text];
}

/**
 * Swaps about `rate` of the words that have synonyms, keeping their capitalisation.
 * Example (rate 1): "Police said the tweet" → "Force stated the post".
 */
export function rewordParagraph(text: string, random: Random, rate: number): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const options = SYNONYMS.get(word.toLowerCase());
    if (!options || random() >= rate) {
      return word;
    }
    const swap = pick(random, options);
    return /^\p{Lu}/u.test(word) ? swap[0]!.toUpperCase() + swap.slice(1) : swap;
  });
}

const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'vi',
  'san',
  'tor',
  'el',
  'dra',
  'quin',
  'bo',
  'ret',
  'ha',
  'nis',
  'ul',
  'pe',
  'gor',
];

/** An invented proper name ("Torvisan"), so renamed entities do not collide with real words. */
export function inventName(random: Random): string {
  const n = 2 + randomInt(random, 2);
  const name = Array.from({ length: n }, () => pick(random, SYLLABLES)).join('');
  return name[0]!.toUpperCase() + name.slice(1);
}

/**
 * Renames about `rate` of the capitalised words that do not start a sentence, and shifts
 * numbers, as a long document does when it moves on to other people and figures.
 */
export function renameEntities(text: string, random: Random, rate: number): string {
  return text.replace(/(?<=[\p{L},;:] )\p{Lu}\p{Ll}+|\b\d{1,3}\b/gu, (token) => {
    if (random() >= rate) {
      return token;
    }
    return /\d/.test(token) ? String(1 + randomInt(random, 300)) : inventName(random);
  });
}

/** A new paragraph: one to three sentences drawn from the pool, lightly reworded. */
export function recombineParagraph(pool: ReadonlyArray<string>, random: Random): string {
  const sentences = pool.map(splitSentences);
  const count = 1 + randomInt(random, 3);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(pick(random, pick(random, sentences)).trim());
  }
  return rewordParagraph(parts.join(' '), random, 0.2);
}

/**
 * The master story: about `targetWords` words of paragraphs. The first pass uses the pool
 * paragraphs as they are (a short story reads like the seeds); once the pool is used up,
 * paragraphs are recombined from its sentences with entities renamed, so a 50,000-word
 * document does not consist of the same 100 paragraphs repeated.
 */
export function buildStory(
  pool: ReadonlyArray<string>,
  targetWords: number,
  random: Random,
): ReadonlyArray<string> {
  if (pool.length === 0) {
    throw new Error('buildStory: empty pool');
  }
  const order = shuffled(pool, random);
  const story: string[] = [];
  let words = 0;
  let i = 0;
  while (words < targetWords) {
    const paragraph =
      i < order.length
        ? (order[i] as string)
        : renameEntities(recombineParagraph(pool, random), random, 0.5);
    story.push(paragraph);
    words += countWords(paragraph);
    i++;
  }
  return story;
}

/** How often each perturbation happens to a paragraph of the story. */
export interface PerturbRates {
  /** Paragraph left out. */
  readonly drop: number;
  /** A fresh paragraph inserted after it. */
  readonly insert: number;
  /** Paragraph reworded (synonym swaps). */
  readonly reword: number;
  /** Share of swappable words swapped in a reworded paragraph. */
  readonly rewordDepth: number;
  /** Paragraph moved elsewhere. */
  readonly move: number;
  /** Paragraph split in two at a sentence boundary. */
  readonly split: number;
  /** Paragraph merged with the next one. */
  readonly merge: number;
}

/** Rates that give articles about as different as the seeds' same-story pairs. */
export const DEFAULT_PERTURB_RATES: PerturbRates = {
  drop: 0.12,
  insert: 0.1,
  reword: 0.4,
  rewordDepth: 0.35,
  move: 0.06,
  split: 0.05,
  merge: 0.05,
};

/** One outlet's version of the story. */
export function perturbStory(
  story: ReadonlyArray<string>,
  pool: ReadonlyArray<string>,
  random: Random,
  rates: PerturbRates = DEFAULT_PERTURB_RATES,
): ReadonlyArray<string> {
  const out: string[] = [];
  for (const original of story) {
    if (random() < rates.drop) {
      continue;
    }
    const text =
      random() < rates.reword ? rewordParagraph(original, random, rates.rewordDepth) : original;
    const sentences = splitSentences(text);
    if (sentences.length >= 2 && random() < rates.split) {
      const cut = 1 + randomInt(random, sentences.length - 1);
      out.push(sentences.slice(0, cut).join('').trim(), sentences.slice(cut).join('').trim());
    } else if (out.length > 0 && random() < rates.merge) {
      out[out.length - 1] = `${out[out.length - 1]} ${text}`;
    } else {
      out.push(text);
    }
    if (random() < rates.insert) {
      out.push(renameEntities(recombineParagraph(pool, random), random, 0.5));
    }
  }
  const moves = Math.round(out.length * rates.move);
  for (let m = 0; m < moves && out.length > 1; m++) {
    const [paragraph] = out.splice(randomInt(random, out.length), 1);
    out.splice(randomInt(random, out.length + 1), 0, paragraph as string);
  }
  return out.filter((p) => p.trim() !== '');
}

/** What to synthesise. */
export interface SynthSpec {
  /** Number of articles. */
  readonly articles: number;
  /** Approximate words per article. */
  readonly words: number;
  /** PRNG seed. */
  readonly seed: number;
  /** Name prefix for the fake files (`synthetic/<name>-03.txt`). */
  readonly name: string;
}

/**
 * Synthesises `spec.articles` articles of about `spec.words` words each, all reporting one
 * story built from `pool` (clean seed paragraphs). Deterministic in `spec.seed`.
 */
export function synthArticles(
  pool: ReadonlyArray<string>,
  spec: SynthSpec,
): ReadonlyArray<Article> {
  const random = mulberry32(spec.seed);
  const story = buildStory(pool, spec.words, random);
  return Array.from({ length: spec.articles }, (_, k) => {
    const paragraphs = perturbStory(story, pool, random);
    const id = String(k).padStart(2, '0');
    return {
      file: `synthetic/${spec.name}-${id}.txt`,
      title: `${spec.name} ${id}`,
      titleSource: 'file-name',
      outlet: `Outlet ${id}`,
      date: null,
      paragraphs: paragraphs.map((text) => ({ text, boilerplate: null })),
    };
  });
}

function shuffled<T>(items: ReadonlyArray<T>, random: Random): ReadonlyArray<T> {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The reference stories of `eval/`, loaded through the CLI's own reader, and their
 * scoring as `eval/score-story.sh` does it (all at once and every pair, strict and lenient).
 * Used by `npm run eval` and by the weight learner.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article } from '../shared/model';
import {
  addRowLinks,
  normalizeForScore,
  referenceLinks,
  scoreStoryLinks,
  type StoryGold,
  type StoryScore,
} from '../shared/eval/story-score';
import { readArticleFiles } from '../node/read-articles';

/** One reference story, ready to align. */
export interface ReferenceStory {
  /** Short name (folder name, or "seeds"). */
  readonly name: string;
  /** The articles: the gold's articles in its order, then the off-topic ones. */
  readonly articles: ReadonlyArray<Article>;
  /** Id per article: the gold's id, or `offtopic:<file>`. */
  readonly ids: ReadonlyArray<string>;
  /** The counterparts. */
  readonly gold: StoryGold;
  /** The dense fact links (lenient scoring). */
  readonly facts: StoryGold;
}

/** Where the reference stories live. */
export const EVAL_DIR = 'eval';

/** Loads every reference story: the sample story (seeds) and `eval/stories/*`. */
export async function loadReferenceStories(root = '.'): Promise<ReadonlyArray<ReferenceStory>> {
  const specs: { name: string; dir: string; gold: string; facts: string }[] = [
    {
      name: 'seeds',
      dir: join(root, 'seeds'),
      gold: join(root, EVAL_DIR, 'seeds-gold.json'),
      facts: join(root, EVAL_DIR, 'seeds-gold-facts.json'),
    },
  ];
  const storiesDir = join(root, EVAL_DIR, 'stories');
  for (const name of readdirSync(storiesDir).sort()) {
    const dir = join(storiesDir, name);
    if (existsSync(join(dir, 'gold.json'))) {
      specs.push({
        name,
        dir,
        gold: join(dir, 'gold.json'),
        facts: join(dir, 'gold-facts.json'),
      });
    }
  }
  const out: ReferenceStory[] = [];
  for (const spec of specs) {
    const gold = JSON.parse(readFileSync(spec.gold, 'utf8')) as StoryGold;
    const facts = JSON.parse(readFileSync(spec.facts, 'utf8')) as StoryGold;
    const files = [
      ...Object.values(gold.articles),
      ...(gold.offtopic ?? []).map((x) => (x.endsWith('.txt') ? x : `${x}.txt`)),
    ];
    const idOfFile = new Map(Object.entries(gold.articles).map(([id, file]) => [file, id]));
    const set = await readArticleFiles(files.map((f) => join(spec.dir, f)));
    if (set.errors.length > 0) {
      throw new Error(`${spec.name}: ${set.errors.map((e) => e.message).join('; ')}`);
    }
    out.push({
      name: spec.name,
      articles: set.articles,
      ids: set.articles.map(
        (a) => idOfFile.get(basename(a.file)) ?? `offtopic:${basename(a.file)}`,
      ),
      gold,
      facts,
    });
  }
  return out;
}

/** Aligns articles into rows (the engine, or a variant under study). */
export type RowsOf = (
  articles: ReadonlyArray<Article>,
  base: number,
) => ReadonlyArray<{ readonly cells: ReadonlyArray<ReadonlyArray<number>> }>;

/** A story's scores as `score-story.sh` prints them. */
export interface StoryResult {
  readonly allStrict: StoryScore;
  readonly allLenient: StoryScore;
  readonly pairStrict: StoryScore;
  readonly pairLenient: StoryScore;
  /** The lower of all-at-once and pairwise, strict (rounded like the scorer). */
  readonly minStrict: number;
  /** The lower of all-at-once and pairwise, lenient (rounded like the scorer). */
  readonly minLenient: number;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** A story's reference links as keys: the counterparts, and the pairs that share a fact. */
export function referenceLinkSets(story: ReferenceStory): {
  readonly counterparts: ReadonlySet<string>;
  readonly facts: ReadonlySet<string>;
} {
  const paragraphs: Record<string, ReadonlyArray<string>> = {};
  story.articles.forEach((a, k) => {
    paragraphs[story.ids[k] as string] = a.paragraphs.map((p) => normalizeForScore(p.text));
  });
  return {
    counterparts: referenceLinks(story.gold, paragraphs).links,
    facts: referenceLinks(story.facts, paragraphs).links,
  };
}

/**
 * The articles a story's reference places outside it: its off-topic files, and any article
 * it links to no other (the sample story's other story).
 */
export function expectedOffTopic(story: ReferenceStory): ReadonlyArray<number> {
  const linked = (id: string) =>
    story.gold.links.some((l) => l.pairs.length > 0 && (l.a === id || l.b === id));
  return story.ids.flatMap((id, k) => (id.startsWith('offtopic:') || !linked(id) ? [k] : []));
}

/** Scores one story: all articles at once (base 0), and every pair on its own. */
export function scoreStory(story: ReferenceStory, rowsOf: RowsOf): StoryResult {
  const { counterparts, facts } = referenceLinkSets(story);
  const accepted = new Set([...counterparts, ...facts]);
  const all = new Set<string>();
  addRowLinks(all, rowsOf(story.articles, 0), story.ids);
  const pairs = new Set<string>();
  for (let i = 0; i < story.articles.length; i++) {
    for (let j = i + 1; j < story.articles.length; j++) {
      addRowLinks(pairs, rowsOf([story.articles[i] as Article, story.articles[j] as Article], 0), [
        story.ids[i] as string,
        story.ids[j] as string,
      ]);
    }
  }
  const allStrict = scoreStoryLinks(all, counterparts, counterparts);
  const allLenient = scoreStoryLinks(all, counterparts, accepted);
  const pairStrict = scoreStoryLinks(pairs, counterparts, counterparts);
  const pairLenient = scoreStoryLinks(pairs, counterparts, accepted);
  return {
    allStrict,
    allLenient,
    pairStrict,
    pairLenient,
    minStrict: Math.min(round3(allStrict.f1), round3(pairStrict.f1)),
    minLenient: Math.min(round3(allLenient.f1), round3(pairLenient.f1)),
  };
}

/**
 * Learning the alignment's tuning from reference stories: the counterpart model (logistic
 * regression over `PAIR_INPUTS`) and the matcher's thresholds (coordinate search on the
 * judged score, each story scored with the model fitted on the others). Used by `npm run
 * learn` (all stories) and `npm run eval` (each story left out in turn, so the figures it
 * prints are for stories the tuning never saw).
 */
import type { Article } from '../shared/model';
import { alignArticles, candidatesByArticlePair, type AlignTuning } from '../shared/align/align';
import { ROW_LINK_SHARE } from '../shared/align/rows';
import { fitLogistic, type LogisticModel } from '../shared/align/logistic';
import { candidateInputs, PAIR_INPUTS } from '../shared/align/pair-model';
import type { MatchThresholds } from '../shared/align/match-pairs';
import { storyLinkKey } from '../shared/eval/story-score';
import { referenceLinkSets, scoreStory, type ReferenceStory, type StoryResult } from './stories';

/** L2 penalty of the logistic fit (on standardised inputs). */
export const L2_PENALTY = 30;

/**
 * Weight of a pair that shares a fact but is not the counterpart, taken as a positive
 * example: such a link is not wrong (it reports the same fact, and lenient scoring accepts
 * it) and it teaches the model what a paraphrase of one fact looks like, but it is not the
 * pair a reader would pick first.
 */
export const FACT_WEIGHT = 0.5;

/** Where the threshold search starts (the learned values must not depend on the last run's). */
export const START_TUNING: Omit<AlignTuning, 'model'> = {
  thresholds: { anchor: 0.5, context: 0.1, split: 0.4, mutual: 0.2, margin: 0 },
  rowLinkShare: ROW_LINK_SHARE,
};

/**
 * A threshold moves from its start value only for a clear gain on the training stories'
 * mean score, judged held out (an absolute gain in min-F1). With three or four stories to
 * learn from, smaller gains are mostly noise, and chasing them fitted the thresholds to the
 * training stories: with the word vectors, left-out stories scored 0.654 with a full search
 * and 0.692 with none (mean lenient min-F1; 0.696 with this rule, judged in-sample then).
 */
export const MIN_THRESHOLD_GAIN = 0.01;

/** Values tried for each threshold, in the order of the coordinate search. */
export const THRESHOLD_GRID: Readonly<
  Record<keyof MatchThresholds | 'rowLinkShare', ReadonlyArray<number>>
> = {
  anchor: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
  mutual: [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5],
  context: [0.03, 0.05, 0.08, 0.12, 0.2, 0.3],
  split: [0.2, 0.3, 0.4, 0.5, 0.6, 0.8],
  margin: [0],
  rowLinkShare: [0.2, 0.3, 0.35, 0.4, 0.5],
};

/**
 * The training examples of one story: every candidate pair between two on-topic articles
 * (pairs with the off-topic article are the story check's business, not the pair model's).
 */
function trainingExamples(story: ReferenceStory): {
  rows: Float64Array[];
  labels: number[];
  weights: number[];
} {
  const { counterparts: gold, facts } = referenceLinkSets(story);
  const onTopic = (k: number) => !(story.ids[k] as string).startsWith('offtopic:');
  const { pairs, pairIdf } = candidatesByArticlePair(story.articles);
  const n = story.articles.length;
  const rows: Float64Array[] = [];
  const labels: number[] = [];
  const weights: number[] = [];
  for (const [key, candidates] of pairs) {
    const x = Math.floor(key / n);
    const y = key % n;
    if (!onTopic(x) || !onTopic(y)) {
      continue;
    }
    const inputs = candidateInputs(candidates, pairIdf(x, y));
    candidates.forEach((c, i) => {
      const link = storyLinkKey(
        story.ids[x] as string,
        c.x.features.paragraph,
        story.ids[y] as string,
        c.y.features.paragraph,
      );
      rows.push(inputs[i] as Float64Array);
      labels.push(gold.has(link) || facts.has(link) ? 1 : 0);
      weights.push(!gold.has(link) && facts.has(link) ? FACT_WEIGHT : 1);
    });
  }
  return { rows, labels, weights };
}

/** Aligns with a tuning (rows only), for scoring. */
export function rowsWith(tuning: AlignTuning) {
  return (articles: ReadonlyArray<Article>, base: number) =>
    alignArticles(articles, base, tuning).rows;
}

/** The judged score of a set of stories: the mean of their lenient min-F1. */
function objective(stories: ReadonlyArray<ReferenceStory>, tuning: AlignTuning): number {
  let sum = 0;
  for (const story of stories) {
    sum += scoreStory(story, rowsWith(tuning)).minLenient;
  }
  return sum / stories.length;
}

/** The counterpart model fitted on the candidate pairs of the given stories. */
function fitModel(stories: ReadonlyArray<ReferenceStory>): {
  readonly model: LogisticModel;
  readonly pairs: number;
} {
  const rows: Float64Array[] = [];
  const labels: number[] = [];
  const weights: number[] = [];
  for (const story of stories) {
    const ex = trainingExamples(story);
    rows.push(...ex.rows);
    labels.push(...ex.labels);
    weights.push(...ex.weights);
  }
  return {
    model: fitLogistic([...PAIR_INPUTS], { rows, labels, weights }, L2_PENALTY),
    pairs: rows.length,
  };
}

/**
 * Learns a tuning from the given stories: the model fitted on all of them, and thresholds
 * judged held out (each story scored with the model fitted on the others), so that a
 * threshold moves only where it helps stories the model did not see. Judged in-sample, the
 * anchor threshold swung between 0.4 and 0.6 with small changes to the data, where each
 * scores lower than 0.5 on stories left out.
 */
export function learnTuning(
  stories: ReadonlyArray<ReferenceStory>,
  log: (line: string) => void = () => {},
): AlignTuning {
  const { model, pairs } = fitModel(stories);
  const heldOutModels =
    stories.length > 1 ? stories.map((s) => fitModel(stories.filter((t) => t !== s)).model) : null;
  const judge = (candidate: AlignTuning): number =>
    heldOutModels === null
      ? objective(stories, candidate)
      : stories.reduce(
          (sum, story, k) =>
            sum +
            scoreStory(story, rowsWith({ ...candidate, model: heldOutModels[k] as LogisticModel }))
              .minLenient,
          0,
        ) / stories.length;
  let tuning: AlignTuning = { ...START_TUNING, model };
  let best = judge(tuning);
  log(`model fitted on ${pairs} pairs; starting score (held out) ${best.toFixed(3)}`);
  for (let sweep = 0; sweep < 2; sweep++) {
    for (const [name, values] of Object.entries(THRESHOLD_GRID)) {
      for (const value of values) {
        const candidate: AlignTuning =
          name === 'rowLinkShare'
            ? { ...tuning, rowLinkShare: value }
            : { ...tuning, thresholds: { ...tuning.thresholds, [name]: value } };
        const score = judge(candidate);
        if (score > best + MIN_THRESHOLD_GAIN) {
          best = score;
          tuning = candidate;
          log(`  ${name} = ${value}: ${score.toFixed(3)}`);
        }
      }
    }
  }
  return tuning;
}

/** Each story scored with a tuning learned on the others. */
export function leaveOneStoryOut(
  stories: ReadonlyArray<ReferenceStory>,
  log: (line: string) => void = () => {},
): ReadonlyArray<{ story: ReferenceStory; result: StoryResult; tuning: AlignTuning }> {
  return stories.map((story) => {
    const tuning = learnTuning(
      stories.filter((s) => s !== story),
      log,
    );
    return { story, result: scoreStory(story, rowsWith(tuning)), tuning };
  });
}

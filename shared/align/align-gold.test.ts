/**
 * Accuracy against the hand-made reference alignment of the seeds (eval/seeds-gold.json,
 * rules in eval/GOLD-GUIDELINES.md). A link is any two paragraphs of different articles
 * in one row; scores are micro-averaged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeedArticlesForEval } from '../../scripts/seed-articles';
import { fromCounts, goldLinks, rowLinks, type GoldFile, type LinkScore } from '../eval/gold-score';
import { alignArticles } from './align';

const gold = JSON.parse(readFileSync('eval/seeds-gold.json', 'utf8')) as GoldFile;
const { ids, articles, paragraphs } = loadSeedArticlesForEval(gold);

function counts(subset: ReadonlyArray<number>) {
  const chosenIds = subset.map((k) => ids[k] as string);
  const alignment = alignArticles(
    subset.map((k) => articles[k]!),
    0,
  );
  const predicted = rowLinks(alignment.rows, chosenIds);
  const expected = goldLinks(gold, paragraphs, chosenIds);
  const tp = [...predicted].filter((key) => expected.has(key)).length;
  return { tp, fp: predicted.size - tp, fn: expected.size - tp, predicted };
}

function show(score: LinkScore): string {
  return `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} F1=${score.f1.toFixed(3)}`;
}

/** The bar set for the engine: F1 of at least 0.80 both ways. */
const MIN_F1_ALL = 0.8;
const MIN_F1_PAIRS = 0.8;

describe('alignArticles against the reference alignment', () => {
  it('should link the five seeds compared at once with a high F1', () => {
    const c = counts([0, 1, 2, 3, 4]);
    const score = fromCounts(c.tp, c.fp, c.fn);
    console.info(`all five seeds: ${show(score)}`);
    expect(score.f1).toBeGreaterThanOrEqual(MIN_F1_ALL);
  });

  it('should link the ten pairs of seeds compared two at a time with a high F1', () => {
    let sum = { tp: 0, fp: 0, fn: 0 };
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const c = counts([a, b]);
        sum = { tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn };
      }
    }
    const score = fromCounts(sum.tp, sum.fp, sum.fn);
    console.info(`ten pairs: ${show(score)}`);
    expect(score.f1).toBeGreaterThanOrEqual(MIN_F1_PAIRS);
  });

  it('should give the off-topic seed 004 no links at all', () => {
    const offTopic = ids.indexOf('004');
    const all = counts([0, 1, 2, 3, 4]);
    expect([...all.predicted].filter((key) => key.includes('004#'))).toEqual([]);
    for (let k = 0; k < ids.length; k++) {
      if (k !== offTopic) {
        expect([...counts([k, offTopic]).predicted]).toEqual([]);
      }
    }
  });

  it('should flag seed 004 as another story', () => {
    const alignment = alignArticles(articles, 0);
    expect(alignment.offTopic).toEqual([ids.indexOf('004')]);
  });
});

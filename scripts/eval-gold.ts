/**
 * Scores the alignment of the seeds against the reference alignment and prints the
 * details (used while tuning; the test `shared/align/align-gold.test.ts` enforces the bar).
 *
 * Usage: tsx scripts/eval-gold.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignArticles } from '../shared/align/align';
import { fromCounts, goldLinks, rowLinks, type GoldFile } from '../shared/eval/gold-score';
import { loadSeedArticlesForEval } from './seed-articles';

const verbose = process.argv.includes('--verbose');
const gold = JSON.parse(readFileSync(join('eval', 'seeds-gold.json'), 'utf8')) as GoldFile;
const { ids, articles, paragraphs } = loadSeedArticlesForEval(gold);

function run(subset: ReadonlyArray<number>): { tp: number; fp: number; fn: number } {
  const chosen = subset.map((k) => articles[k]!);
  const chosenIds = subset.map((k) => ids[k]!);
  const alignment = alignArticles(chosen, 0);
  const predicted = rowLinks(alignment.rows, chosenIds);
  const expected = goldLinks(gold, paragraphs, chosenIds);
  let tp = 0;
  for (const k of predicted) {
    if (expected.has(k)) {
      tp++;
    }
  }
  const fp = predicted.size - tp;
  const fn = expected.size - tp;
  if (verbose) {
    const show = (key: string) =>
      key
        .split('|')
        .map((side) => {
          const [id, i] = side.split('#');
          return `${side} ${(paragraphs[id!]![Number(i)] ?? '').slice(0, 70).replace(/\n/g, ' ')}`;
        })
        .join('\n      ');
    for (const k of predicted) {
      if (!expected.has(k)) {
        console.log(`  FP  ${show(k)}`);
      }
    }
    for (const k of expected) {
      if (!predicted.has(k)) {
        console.log(`  FN  ${show(k)}`);
      }
    }
  }
  return { tp, fp, fn };
}

const all = run(ids.map((_, k) => k));
const allScore = fromCounts(all.tp, all.fp, all.fn);
console.log(
  `all five: P=${allScore.precision.toFixed(3)} R=${allScore.recall.toFixed(3)} F1=${allScore.f1.toFixed(3)} (tp ${all.tp} fp ${all.fp} fn ${all.fn})`,
);
let sum = { tp: 0, fp: 0, fn: 0 };
for (let a = 0; a < ids.length; a++) {
  for (let b = a + 1; b < ids.length; b++) {
    if (verbose) {
      console.log(`pair ${ids[a]}-${ids[b]}`);
    }
    const r = run([a, b]);
    const s = fromCounts(r.tp, r.fp, r.fn);
    console.log(`  ${ids[a]}-${ids[b]}: F1=${s.f1.toFixed(3)} (tp ${r.tp} fp ${r.fp} fn ${r.fn})`);
    sum = { tp: sum.tp + r.tp, fp: sum.fp + r.fp, fn: sum.fn + r.fn };
  }
}
const pairScore = fromCounts(sum.tp, sum.fp, sum.fn);
console.log(
  `pairs (micro): P=${pairScore.precision.toFixed(3)} R=${pairScore.recall.toFixed(3)} F1=${pairScore.f1.toFixed(3)}`,
);

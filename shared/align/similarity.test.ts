import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../load/load-article';
import { mulberry32 } from '../util/random';
import { paragraphFeatures, type FeatureInput } from './features';
import {
  candidatePairs,
  combineSignals,
  pairIdfFactory,
  pairSignals,
  scorePairs,
  weightedContainment,
  weightedCosine,
} from './similarity';

const seedInputs: FeatureInput[] = [
  '000_69ff7826295806f7',
  '001_38ebe0a01ef43257',
  '002_3b328d8baaee954f',
  '003_a3dc487f3a2c3275',
  '004_165cb968de743235',
].flatMap((file, article) => {
  const r = loadArticle({ file, bytes: new Uint8Array(readFileSync(`seeds/${file}.txt`)) });
  if (!r.ok) {
    throw new Error(r.error.message);
  }
  return r.article.paragraphs.map((p, paragraph) => ({ article, paragraph, text: p.text }));
});

describe('scorePairs', () => {
  it('should give every candidate pair the score of the reference signals (fast path = definition)', () => {
    const { features, idf } = paragraphFeatures(seedInputs);
    const pairIdf = pairIdfFactory(features);
    const scored = scorePairs(features, idf.df);
    expect(scored.length).toBe(candidatePairs(features, idf.df).length);
    expect(scored.length).toBeGreaterThan(50);
    for (const { a, b, score } of scored) {
      const fa = features[a]!;
      const fb = features[b]!;
      const reference = combineSignals(pairSignals(fa, fb, pairIdf(fa.article, fb.article)));
      expect(score).toBeCloseTo(reference, 12);
    }
  });
});

describe('weightedCosine and weightedContainment', () => {
  it('should be symmetric, 1 for identical maps and 0 for disjoint ones', () => {
    const random = mulberry32(7);
    const idf = (term: string) => 1 + term.length / 3;
    for (let run = 0; run < 50; run++) {
      const map = () =>
        new Map(
          Array.from({ length: 1 + Math.floor(random() * 8) }, () => [
            `t${Math.floor(random() * 12)}`,
            1 + Math.floor(random() * 3),
          ]),
        );
      const a = map();
      const b = map();
      expect(weightedCosine(a, b, idf)).toBeCloseTo(weightedCosine(b, a, idf), 12);
      expect(weightedContainment(a, b, idf)).toBeCloseTo(weightedContainment(b, a, idf), 12);
      expect(weightedCosine(a, a, idf)).toBeCloseTo(1, 12);
      expect(weightedContainment(a, a, idf)).toBeCloseTo(1, 12);
      const disjoint = new Map([...b].map(([t, c]) => [`x${t}`, c]));
      expect(weightedCosine(a, disjoint, idf)).toBe(0);
    }
  });
});

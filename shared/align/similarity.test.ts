import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../load/load-article';
import { mulberry32 } from '../util/random';
import {
  dot,
  paragraphFeatures,
  type FeatureInput,
  type ParagraphFeatures,
  type SparseVector,
} from './features';
import { bestSentenceMatch, candidatePairs, DIRECT_SENTENCE_PAIRS } from './similarity';
import { weightedContainment, weightedCosine } from '../testing/term-signals';

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

describe('candidatePairs', () => {
  it('should pair only paragraphs of different articles, each pair once, in order', () => {
    const { features } = paragraphFeatures(seedInputs);
    const pairs = candidatePairs(features);
    expect(pairs.length).toBeGreaterThan(50);
    const seen = new Set<string>();
    for (const { a, b } of pairs) {
      expect(a).toBeLessThan(b);
      expect(features[a]!.article).not.toBe(features[b]!.article);
      expect(seen.has(`${a}:${b}`)).toBe(false);
      seen.add(`${a}:${b}`);
    }
  });

  it('should keep a verbatim counterpart among the candidates', () => {
    const inputs: FeatureInput[] = [
      { article: 0, paragraph: 0, text: 'The mayor denied giving the commissioner an ultimatum.' },
      { article: 0, paragraph: 1, text: 'Officers at the station sent offensive messages.' },
      {
        article: 1,
        paragraph: 0,
        text: 'Offensive messages were sent by officers at the station.',
      },
      {
        article: 1,
        paragraph: 1,
        text: 'The mayor denied giving an ultimatum to the commissioner.',
      },
    ];
    const { features } = paragraphFeatures(inputs);
    const found = candidatePairs(features).map(
      ({ a, b }) => `${features[a]!.paragraph}-${features[b]!.paragraph}`,
    );
    expect(found).toContain('0-1');
    expect(found).toContain('1-0');
  });
});

describe('weightedCosine and weightedContainment', () => {
  it('should be symmetric, 1 for identical vectors and 0 for disjoint ones', () => {
    const random = mulberry32(7);
    const idf = (id: number) => 1 + (id % 5) / 3;
    const vector = (offset = 0): SparseVector => {
      const ids = [
        ...new Set(
          Array.from(
            { length: 1 + Math.floor(random() * 8) },
            () => offset + Math.floor(random() * 12),
          ),
        ),
      ].sort((x, y) => x - y);
      return {
        ids: Int32Array.from(ids),
        weights: Float64Array.from(ids, () => 1 + Math.floor(random() * 3)),
      };
    };
    for (let run = 0; run < 50; run++) {
      const a = vector();
      const b = vector();
      expect(weightedCosine(a, b, idf)).toBeCloseTo(weightedCosine(b, a, idf), 12);
      expect(weightedContainment(a, b, idf)).toBeCloseTo(weightedContainment(b, a, idf), 12);
      expect(weightedCosine(a, a, idf)).toBeCloseTo(1, 12);
      expect(weightedContainment(a, a, idf)).toBeCloseTo(1, 12);
      expect(weightedCosine(a, vector(100), idf)).toBe(0);
    }
  });
});

describe('bestSentenceMatch', () => {
  it('should give the same best match through the index as pair by pair', () => {
    const random = mulberry32(3);
    const vocabulary =
      'mayor police tweet officers commissioner station report messages vote council bridge harbour'.split(
        ' ',
      );
    const sentence = () =>
      `${Array.from({ length: 6 }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ')}.`;
    const paragraph = (count: number) =>
      Array.from({ length: count }, () => sentence().replace(/^./, (c) => c.toUpperCase())).join(
        ' ',
      );
    const { features } = paragraphFeatures([
      { article: 0, paragraph: 0, text: paragraph(40) },
      { article: 1, paragraph: 0, text: paragraph(30) },
      { article: 1, paragraph: 1, text: paragraph(3) },
    ]);
    const [long, other, short] = features as [
      ParagraphFeatures,
      ParagraphFeatures,
      ParagraphFeatures,
    ];
    expect(long.sentences.length * other.sentences.length).toBeGreaterThan(DIRECT_SENTENCE_PAIRS);
    let direct = 0;
    for (const sa of long.sentences) {
      for (const sb of other.sentences) {
        direct = Math.max(direct, dot(sa.vector, sb.vector));
      }
    }
    expect(bestSentenceMatch(long, other)).toBeCloseTo(direct, 12);
    expect(bestSentenceMatch(other, long)).toBeCloseTo(direct, 12);
    expect(bestSentenceMatch(long, short)).toBeGreaterThan(0);
  });
});

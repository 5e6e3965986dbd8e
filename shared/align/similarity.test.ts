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
import {
  bestSentenceMatch,
  candidatePairs,
  candidatesPerArticle,
  DIRECT_SENTENCE_PAIRS,
  MAX_INDEX_DF_SHARE,
  MAX_POSTINGS,
  MIN_CANDIDATE_COSINE,
  MIN_PARAGRAPHS_FOR_DF_CUTOFF,
} from './similarity';
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

describe('candidatePairs against a plain search', () => {
  /** Each paragraph's best few by cosine over the terms the other article indexes, either side. */
  function plainPairs(
    features: ReadonlyArray<ParagraphFeatures>,
    allowed: (x: number, y: number) => boolean,
  ): string[] {
    const articles = features.reduce((n, f) => Math.max(n, f.article + 1), 0);
    const indexed = Array.from({ length: articles }, (_, k) => {
      const list = features.filter((f) => f.article === k);
      const df = new Map<number, number>();
      for (const f of list) {
        for (const id of f.vector.ids) {
          df.set(id, (df.get(id) ?? 0) + 1);
        }
      }
      const maxDf =
        list.length < MIN_PARAGRAPHS_FOR_DF_CUTOFF
          ? Infinity
          : Math.max(2, Math.min(list.length * MAX_INDEX_DF_SHARE, MAX_POSTINGS));
      return (id: number) => (df.get(id) ?? 0) <= maxDf;
    });
    const keep = candidatesPerArticle(articles);
    const pairs = new Set<string>();
    features.forEach((fa, a) => {
      for (let y = 0; y < articles; y++) {
        if (y === fa.article || !allowed(fa.article, y)) {
          continue;
        }
        const scored: { b: number; s: number }[] = [];
        features.forEach((fb, b) => {
          if (fb.article !== y) {
            return;
          }
          let s = 0;
          fa.vector.ids.forEach((id, i) => {
            const j = fb.vector.ids.indexOf(id);
            if (j >= 0 && indexed[y]!(id)) {
              s += fa.vector.weights[i]! * fb.vector.weights[j]!;
            }
          });
          if (s >= MIN_CANDIDATE_COSINE) {
            scored.push({ b, s });
          }
        });
        scored.sort((p, q) => q.s - p.s || p.b - q.b);
        for (const { b } of scored.slice(0, keep)) {
          pairs.add(a < b ? `${a}-${b}` : `${b}-${a}`);
        }
      }
    });
    return [...pairs].sort();
  }

  it('should find what a plain search finds, with and without the cut-off of common terms', () => {
    const random = mulberry32(5);
    const words = Array.from(
      { length: 60 },
      (_, i) => `word${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`,
    );
    const paragraph = () =>
      Array.from({ length: 3 + Math.floor(random() * 10) }, () => {
        // Some words are common, most rare: the cut-off drops the common ones.
        const r = random();
        return words[Math.floor(r * r * r * words.length)];
      }).join(' ');
    // Article 1 is long enough for the cut-off; the others are not.
    const sizes = [12, MIN_PARAGRAPHS_FOR_DF_CUTOFF + 5, 9, 15];
    const inputs: FeatureInput[] = sizes.flatMap((size, article) =>
      Array.from({ length: size }, (_, p) => ({ article, paragraph: p, text: paragraph() })),
    );
    const { features } = paragraphFeatures(inputs);
    const key = ({ a, b }: { a: number; b: number }) => `${a}-${b}`;
    const everyPair = () => true;
    const some = (x: number, y: number) => !((x === 0 && y === 3) || (x === 2 && y === 1));
    for (const allowed of [everyPair, some]) {
      const found = candidatePairs(features, allowed);
      expect(found.map(key)).toEqual([...found].sort((p, q) => p.a - q.a || p.b - q.b).map(key));
      expect([...found.map(key)].sort()).toEqual(plainPairs(features, allowed));
    }
  });
});

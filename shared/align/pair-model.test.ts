import { describe, expect, it } from 'vitest';
import { paragraphFeatures, type FeatureInput } from './features';
import {
  candidateInputs,
  counterpartLogOdds,
  PAIR_INPUTS,
  pairInputs,
  type ModelParagraph,
} from './pair-model';
import { LEARNED_TUNING } from './learned-weights';
import { pairIdfFactory } from './similarity';
import { weightedContainment, weightedCosine } from '../testing/term-signals';

const texts: ReadonlyArray<ReadonlyArray<string>> = [
  [
    'Mayor denies ultimatum',
    'The mayor denied on Thursday that he gave the commissioner an ultimatum over 31,000 officers.',
    '“It is not the case,” he said of the report.',
    'Officers at the station sent offensive messages to one another.',
  ],
  [
    'Mayor rejects claim',
    'On Thursday the mayor said there was no ultimatum to the commissioner about the 31,000 officers.',
    'A report had revealed offensive messages sent by officers at the station.',
    '“It is not the case,” he said.',
  ],
];

function setUp() {
  const inputs: FeatureInput[] = texts.flatMap((list, article) =>
    list.map((text, paragraph) => ({ article, paragraph, text })),
  );
  const { features, terms } = paragraphFeatures(inputs);
  const views: ModelParagraph[][] = texts.map(() => []);
  for (const f of features) {
    const list = views[f.article]!;
    list.push({ features: f, rank: list.length, count: 4, headline: f.paragraph === 0 });
  }
  return { views, idf: pairIdfFactory(features, terms.size)(0, 1) };
}

describe('pairInputs', () => {
  it('should give one value per named input, and the reference cosine and containment', () => {
    const { views, idf } = setUp();
    for (const a of views[0]!) {
      for (const b of views[1]!) {
        const v = pairInputs(a, b, idf);
        expect(v.length).toBe(PAIR_INPUTS.length);
        expect(v[PAIR_INPUTS.indexOf('cosine')]).toBeCloseTo(
          weightedCosine(a.features.terms, b.features.terms, idf),
          12,
        );
        expect(v[PAIR_INPUTS.indexOf('overlap')]).toBeCloseTo(
          weightedContainment(a.features.terms, b.features.terms, idf),
          12,
        );
        expect(v.every((x) => Number.isFinite(x))).toBe(true);
      }
    }
  });

  it('should be symmetric in the two paragraphs', () => {
    const { views, idf } = setUp();
    const a = views[0]![1]!;
    const b = views[1]![1]!;
    expect([...pairInputs(a, b, idf)]).toEqual([...pairInputs(b, a, idf)]);
  });

  it('should see shared figures, names, quotations, headlines and leads', () => {
    const { views, idf } = setUp();
    const at = (v: Float64Array, name: (typeof PAIR_INPUTS)[number]) =>
      v[PAIR_INPUTS.indexOf(name)];
    const leads = pairInputs(views[0]![1]!, views[1]![1]!, idf);
    expect(at(leads, 'numbers')).toBeGreaterThan(0);
    expect(at(leads, 'bothLeads')).toBe(1);
    const quotes = pairInputs(views[0]![2]!, views[1]![3]!, idf);
    expect(at(quotes, 'quote')).toBe(1);
    expect(at(quotes, 'position')).toBeCloseTo(1 / 3, 12);
    const headlines = pairInputs(views[0]![0]!, views[1]![0]!, idf);
    expect(at(headlines, 'bothHeadlines')).toBe(1);
    expect(at(pairInputs(views[0]![0]!, views[1]![1]!, idf), 'oneHeadline')).toBe(1);
  });

  it("should see that two paragraphs report the same thing beyond the story's topic", () => {
    const { views, idf } = setUp();
    const meaning = (a: ModelParagraph, b: ModelParagraph) =>
      pairInputs(a, b, idf)[PAIR_INPUTS.indexOf('meaning')]!;
    // The mayor's denial, worded apart, against the denial and the report on the messages.
    const denial = meaning(views[0]![1]!, views[1]![1]!);
    expect(denial).toBeGreaterThan(0.3);
    expect(denial).toBeGreaterThan(meaning(views[0]![1]!, views[1]![2]!) + 0.2);
    expect(meaning(views[0]![3]!, views[1]![2]!)).toBeGreaterThan(
      meaning(views[0]![3]!, views[1]![1]!) + 0.2,
    );
  });
});

describe('candidateInputs', () => {
  it('should give each candidate its own inputs, those of pairInputs', () => {
    const { views, idf } = setUp();
    const candidates = views[0]!.flatMap((x) => views[1]!.map((y) => ({ x, y })));
    const inputs = candidateInputs(candidates, idf);
    expect(inputs).toHaveLength(candidates.length);
    candidates.forEach((c, i) => {
      expect([...inputs[i]!]).toEqual([...pairInputs(c.x, c.y, idf)]);
    });
    expect(new Set(inputs).size).toBe(candidates.length);
  });
});

describe('counterpartLogOdds', () => {
  it('should apply the model to each candidate', () => {
    const { views, idf } = setUp();
    const model = {
      inputs: [...PAIR_INPUTS],
      weights: PAIR_INPUTS.map((n) => (n === 'cosine' ? 2 : 0)),
      bias: -1,
    };
    const candidates = [
      { x: views[0]![1]!, y: views[1]![1]! },
      { x: views[0]![3]!, y: views[1]![1]! },
    ];
    const odds = counterpartLogOdds(model, candidates, idf);
    candidates.forEach((c, i) => {
      expect(odds[i]).toBeCloseTo(
        -1 + 2 * weightedCosine(c.x.features.terms, c.y.features.terms, idf),
        12,
      );
    });
    expect(odds[0]!).toBeGreaterThan(odds[1]!);
  });
});

describe('the shipped weights', () => {
  it('should name the inputs the pair model computes, in its order (re-learn after changing them)', () => {
    expect(LEARNED_TUNING.model.inputs).toEqual([...PAIR_INPUTS]);
    expect(LEARNED_TUNING.model.weights).toHaveLength(PAIR_INPUTS.length);
  });
});

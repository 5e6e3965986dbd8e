import { describe, expect, it } from 'vitest';
import { addTransitiveEvidence, TRANSITIVE_WEIGHT } from './transitive';

// Features 0, 1, 2 belong to articles 0, 1, 2; feature 3 to article 0.
const articleOf = (f: number): number => [0, 1, 2, 0][f] ?? -1;

describe('addTransitiveEvidence', () => {
  it('should connect two paragraphs through a strong counterpart in a third article', () => {
    const out = addTransitiveEvidence(
      [
        { a: 0, b: 1, score: 0.8 },
        { a: 1, b: 2, score: 0.6 },
      ],
      articleOf,
    );
    expect(out.find((p) => p.a === 0 && p.b === 2)?.score).toBeCloseTo(TRANSITIVE_WEIGHT * 0.6);
  });

  it('should never lower a direct score, nor link two paragraphs of one article', () => {
    const out = addTransitiveEvidence(
      [
        { a: 0, b: 1, score: 0.8 },
        { a: 1, b: 3, score: 0.8 },
        { a: 0, b: 2, score: 0.9 },
        { a: 1, b: 2, score: 0.6 },
      ],
      articleOf,
    );
    expect(out.find((p) => p.a === 0 && p.b === 3)).toBeUndefined();
    expect(out.find((p) => p.a === 0 && p.b === 2)?.score).toBe(0.9);
  });

  it('should carry no evidence through weak links', () => {
    const out = addTransitiveEvidence(
      [
        { a: 0, b: 1, score: 0.1 },
        { a: 1, b: 2, score: 0.9 },
      ],
      articleOf,
    );
    expect(out.map((p) => `${p.a}-${p.b}`)).toEqual(['0-1', '1-2']);
  });
});

import { describe, expect, it } from 'vitest';
import { offTopicArticles } from './story';

describe('offTopicArticles', () => {
  it('should flag the article that resembles none of the others', () => {
    const sim = [
      [1, 0.5, 0.4, 0.05],
      [0.5, 1, 0.45, 0.08],
      [0.4, 0.45, 1, 0.06],
      [0.05, 0.08, 0.06, 1],
    ];
    expect(offTopicArticles(sim, 0)).toEqual([3]);
  });

  it('should flag nothing when every article resembles another', () => {
    expect(
      offTopicArticles(
        [
          [1, 0.3, 0.1],
          [0.3, 1, 0.25],
          [0.1, 0.25, 1],
        ],
        0,
      ),
    ).toEqual([]);
  });

  it('should flag the non-base article of an unrelated pair, never the base', () => {
    const sim = [
      [1, 0.02],
      [0.02, 1],
    ];
    expect(offTopicArticles(sim, 0)).toEqual([1]);
    expect(offTopicArticles(sim, 1)).toEqual([0]);
  });
});

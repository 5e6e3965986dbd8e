import { describe, expect, it } from 'vitest';
import { offTopicArticles } from './story';

/** No lead names a day. */
const noDays = (n: number) =>
  Array.from({ length: n }, () => new Array<boolean | null>(n).fill(null));

/** `days[k]` = the day article k's lead names (or null); same/different/unknown per pair. */
function sameDayMatrix(days: ReadonlyArray<string | null>) {
  return days.map((a) => days.map((b) => (a === null || b === null ? null : a === b)));
}

const flagged = (list: ReadonlyArray<{ article: number; reason: string }>) =>
  list.map((o) => `${o.article}:${o.reason}`);

describe('offTopicArticles', () => {
  it('should flag the article that resembles none of the others as another story', () => {
    const sim = [
      [1, 0.5, 0.4, 0.05],
      [0.5, 1, 0.45, 0.08],
      [0.4, 0.45, 1, 0.06],
      [0.05, 0.08, 0.06, 1],
    ];
    expect(flagged(offTopicArticles(sim, noDays(4), 0))).toEqual(['3:another-story']);
  });

  it('should flag nothing when every article resembles another and no days conflict', () => {
    const sim = [
      [1, 0.3, 0.1],
      [0.3, 1, 0.25],
      [0.1, 0.25, 1],
    ];
    expect(offTopicArticles(sim, sameDayMatrix(['fri', null, 'fri']), 0)).toEqual([]);
  });

  it('should flag the non-base article of an unrelated pair, never the base', () => {
    const sim = [
      [1, 0.02],
      [0.02, 1],
    ];
    expect(flagged(offTopicArticles(sim, noDays(2), 0))).toEqual(['1:another-story']);
    expect(flagged(offTopicArticles(sim, noDays(2), 1))).toEqual(['0:another-story']);
  });

  it('should flag an article whose lead names another day than most as another event', () => {
    const sim = [
      [1, 0.4, 0.3, 0.3],
      [0.4, 1, 0.35, 0.3],
      [0.3, 0.35, 1, 0.25],
      [0.3, 0.3, 0.25, 1],
    ];
    expect(flagged(offTopicArticles(sim, sameDayMatrix(['fri', 'fri', null, 'wed']), 0))).toEqual([
      '3:another-event',
    ]);
    // An article whose lead names no day is never flagged for its day.
    expect(offTopicArticles(sim, sameDayMatrix([null, null, null, 'wed']), 0)).toEqual([]);
  });

  it('should settle an even split of days against the side that differs from the base', () => {
    const sim = [
      [1, 0.3],
      [0.3, 1],
    ];
    expect(flagged(offTopicArticles(sim, sameDayMatrix(['fri', 'wed']), 0))).toEqual([
      '1:another-event',
    ]);
    const four = [
      [1, 0.3, 0.3, 0.3],
      [0.3, 1, 0.3, 0.3],
      [0.3, 0.3, 1, 0.3],
      [0.3, 0.3, 0.3, 1],
    ];
    expect(flagged(offTopicArticles(four, sameDayMatrix(['fri', 'fri', 'wed', 'wed']), 1))).toEqual(
      ['2:another-event', '3:another-event'],
    );
  });

  it('should give an article of another story no say in the story’s day, even as the base', () => {
    // The base (0) is another story and names Monday; 1 names Tuesday, 2 and 3 no day.
    const sim = [
      [1, 0.1, 0.1, 0.1],
      [0.1, 1, 0.3, 0.3],
      [0.1, 0.3, 1, 0.3],
      [0.1, 0.3, 0.3, 1],
    ];
    expect(flagged(offTopicArticles(sim, sameDayMatrix(['mon', 'tue', null, null]), 0))).toEqual([
      '0:another-story',
    ]);
  });
});

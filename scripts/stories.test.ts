/**
 * The alignment on the reference stories of `eval/` (scored as `eval/score-story.sh` does),
 * with the shipped weights. These weights were learned on these stories, so the figures
 * here are a regression guard, not the measure of quality: `npm run eval` reports each
 * story scored with weights learned on the others.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectedOffTopic, loadReferenceStories, scoreStory, type ReferenceStory } from './stories';
import { rowsWith } from './learn';
import { alignArticles, DEFAULT_ALIGN_TUNING } from '../shared/align/align';

/** The lowest lenient min-F1 any reference story may fall to with the shipped weights. */
const MIN_LENIENT = 0.55;

let stories: ReadonlyArray<ReferenceStory> = [];
beforeAll(async () => {
  stories = await loadReferenceStories('.');
});

describe('alignment of the reference stories', () => {
  it('should score every story at least at the floor, all at once and pair by pair', () => {
    expect(stories.length).toBeGreaterThanOrEqual(4);
    for (const story of stories) {
      const result = scoreStory(story, rowsWith(DEFAULT_ALIGN_TUNING));
      console.info(
        `${story.name}: lenient min-F1 ${result.minLenient}, strict ${result.minStrict}`,
      );
      expect(result.minLenient).toBeGreaterThanOrEqual(MIN_LENIENT);
    }
  });

  it('should never flag an article of the story, and leave the flagged ones out of every row', () => {
    let flaggedRight = 0;
    for (const story of stories) {
      const offTopic = new Set(expectedOffTopic(story));
      const alignment = alignArticles(story.articles, 0);
      for (const { article } of alignment.offTopic) {
        expect(offTopic.has(article)).toBe(true);
        flaggedRight++;
        for (const row of alignment.rows) {
          if (row.kind === 'shared') {
            expect(row.cells[article]).toEqual([]);
          }
        }
      }
    }
    // The sample's other story and two of the three other events (see `npm run eval`).
    expect(flaggedRight).toBeGreaterThanOrEqual(3);
  });
});

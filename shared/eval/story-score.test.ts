import { describe, expect, it } from 'vitest';
import {
  addRowLinks,
  findSnippet,
  normalizeForScore,
  referenceLinks,
  scoreStoryLinks,
  storyLinkKey,
  type StoryGold,
} from './story-score';

const paragraphs = {
  a: ['The mayor “denied” it – firmly.', 'Second paragraph of A.'],
  b: ['B opens here.', 'The mayor "denied" it - firmly, said B.'],
};
const normalised = {
  a: paragraphs.a.map(normalizeForScore),
  b: paragraphs.b.map(normalizeForScore),
};

describe('story scoring as eval/score.py does it', () => {
  it('should normalise quotes, dashes and whitespace like the scorer', () => {
    expect(normalizeForScore('  “x”\u00a0–\n‘y’ ')).toBe('"x" - \'y\'');
  });

  it('should find a snippet in exactly one paragraph, or not at all', () => {
    expect(findSnippet(normalised.b, 'mayor “denied”')).toBe(1);
    expect(findSnippet(normalised.a, 'paragraph')).toBe(1);
    expect(findSnippet(normalised.a, 'absent')).toBeNull();
    expect(findSnippet(['x y', 'x y z'], 'x y')).toBeNull();
  });

  it('should turn rows into links between articles, and score strict and lenient', () => {
    const gold: StoryGold = {
      story: 't',
      articles: { a: 'a.txt', b: 'b.txt' },
      links: [{ a: 'a', b: 'b', pairs: [['mayor “denied”', 'mayor "denied"']] }],
    };
    const facts: StoryGold = {
      ...gold,
      links: [{ a: 'a', b: 'b', pairs: [['Second paragraph', 'B opens']] }],
    };
    const counterparts = referenceLinks(gold, normalised).links;
    expect([...counterparts]).toEqual([storyLinkKey('a', 0, 'b', 1)]);
    const tool = new Set<string>();
    addRowLinks(
      tool,
      [{ cells: [[0], [1]] }, { cells: [[1], [0]] }, { cells: [[], [0]] }],
      ['a', 'b'],
    );
    expect(tool.size).toBe(2);
    const strict = scoreStoryLinks(tool, counterparts, counterparts);
    expect(strict.precision).toBe(0.5);
    expect(strict.recall).toBe(1);
    const accepted = new Set([...counterparts, ...referenceLinks(facts, normalised).links]);
    expect(scoreStoryLinks(tool, counterparts, accepted).precision).toBe(1);
  });

  it('should count a link to an article outside the reference as false', () => {
    const tool = new Set<string>();
    addRowLinks(tool, [{ cells: [[0], [0]] }], ['a', 'offtopic:x.txt']);
    const score = scoreStoryLinks(tool, new Set([storyLinkKey('a', 0, 'b', 1)]), new Set());
    expect(score.precision).toBe(0);
    expect(score.f1).toBe(0);
  });
});

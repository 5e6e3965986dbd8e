import { describe, expect, it } from 'vitest';
import {
  buildStory,
  countWords,
  mulberry32,
  perturbStory,
  renameEntities,
  rewordParagraph,
  splitSentences,
  synthArticles,
} from './synth';

/** A small pool in the seeds' style. */
const POOL: ReadonlyArray<string> = [
  'Scotland Yard has been forced to admit it was “unacceptable” for one of its official Twitter accounts to criticise the mayor of London, Sadiq Khan.',
  'Khan criticised a tweet by an official Met account which retweeted a post pointing out that the process for sacking officers is independent of chief constables.',
  'Several hours after the post was deleted, a spokesperson for the Met said the tweet was “unacceptable and shouldn’t have been shared” from an official account.',
  'They said senior officers were “addressing the matter” and would remind colleagues they are expected to be independent and impartial at all times.',
  'Khan insisted during a phone-in on LBC: “It is not the case the commissioner was given an ultimatum to sack them or be sacked.” He said so twice.',
];

describe('mulberry32', () => {
  it('should give the same sequence for the same seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  it('should give numbers in [0, 1) that differ between seeds', () => {
    const values = Array.from({ length: 1000 }, mulberry32(1));
    expect(values.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
    const mean = values.reduce((s, x) => s + x, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('splitSentences', () => {
  it('should split losslessly after sentence ends', () => {
    const text = 'One thing. “Two things!” Three? Four';
    expect(splitSentences(text)).toEqual(['One thing. ', '“Two things!” ', 'Three? ', 'Four']);
    expect(splitSentences(text).join('')).toBe(text);
  });
});

describe('rewordParagraph', () => {
  it('should swap words for synonyms, keeping capitals', () => {
    const out = rewordParagraph('Police said the tweet was deleted.', mulberry32(3), 1);
    expect(out).not.toBe('Police said the tweet was deleted.');
    expect(out).toMatch(/^[A-Z]/);
    expect(out).toMatch(/ the .* was .*\.$/);
  });

  it('should change nothing at rate 0', () => {
    expect(rewordParagraph(POOL[0]!, mulberry32(3), 0)).toBe(POOL[0]);
  });
});

describe('renameEntities', () => {
  it('should rename capitalised words inside sentences, never the first word', () => {
    const out = renameEntities('Khan met Dick, Patel and 12 others.', mulberry32(5), 1);
    expect(out.startsWith('Khan met ')).toBe(true);
    expect(out).not.toContain('Dick');
    expect(out).not.toContain('12');
  });
});

describe('buildStory', () => {
  it('should reach the target length, reusing the pool first', () => {
    const story = buildStory(POOL, 1000, mulberry32(1));
    const words = countWords(story.join(' '));
    expect(words).toBeGreaterThanOrEqual(1000);
    expect(words).toBeLessThan(1100);
    expect([...story.slice(0, POOL.length)].sort()).toEqual([...POOL].sort());
  });
});

describe('perturbStory', () => {
  it('should keep most of the story while changing it', () => {
    const story = buildStory(POOL, 2000, mulberry32(1));
    const version = perturbStory(story, POOL, mulberry32(2));
    const kept = version.filter((p) => story.includes(p)).length;
    expect(kept).toBeGreaterThan(story.length * 0.3);
    expect(version).not.toEqual(story);
    expect(version.every((p) => p.trim() !== '' && !p.includes('\n\n'))).toBe(true);
  });
});

describe('synthArticles', () => {
  it('should be deterministic in the seed', () => {
    const spec = { articles: 3, words: 500, seed: 11, name: 't' };
    expect(synthArticles(POOL, spec)).toEqual(synthArticles(POOL, spec));
    expect(synthArticles(POOL, { ...spec, seed: 12 })).not.toEqual(synthArticles(POOL, spec));
  });

  it('should make the requested number of articles of about the requested length', () => {
    const articles = synthArticles(POOL, { articles: 4, words: 2000, seed: 1, name: 'b' });
    expect(articles.map((a) => a.file)).toEqual([
      'synthetic/b-00.txt',
      'synthetic/b-01.txt',
      'synthetic/b-02.txt',
      'synthetic/b-03.txt',
    ]);
    for (const article of articles) {
      const words = countWords(article.paragraphs.map((p) => p.text).join(' '));
      expect(words).toBeGreaterThan(1500);
      expect(words).toBeLessThan(2500);
      expect(article.paragraphs.every((p) => p.boilerplate === null)).toBe(true);
    }
  });
});

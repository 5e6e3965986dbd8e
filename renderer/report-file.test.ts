import { describe, expect, it } from 'vitest';
import { compareArticles } from '../shared/compare';
import { testArticle } from '../shared/testing/article';
import { reportFileName } from './report-file';

describe('reportFileName', () => {
  it('should name the report after the story', () => {
    const a = {
      ...testArticle('a.txt', ['Sadiq Khan’s “ultimatum”: what we know.', 'Text.']),
      title: 'Sadiq Khan’s “ultimatum”: what we know',
      titleSource: 'text' as const,
    };
    const b = testArticle('b.txt', ['Text.', 'More text.']);
    expect(reportFileName(compareArticles([b, a], { base: 0 }))).toBe(
      'sadiq-khan-s-ultimatum-what-we-know.html',
    );
    expect(reportFileName(compareArticles([b, b], { base: 0 }))).toBe('b-txt.html');
    // Blind: a file name would name the outlet; a headline or the reader's name stays.
    expect(reportFileName(compareArticles([b, b], { base: 0 }), '', true)).toBe(
      'untitled-story.html',
    );
    expect(reportFileName(compareArticles([b, a], { base: 0 }), '', true)).toBe(
      'sadiq-khan-s-ultimatum-what-we-know.html',
    );
    expect(reportFileName(compareArticles([b, b], { base: 0 }), 'Bridge vote', true)).toBe(
      'bridge-vote.html',
    );
    const long = { ...a, title: `${'Mayor '.repeat(15)}resigns` };
    expect(reportFileName(compareArticles([long, b], { base: 0 }))).toBe(
      `${'mayor-'.repeat(10).slice(0, -1)}.html`,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { cellText } from './cells';
import { compareArticles, compareSubset } from './compare';
import { testArticle } from './testing/article';

const articles = [
  testArticle('base.txt', [
    'The council voted on Tuesday to close the Riverside library after a long budget review.',
    'Council leader Maria Okafor said the decision was painful but unavoidable for the city.',
  ]),
  testArticle('herald.txt', [
    'Campaigners gathered outside the town hall with placards and promised to fight it in court.',
    'The council voted on Tuesday to shut the Riverside library after a lengthy budget review.',
    'Council leader Maria Okafor said the decision was painful but unavoidable for the city.',
  ]),
  testArticle('post.txt', [
    'Campaigners gathered outside the town hall with placards and promised to fight it in the courts.',
    'The council voted to close the Riverside library after a budget review.',
  ]),
];

describe('compareSubset', () => {
  it('should give back the comparison itself when every article is kept', () => {
    const c = compareArticles(articles, { base: 0 });
    const all = compareSubset(c, [0, 1, 2]);
    expect(all.rows).toEqual(c.rows);
    expect(all.alteredQuotes).toEqual(c.alteredQuotes);
    expect(all.similarity).toEqual(c.similarity);
  });

  it('should drop a hidden outlet: its cells, its rows, and diff again against a new pivot', () => {
    const c = compareArticles(articles, { base: 0 });
    const sub = compareSubset(c, [0, 2]);
    expect(sub.articles.map((a) => a.file)).toEqual(['base.txt', 'post.txt']);
    expect(sub.rows.every((r) => r.cells.length === 2)).toBe(true);
    // Every kept paragraph is in exactly one row; no row is empty.
    for (const [k, article] of sub.articles.entries()) {
      const seen = sub.rows.flatMap((r) => r.cells[k] ?? []).sort((a, b) => a - b);
      expect(seen).toEqual(article.paragraphs.map((_, i) => i));
    }
    expect(sub.rows.every((r) => r.cells.some((cell) => cell.length > 0))).toBe(true);
    // The campaigners' paragraph was shared by herald (its pivot) and post: now post's own.
    const campaigners = sub.rows.find((r) =>
      cellText(sub.articles[1]!, r.cells[1] ?? []).startsWith('Campaigners'),
    );
    expect(campaigners?.kind).toBe('unique');
    expect(campaigners?.diffs).toEqual([]);
    // The shared row keeps its diff against the base, re-indexed.
    const shared = sub.rows.find((r) => r.kind === 'shared');
    expect(shared?.diffs.map((d) => d.article)).toEqual([1]);
  });

  it('should refuse to drop the base', () => {
    const c = compareArticles(articles, { base: 0 });
    expect(() => compareSubset(c, [1, 2])).toThrow(/base/);
  });
});

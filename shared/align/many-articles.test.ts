/** Comparisons of many articles: each is matched with the base and its nearest, not with every other. */
import { describe, expect, it } from 'vitest';
import { testArticle } from '../testing/article';
import { alignArticles, DENSE_ARTICLE_LIMIT, NEAREST_ARTICLES } from './align';

const facts = [
  'The council approved the harbour bridge on Tuesday after a debate of six hours.',
  'The bridge will cost 40 million pounds and should open to traffic in 2027.',
  'Residents of the old quarter had campaigned against the plan for two years.',
  'The mayor called the vote a victory for the whole city and its trade.',
  'Engineers said the first piles would be driven into the riverbed in March.',
];

/** An outlet's version: the facts, reworded a little and in its own order. */
function outletArticle(k: number) {
  const order = facts.map((_, i) => (i + k) % facts.length);
  return testArticle(
    `outlet-${k}.txt`,
    order.map((i) => `${facts[i]!.replace('The ', k % 2 ? 'The ' : 'This week the ')} (${k})`),
  );
}

describe('alignArticles with many articles', () => {
  const n = DENSE_ARTICLE_LIMIT + 5;
  const articles = Array.from({ length: n }, (_, k) => outletArticle(k));
  const alignment = alignArticles(articles, 0);

  it('should still put every paragraph in exactly one row and fill the similarity matrix', () => {
    articles.forEach((a, k) => {
      const seen = alignment.rows.flatMap((r) => r.cells[k] ?? []).sort((x, y) => x - y);
      expect(seen).toEqual(a.paragraphs.map((_, i) => i));
    });
    for (let x = 0; x < n; x++) {
      for (let y = 0; y < n; y++) {
        expect(alignment.similarity[x]![y]).toBe(alignment.similarity[y]![x]);
        expect(alignment.similarity[x]![y]).toBeGreaterThan(0);
      }
    }
  });

  it('should match each article with the base and a few nearest ones only', () => {
    const partners = articles.map(() => new Set<number>());
    for (const l of alignment.links) {
      partners[l.articleA]!.add(l.articleB);
      partners[l.articleB]!.add(l.articleA);
    }
    for (let k = 1; k < n; k++) {
      expect(partners[k]!.has(0)).toBe(true);
    }
    const degrees = partners.slice(1).map((p) => p.size);
    expect(Math.max(...degrees)).toBeLessThan(n - 1);
    expect(Math.min(...degrees)).toBeLessThanOrEqual(NEAREST_ARTICLES + 1);
  });

  it('should still gather the same fact of every outlet in one row', () => {
    const row = alignment.rows.find((r) => r.cells[0]!.includes(0))!;
    expect(row.cells.filter((c) => c.length > 0).length).toBe(n);
  });
});

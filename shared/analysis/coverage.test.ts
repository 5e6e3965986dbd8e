import { describe, expect, it } from 'vitest';
import { paraIndex } from '../model';
import { compareArticles } from '../compare';
import { testArticle } from '../testing/article';
import { coverage } from './coverage';

describe('coverage', () => {
  it('should list what each outlet alone reports and what it leaves out that all others carry', () => {
    const shared = 'The council voted on Monday to close the old library on the high street.';
    const comparison = compareArticles([
      testArticle('a.txt', [shared, 'Residents protested outside the town hall for two hours.']),
      testArticle('b.txt', [shared, 'The mayor promised a new building within three years.']),
      testArticle('c.txt', [shared, 'The mayor promised a new building within three years time.']),
    ]);
    const c = coverage(comparison);
    const rowOf = (k: number, p: number) =>
      comparison.rows.findIndex((r) => r.cells[k]?.includes(paraIndex(p)));
    expect(c.byArticle[0]?.alone).toEqual([rowOf(0, 1)]);
    expect(c.byArticle[0]?.omits).toEqual([rowOf(1, 1)]);
    expect(c.byArticle[1]?.alone).toEqual([]);
    expect(c.carried.every((row) => row.some(Boolean))).toBe(true);
  });

  it('should leave out what only an off-topic article says, and count the rest', () => {
    const shared = 'The council voted on Monday to close the old library on the high street.';
    const comparison = compareArticles([
      testArticle('a.txt', [shared, 'Residents protested outside the town hall for two hours.']),
      testArticle('b.txt', [shared, 'The mayor promised a new building within three years.']),
      testArticle('c.txt', [
        'Scientists found a new species of frog in the rainforests of Borneo last spring.',
        'The frog measures two centimetres and has a blue throat, the team reported.',
      ]),
    ]);
    expect(comparison.offTopic).toEqual([2]);
    const c = coverage(comparison);
    expect(c.byArticle[2]?.alone).toEqual([]);
    expect(c.byArticle.map((a) => a.offTopic)).toEqual([false, false, true]);
    expect(c.carried.every((row) => row[0] || row[1])).toBe(true);
    expect(c.byArticle[0]?.alone).toHaveLength(1);
  });
});

/** The user's corrections through the whole engine: fixed links, kept apart, re-aligned around. */
import { describe, expect, it } from 'vitest';
import { paraIndex } from '../model';
import { compareArticles } from '../compare';
import { testArticle } from '../testing/article';

const a = testArticle('a.txt', [
  'The council approved the new bridge on Tuesday after a long debate.',
  'The bridge will cost 40 million pounds and open in 2027.',
  'Residents had campaigned against the plan for two years.',
  'The mayor said the vote was a victory for the city.',
]);
const b = testArticle('b.txt', [
  'Councillors backed the bridge on Tuesday following hours of debate.',
  'Campaigners who fought the plan for two years said they were disappointed.',
  'It will cost 40 million pounds and should open in 2027.',
  'A victory for the whole city, the mayor said of the vote.',
]);

const rowOf = (c: ReturnType<typeof compareArticles>, k: number, p: number) =>
  c.rows.findIndex((r) => r.cells[k]?.includes(paraIndex(p)));

describe('compareArticles with manual corrections', () => {
  it('should put manually linked paragraphs in one row, marked manual, with confidence 1', () => {
    const auto = compareArticles([a, b]);
    expect(rowOf(auto, 0, 0)).not.toBe(rowOf(auto, 1, 3));
    const manual = { links: [{ a: 0, paragraphA: 0, b: 1, paragraphB: 3 }], unlinks: [] };
    const c = compareArticles([a, b], { manual });
    const row = c.rows[rowOf(c, 0, 0)]!;
    expect(row.cells[1]).toContain(3);
    expect(row.manual).toBe(true);
    expect(c.links.find((l) => l.manual)).toMatchObject({
      paragraphA: 0,
      paragraphB: 3,
      confidence: 1,
    });
  });

  it('should keep unlinked paragraphs apart and keep the corrections whatever the base', () => {
    const auto = compareArticles([a, b]);
    const together = rowOf(auto, 0, 1);
    expect(rowOf(auto, 1, 2)).toBe(together);
    const manual = { links: [], unlinks: [{ a: 0, paragraphA: 1, b: 1, paragraphB: 2 }] };
    for (const base of [0, 1]) {
      const c = compareArticles([a, b], { base, manual });
      expect(rowOf(c, 0, 1)).not.toBe(rowOf(c, 1, 2));
    }
  });

  it('should include an article the user linked by hand even if it looks off topic', () => {
    const other = testArticle('c.txt', [
      'A storm closed the harbour for three days and sank two fishing boats.',
      'The coastguard rescued eleven sailors overnight.',
    ]);
    const auto = compareArticles([a, b, other]);
    expect(auto.offTopic).toContain(2);
    const manual = { links: [{ a: 0, paragraphA: 2, b: 2, paragraphB: 0 }], unlinks: [] };
    const c = compareArticles([a, b, other], { manual });
    expect(c.offTopic).not.toContain(2);
    expect(rowOf(c, 0, 2)).toBe(rowOf(c, 2, 0));
  });
});

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

  it('should leave out an article of another story linked by hand until the user includes it', () => {
    const other = testArticle('c.txt', [
      'A storm closed the harbour for three days and sank two fishing boats.',
      'The coastguard rescued eleven sailors overnight.',
    ]);
    const auto = compareArticles([a, b, other]);
    expect(auto.offTopic).toContain(2);
    // Linked, then left out again: the link does not bring the article back.
    const manual = { links: [{ a: 0, paragraphA: 2, b: 2, paragraphB: 0 }], unlinks: [] };
    const left = compareArticles([a, b, other], { manual });
    expect(left.offTopic).toContain(2);
    expect(left.links.filter((l) => l.manual)).toEqual([]);
    expect(rowOf(left, 0, 2)).not.toBe(rowOf(left, 2, 0));
    // Included, the link holds.
    const c = compareArticles([a, b, other], { manual, include: [2] });
    expect(c.offTopic).not.toContain(2);
    expect(rowOf(c, 0, 2)).toBe(rowOf(c, 2, 0));
    expect(c.rows[rowOf(c, 0, 2)]?.manual).toBe(true);
  });
});

describe('an article about another event, included by the user', () => {
  const verdict = testArticle('verdict.txt', [
    'The jury found the teenager not guilty on Friday after three days of deliberation.',
    'He had shot two men during the protests in the city last summer.',
    'The judge thanked the jurors for their careful work on the case.',
    'His lawyers said he had acted in self-defence when the men attacked him.',
  ]);
  const verdict2 = testArticle('verdict-2.txt', [
    'A jury cleared the teenager of all charges on Friday following three days of talks.',
    'The teenager shot two men during protests in the city last summer.',
    'His defence argued that he acted in self-defence after the men attacked him.',
  ]);
  const testimony = testArticle('testimony.txt', [
    'The teenager broke down on the stand on Wednesday while testifying at his trial.',
    'He told the court he shot two men during the protests in the city last summer.',
    'The judge called a short break so that the witness could compose himself.',
    'Prosecutors will question him again when the hearing resumes next week.',
  ]);

  it('should be left out, then matched like any other once included', () => {
    const auto = compareArticles([verdict, verdict2, testimony]);
    expect(auto.offTopicReasons).toEqual([
      {
        article: 2,
        reason: 'another-event',
        days: { own: ['Wednesday'], others: ['Friday'] },
      },
    ]);
    expect(auto.links.filter((l) => l.a === 2 || l.b === 2)).toEqual([]);
    const included = compareArticles([verdict, verdict2, testimony], { include: [2] });
    expect(included.offTopic).toEqual([]);
    const alone = compareArticles([verdict, testimony], { include: [1] });
    const linksOf = (c: typeof alone, k: number) =>
      c.links.filter((l) => l.b === k).map((l) => `${l.paragraphA}-${l.paragraphB}`);
    expect(linksOf(included, 2).length).toBeGreaterThan(0);
    // The same links as the two compared on their own with the article included.
    expect(
      included.links
        .filter((l) => l.a === 0 && l.b === 2)
        .map((l) => `${l.paragraphA}-${l.paragraphB}`),
    ).toEqual(linksOf(alone, 1));
  });
});

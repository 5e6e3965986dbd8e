import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compare';
import { articleIndex, paraIndex } from '../model';
import { testArticle } from '../testing/article';
import { quoteGroups } from './quote-groups';
import type { Quotation } from './types';

function quotation(article: number, text: string): Quotation {
  return {
    id: `${article}.0.0`,
    article: articleIndex(article),
    paragraph: paraIndex(0),
    start: 0,
    endExclusive: text.length,
    text,
    kind: 'full',
    speaker: null,
    inferred: false,
    verb: null,
    verbLemma: null,
  };
}

describe('quoteGroups', () => {
  const comparison = compareArticles([
    testArticle('a.txt', ['One paragraph of text for the first outlet here.']),
    testArticle('b.txt', ['One paragraph of text for the second outlet here.']),
    testArticle('c.txt', ['One paragraph of text for the third outlet here.']),
  ]);

  it('should leave an off-topic article out: what only it shares with one outlet is no shared quote', () => {
    const withOther = { ...comparison, offTopic: [articleIndex(2)] };
    const groups = quoteGroups(withOther, [
      quotation(0, 'Exactly this.'),
      quotation(1, 'exactly this'),
      quotation(1, 'We will publish the whole report next week.'),
      quotation(2, 'We will publish the whole report next week.'),
    ]);
    expect(groups.map((g) => g.instances.map((i) => i.article))).toEqual([[0, 1], [1]]);
    expect(groups[0]?.statuses.map((s) => s.article)).toEqual([0, 1]);
  });

  it('should group short quotations only with the same words, long ones by most of their words', () => {
    const groups = quoteGroups(comparison, [
      quotation(0, 'Exactly this.'),
      quotation(0, 'We will publish every page of the report next week.'),
      quotation(1, 'exactly this'),
      quotation(1, 'This tweet was unacceptable, exactly this.'),
      quotation(2, 'We will publish the whole report next week.'),
    ]);
    expect(groups.map((g) => g.instances.map((i) => i.article))).toEqual([[0, 1], [0, 2], [1]]);
    expect(groups[1]?.statuses.map((s) => s.status)).toEqual(['identical', 'missing', 'altered']);
  });

  it('should call a different last word altered, and only more or fewer words at the ends a trim', () => {
    const statuses = (other: string) =>
      quoteGroups(comparison, [
        quotation(0, 'The council will not back down over this report.'),
        quotation(1, other),
      ])[0]?.statuses.map((s) => (s.status === 'identical' ? (s.extent ?? s.status) : s.status));
    expect(statuses('The council will not back down over this decision.')).toEqual([
      'identical',
      'altered',
      'missing',
    ]);
    expect(statuses('The council will not back down over this report, whatever it costs.')).toEqual(
      ['identical', 'longer', 'missing'],
    );
    expect(statuses('The council will not back down.')).toEqual([
      'identical',
      'shorter',
      'missing',
    ]);
  });

  it('should split a quotation into sentences with their offsets in the paragraph', () => {
    const q = {
      ...quotation(0, 'First part here. Second part here.'),
      start: 10,
      endExclusive: 44,
    };
    const [group1, group2] = quoteGroups(comparison, [q]);
    expect([group1?.reference.start, group1?.reference.endExclusive]).toEqual([10, 26]);
    expect([group2?.reference.start, group2?.reference.text]).toEqual([27, 'Second part here.']);
  });

  it('should group a statement every outlet carries, however many quotations one outlet repeats', () => {
    const outlets = Array.from({ length: 40 }, (_, k) =>
      testArticle(`${k}.txt`, [`Paragraph ${k} of an outlet's text about the inquiry.`]),
    );
    const many = compareArticles(outlets);
    const statement = 'We will publish every page of the inquiry report next week.';
    const quotations = [
      // The first outlet repeats its quotations (a live blog): each repeat is its own group.
      ...Array.from({ length: 300 }, (_, i) => quotation(0, `Number ${i} is on the list today.`)),
      quotation(0, statement),
      ...outlets.slice(1).map((_, k) => quotation(k + 1, statement.replace('every', 'each'))),
      quotation(5, 'Number 7 is on the list today.'),
    ];
    const groups = quoteGroups(many, quotations);
    expect(groups).toHaveLength(301);
    const carried = groups.find((g) => g.reference.text === statement);
    expect(carried?.instances.map((i) => i.article)).toEqual(outlets.map((_, k) => k));
    expect(carried?.statuses.filter((st) => st.status === 'altered')).toHaveLength(39);
    // Words held by more than 256 groups ("number", "list") are not followed: "Number 7…"
    // finds its group through "7", not the first group that shares those common words.
    const seven = groups.find((g) =>
      g.instances.some((i) => i.article === 5 && i.text.startsWith('Number')),
    );
    expect(seven?.reference.text).toBe('Number 7 is on the list today.');
  });
});

import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compare';
import { DEFAULT_DIFF_OPTIONS, type Comparison, type DiffPart, type Row } from '../model';
import { SAMPLE_ARTICLES } from '../testing/sample-articles';
import { testArticle } from '../testing/article';
import { withIndices } from '../testing/indices';
import { MAX_NOTABLE_SUBSTITUTIONS, notableSubstitutions } from './substitutions';

type Replacement = readonly [string, string];

/**
 * A comparison of three articles whose row r is shared by all three: article 1 and 2 reword
 * the pivot's (0) words as `rows[r][k - 1]` lists (no list: the same words).
 */
function comparisonOf(
  rows: ReadonlyArray<readonly [ReadonlyArray<Replacement>, ReadonlyArray<Replacement>?]>,
  kind: Row['kind'] = 'shared',
): Comparison {
  const parts = (list: ReadonlyArray<Replacement>): DiffPart[] =>
    list.flatMap(([base, other]) => [
      { kind: 'equal', base: 'And ', other: 'And ' },
      { kind: 'replace', base, other },
    ]);
  return withIndices<Comparison>({
    articles: [0, 1, 2].map((k) =>
      testArticle(
        `${k}.txt`,
        rows.map(() => 'text'),
      ),
    ),
    options: { base: 0, diff: DEFAULT_DIFF_OPTIONS },
    rows: rows.map((lists, r) => ({
      kind,
      cells: [[r], [r], [r]],
      moved: [],
      similarity: 1,
      confidence: 1,
      manual: false,
      pivot: 0,
      // Listed out of article order: the analysis reads them in article order.
      diffs: [
        { article: 2, parts: parts(lists[1] ?? []), sameness: 0.5 },
        { article: 1, parts: parts(lists[0]), sameness: 0.5 },
      ],
    })),
    similarity: [],
    offTopic: [],
    offTopicReasons: [],
    links: [],
    alteredQuotes: [],
    hitLimit: false,
  });
}

describe('notableSubstitutions', () => {
  it('should rank short specific phrases first and drop trivial ones', () => {
    const subs = notableSubstitutions(
      comparisonOf([
        [
          [
            ['the commissioner', 'the Commissioner of the Met'],
            ['forced to admit', 'issued an apology'],
            ['said', 'claimed'],
            ['Met', 'met'],
            ['officers,', 'officers'],
          ],
        ],
        [
          [
            ['of the', 'in a'],
            ['Mr Khan', 'he'],
            ['one two three four five six seven', 'eight'],
          ],
        ],
      ]),
    );
    expect(subs.map((s) => `${s.base} → ${s.other}`)).toEqual([
      'said → claimed',
      'forced to admit → issued an apology',
      'the commissioner → the Commissioner of the Met',
    ]);
  });

  it('should count repeats once, case-insensitively, at their first place, and trim dangling quotation marks', () => {
    const subs = notableSubstitutions(
      comparisonOf([
        [[], [['senior officers were “', 'officers are']]],
        [[['Senior officers were “', 'officers are']], [['Senior officers were', 'officers are']]],
      ]),
    );
    expect(subs).toEqual([
      {
        base: 'senior officers were',
        other: 'officers are',
        article: 0,
        otherArticle: 2,
        row: 0,
        occurrences: 3,
      },
    ]);
  });

  it('should read rows, then articles, in order when ranks tie', () => {
    const subs = notableSubstitutions(
      comparisonOf([[[['admit', 'concede']], [['said', 'claimed']]], [[['wrote', 'posted']]]]),
    );
    expect(subs.map((s) => [s.base, s.otherArticle, s.row])).toEqual([
      ['admit', 1, 0],
      ['said', 2, 0],
      ['wrote', 1, 1],
    ]);
  });

  it('should only read shared rows', () => {
    expect(notableSubstitutions(comparisonOf([[[['said', 'claimed']]]], 'unique'))).toEqual([]);
  });

  it('should list at most the ten best', () => {
    const many = Array.from({ length: 15 }, (_, i): Replacement => [`alpha${i}`, `beta${i}`]);
    expect(notableSubstitutions(comparisonOf([[many]]))).toHaveLength(MAX_NOTABLE_SUBSTITUTIONS);
  });

  it('should find the rewordings of a real comparison', () => {
    const subs = notableSubstitutions(compareArticles(SAMPLE_ARTICLES, { base: 0 }));
    expect(subs.map((s) => `${s.base} → ${s.other}`)).toEqual([
      'admit → concede',
      'apologise → are sorry',
      'carried out much → done far',
      'been forced to admit → issued an apology',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { articleIndex, rowIndex, type ArticleIndex } from '../model';
import { mulberry32 } from '../util/random';
import { conflicts, namesConflict, rowDiscrepancies, valueSide } from './discrepancies';
import type { Discrepancy } from './types';
import type { DiscrepancyKind, FoundValue } from './values';

function flagged(a: string, b: string) {
  return rowDiscrepancies(rowIndex(7), [
    { article: articleIndex(0), text: a },
    { article: articleIndex(1), text: b },
  ]).map((d) => `${d.kind} ${d.values.map((v) => v.values.join('+')).join(' / ')}`);
}

describe('namesConflict', () => {
  it('should take another spelling or another given name as a conflict', () => {
    expect(namesConflict('sadiq khan', 'sadiq kahn')).toBe(true);
    // A longer name may change its first letter in another transliteration.
    expect(namesConflict('muammar gaddafi', 'muammar qaddafi')).toBe(true);
    expect(namesConflict('cohen', 'kohen')).toBe(true);
    expect(namesConflict("steve o'connell", "steve o'connel")).toBe(true);
    expect(namesConflict('john smith', 'james smith')).toBe(true);
    expect(namesConflict('kahn', 'sadiq khan')).toBe(true);
  });

  it('should take short forms, initials and plain surnames as the same name', () => {
    expect(namesConflict('khan', 'sadiq khan')).toBe(false);
    expect(namesConflict('j smith', 'john smith')).toBe(false);
    expect(namesConflict('met police', 'metropolitan police')).toBe(false);
    expect(namesConflict('met police taskforce', 'met taskforce')).toBe(false);
    expect(namesConflict('officer', 'officers')).toBe(false);
    expect(namesConflict('dick', 'cressida dick')).toBe(false);
    // Another first letter: another name, not a slip.
    expect(namesConflict('moon', 'yoon')).toBe(false);
    expect(namesConflict('ed hall', 'ed ball')).toBe(false);
  });
});

describe('rowDiscrepancies', () => {
  it('should not set against each other two figures the words after them say count different things', () => {
    expect(
      flagged(
        'Rittenhouse killed two men and wounded a third during the protests.',
        'Rittenhouse was cleared on all five counts after the trial.',
      ),
    ).toEqual([]);
    // With nothing after one of them to say what it counts, the only figures still conflict.
    expect(
      flagged('The deal is worth $17.2 billion.', 'The deal is worth $17.6 billion in all.'),
    ).toEqual(['number 17.2 billion / 17.6 billion']);
  });

  it('should list different figures for the same thing, as each outlet writes them', () => {
    expect(
      flagged(
        'The body representing more than 31,000 officers criticised the mayor.',
        'The body, which speaks for some 30,000 officers, criticised the mayor.',
      ),
    ).toEqual(['number 31,000 / 30,000']);
  });

  it('should not list a figure only one outlet gives, or the same figure written differently', () => {
    expect(flagged('It has 1,200 followers.', 'It has many followers.')).toEqual([]);
    expect(flagged('It has 1.2k followers.', 'It has 1,200 followers.')).toEqual([]);
    expect(flagged('45% agreed.', 'Forty-five per cent agreed.')).toEqual([]);
  });

  it('should pair figures by what they count when an outlet gives several', () => {
    expect(
      flagged(
        'The account has 12,000 followers and posted 40 tweets since 2019.',
        'The account, with 15,000 followers, posted 40 tweets since 2019.',
      ),
    ).toEqual(['number 12,000 / 15,000']);
    // Two unrelated figures: a head count here, a sum there.
    expect(
      flagged('Officers and 300 protesters were there.', 'Police spent 2,000 pounds and 6 hours.'),
    ).toEqual([]);
  });

  it('should not compare a percentage with a count', () => {
    expect(flagged('Turnout was 40%.', 'Turnout was 40,000.')).toEqual([]);
  });

  it('should compare a person’s age, between commas after the name, only with an age', () => {
    expect(
      flagged('Kyle Rittenhouse, 18, killed the men.', 'Rittenhouse killed two men that night.'),
    ).toEqual([]);
    expect(
      flagged('Gaige Grosskreutz, 27, was wounded.', 'Gaige Grosskreutz, 28, was wounded.'),
    ).toHaveLength(1);
  });

  it('should list different weekdays, days and years', () => {
    expect(flagged('The tweet was deleted on Thursday.', 'It was deleted on Wednesday.')).toEqual([
      'date Thursday / Wednesday',
    ]);
    expect(flagged('She resigned on 10 February.', 'She resigned on February 11.')).toEqual([
      'date 10 February / February 11',
    ]);
    // A weekday against a date is two ways of saying when, not a conflict.
    expect(flagged('She resigned on Thursday.', 'She resigned on 10 February.')).toEqual([]);
  });

  it('should list names spelt differently or with another given name', () => {
    expect(
      flagged('Sadiq Khan met Steve O’Connell.', 'Sadiq Kahn met Steve O’Connell on the day.'),
    ).toEqual(['name Sadiq Khan / Sadiq Kahn']);
    expect(
      flagged('The post was by journalist Matthew Thompson.', 'It was by Mark Thompson.'),
    ).toEqual(['name Matthew Thompson / Mark Thompson']);
  });

  it('should not list names that only one outlet gives, shortens or titles', () => {
    expect(
      flagged(
        'Sadiq Khan told Commissioner Cressida Dick.',
        'Mr Khan told Dame Cressida Dick and the Home Secretary Priti Patel.',
      ),
    ).toEqual([]);
  });

  it('should report every outlet in the row, with nothing for the ones that agree', () => {
    const result = rowDiscrepancies(rowIndex(2), [
      { article: articleIndex(0), text: 'It happened on Tuesday.' },
      { article: articleIndex(2), text: 'It happened on Tuesday.' },
      { article: articleIndex(3), text: 'It happened on Monday.' },
    ]);
    expect(result).toEqual([
      {
        row: 2,
        kind: 'date',
        values: [
          { article: 0, values: ['Tuesday'] },
          { article: 2, values: ['Tuesday'] },
          { article: 3, values: ['Monday'] },
        ],
      },
    ]);
  });

  it('should list what every pair of outlets conflicts on, in the order of the pairs', () => {
    // The definition: every two outlets with different texts, in order (first with second,
    // first with third, …), their conflicting values added to each one's list once.
    const pairwise = (
      texts: ReadonlyArray<{ article: ArticleIndex; text: string }>,
      find: (text: string) => ReadonlyArray<FoundValue>,
    ): ReadonlyArray<Discrepancy> => {
      const flagged = new Map<DiscrepancyKind, Map<ArticleIndex, string[]>>();
      const add = (article: ArticleIndex, v: FoundValue) => {
        const byArticle = flagged.get(v.kind) ?? new Map<ArticleIndex, string[]>();
        flagged.set(v.kind, byArticle);
        const list = byArticle.get(article) ?? [];
        byArticle.set(article, list.includes(v.text) ? list : [...list, v.text]);
      };
      texts.forEach((x, i) => {
        texts.slice(i + 1).forEach((y) => {
          if (x.text !== y.text) {
            for (const [va, vb] of conflicts(valueSide(find(x.text)), valueSide(find(y.text)))) {
              add(x.article, va);
              add(y.article, vb);
            }
          }
        });
      });
      return (['number', 'date', 'name'] as const).flatMap((kind) => {
        const byArticle = flagged.get(kind);
        return byArticle === undefined
          ? []
          : [
              {
                row: rowIndex(4),
                kind,
                values: texts.map((t) => ({
                  article: t.article,
                  values: byArticle.get(t.article) ?? [],
                })),
              },
            ];
      });
    };
    const pool: ReadonlyArray<FoundValue> = [
      ...['31,000', '30,000', '2', 'two', '5'].map((text, i) => ({
        kind: 'number' as const,
        dimension: i < 2 ? 'count' : 'men',
        key: text === 'two' ? '2' : text,
        text,
        context: i < 2 ? ['officers'] : i === 4 ? [] : ['men'],
      })),
      ...['Monday', 'Tuesday', 'Wednesday'].map((text) => ({
        kind: 'date' as const,
        dimension: 'weekday',
        key: text.toLowerCase(),
        text,
        context: [],
      })),
      ...['Sadiq Khan', 'Sadiq Kahn', 'John Smith', 'James Smith', 'Khan'].map((text) => ({
        kind: 'name' as const,
        dimension: 'name',
        key: text.toLowerCase(),
        text,
        context: [],
      })),
    ];
    const next = mulberry32(7);
    for (let n = 0; n < 200; n++) {
      // Texts named by the values they give: some outlets print the same words, some give
      // the same values in other words.
      const texts = Array.from({ length: 2 + Math.floor(next() * 12) }, (_, k) => {
        const picks = pool.filter(() => next() < 0.2).map((v) => pool.indexOf(v));
        return { article: articleIndex(k), text: `${picks.join(',')}/${Math.floor(next() * 2)}` };
      });
      const find = (text: string): ReadonlyArray<FoundValue> =>
        (text.split('/')[0] ?? '')
          .split(',')
          .filter((i) => i !== '')
          .map((i) => pool[Number(i)] as FoundValue);
      expect(rowDiscrepancies(rowIndex(4), texts, find)).toEqual(pairwise(texts, find));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { compareArticles } from '../shared/compare';
import { paraIndex } from '../shared/model';
import { testArticle } from '../shared/testing/article';
import { withIndices } from '../shared/testing/indices';
import { buildViewModel, type Difference } from '../shared/view-model/view-model';
import { cleanPhrase, describeDifference, describeRow, wordChanges } from './describe';

const name = (k: number): string => `#${k + 1}`;

describe('wordChanges', () => {
  it('should drop the quotation marks a diff leaves at phrase edges, and changes of marks only', () => {
    expect(
      wordChanges([
        { kind: 'delete', base: '“', other: '' },
        { kind: 'replace', base: 'were “', other: 'are' },
        { kind: 'replace', base: '”', other: ',” the spokesperson said' },
        { kind: 'insert', base: '', other: 'from an official' },
      ]),
    ).toEqual([
      { removed: 'were', added: 'are' },
      { removed: '', added: 'the spokesperson said' },
      { removed: '', added: 'from an official' },
    ]);
    expect(cleanPhrase('”  and would remind “')).toBe('and would remind');
  });
});

describe('describeDifference', () => {
  it('should say what kind of difference it is and whose, counting changes past two', () => {
    const wording = withIndices<Difference>({
      kind: 'wording',
      id: 1,
      row: 4,
      article: 1,
      pivot: 0,
      sameness: 0.5,
      changes: [
        { kind: 'replace', base: 'denied', other: 'denies' },
        { kind: 'delete', base: 'any', other: '' },
        { kind: 'delete', base: 'Police Commissioner', other: '' },
        { kind: 'delete', base: '“', other: '' },
      ],
    });
    expect(describeDifference(wording, name)).toEqual({
      what: 'reworded',
      who: '#2',
      pieces: [
        { removed: 'denied', added: 'denies' },
        { removed: 'any', added: '' },
      ],
      note: 'and 1 more change',
    });
    expect(
      describeDifference(
        withIndices<Difference>({
          kind: 'moved',
          id: 2,
          row: 5,
          article: 2,
          // The third paragraph.
          move: { paragraph: 2, of: 9, afterRow: 1 },
        }),
        name,
      ),
    ).toMatchObject({ what: 'moved', who: '#3', note: 'paragraph 3 of 9 there' });
  });
});

describe('describeRow', () => {
  const LEAD = 'The council voted on Tuesday to close the Riverside library after a long review.';
  const LAST = 'The closure takes effect next spring, the council leader told reporters.';
  const model = buildViewModel(
    compareArticles(
      [
        testArticle('base.txt', [LEAD, LAST]),
        testArticle('herald.txt', [
          LEAD,
          'The closure will take effect in the spring, the council leader said.',
        ]),
        testArticle('post.txt', [LEAD]),
        testArticle('star.txt', [
          LEAD,
          'The closure takes effect next spring, the leader of the council said.',
        ]),
      ],
      { base: 0 },
    ),
  );

  it('should say in one line which outlets reword a row and which lack it', () => {
    const row = model.rows.find((r) => r.cells[0]?.paragraphs.includes(paraIndex(1)));
    expect(row).toBeDefined();
    const line = describeRow(row!, model.differences, [0, 1, 2, 3], name);
    expect(line).toBe('reworded in #2, #4 · not in #3');
    // The differences of the outlets shown only, as the list has them.
    const two = model.differences.filter((d) => d.article < 2);
    expect(describeRow(row!, two, [0, 1], name)).toBe('reworded in #2');
    const lead = model.rows.find((r) => r.cells.every((c) => c.role !== 'empty'));
    expect(describeRow(lead!, model.differences, [0, 1, 2, 3], name)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { withIndices } from '../shared/testing/indices';
import type { Difference } from '../shared/view-model/view-model';
import { cleanPhrase, describeDifference, wordChanges } from './describe';

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

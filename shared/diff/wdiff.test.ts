import { describe, expect, it } from 'vitest';
import type { DiffPart } from '../model';
import { wdiff } from './wdiff';

const parts: ReadonlyArray<DiffPart> = [
  { kind: 'equal', base: 'Scotland Yard has been ', other: 'Scotland Yard has been ' },
  { kind: 'replace', base: 'forced to admit ', other: 'issued an\napology ' },
  { kind: 'equal', base: 'it was “unacceptable”', other: 'it was "unacceptable"' },
  { kind: 'delete', base: ' today' },
  { kind: 'insert', other: ' again' },
];

describe('wdiff', () => {
  it('should write every space and both sides of an unchanged part that differs, by default', () => {
    expect(wdiff(parts)).toBe(
      'Scotland Yard has been [-forced to admit -]{+issued an\napology +}' +
        '[=it was “unacceptable”|it was "unacceptable"=][- today-]{+ again+}',
    );
  });

  it('should hug the words, write the other side, flatten and elide when asked', () => {
    expect(
      wdiff(parts, {
        context: 2,
        text: (t) => t.replace(/\n/gu, ' ¶ '),
        hug: true,
        equal: 'other',
      }),
    ).toBe(
      '… has been [-forced to admit-]{+issued an ¶ apology+} it was "unacceptable"[- today-]{+ again+}',
    );
  });

  it("should keep the base's words with their punctuation when only the other side has a space", () => {
    const spaced: DiffPart[] = [
      { kind: 'equal', base: 'Moon Hyung-bae', other: 'Moon Hyung-bae ' },
      { kind: 'replace', base: ', the acting chief, said', other: 'said' },
      { kind: 'equal', base: ' it was wrong', other: ' it was wrong' },
    ];
    expect(wdiff(spaced, { hug: true, equal: 'other' })).toBe(
      'Moon Hyung-bae[-, the acting chief, said-]{+ said+} it was wrong',
    );
    // Written exactly, each side keeps its own.
    expect(wdiff(spaced)).toBe(
      '[=Moon Hyung-bae|Moon Hyung-bae =][-, the acting chief, said-]{+said+} it was wrong',
    );
  });
});

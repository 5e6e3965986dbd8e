import { describe, expect, it } from 'vitest';
import type { DiffPart } from '../model';
import { elide, wdiff } from './wdiff';

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

describe('elide', () => {
  it('should keep the first and last words around an ellipsis, counting words, not spaces', () => {
    expect(elide(' the library after a long review.', 2, 0)).toBe(' the library …');
    expect(elide('The council met on Tuesday to ', 0, 2)).toBe('… Tuesday to ');
    expect(elide('one two three four five six', 1, 1)).toBe('one … six');
  });

  it('should leave text whole when the ellipsis would stand for only one word', () => {
    expect(elide('one two three', 1, 1)).toBe('one two three');
    expect(elide(' one two three', 2, 0)).toBe(' one two three');
    expect(elide('one two three four', Infinity, 0)).toBe('one two three four');
  });
});

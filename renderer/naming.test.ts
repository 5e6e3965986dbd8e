import { describe, expect, it } from 'vitest';
import { paraIndex } from '../shared/model';
import { besideWords, blindItemName, linkNotice, markWords, sentence } from './naming';

describe('blindItemName', () => {
  it('should name a compared article by its column and any other as hidden', () => {
    const compared = ['a3', 'a0'];
    expect(['a0', 'a3', 'a4'].map((id) => blindItemName(compared, id))).toEqual([
      'Outlet B',
      'Outlet A',
      'Outlet hidden',
    ]);
  });
});

describe('sentence', () => {
  it('should end a message with one full stop, not after a name cut short', () => {
    expect(sentence('Linked paragraph 8 of #3 Capital Post')).toBe(
      'Linked paragraph 8 of #3 Capital Post.',
    );
    expect(sentence('Linked paragraph 13 of #2 Met police admit tweet…')).toBe(
      'Linked paragraph 13 of #2 Met police admit tweet…',
    );
  });
});

describe('besideWords', () => {
  it('should name the paragraphs a moved paragraph sits beside by number, none as nothing', () => {
    expect(besideWords([paraIndex(11)])).toBe('beside its paragraph 12 already there');
    expect(besideWords([paraIndex(11), paraIndex(12)])).toBe(
      'beside its paragraphs 12 and 13 already there',
    );
    expect(besideWords([paraIndex(0), paraIndex(2), paraIndex(3)])).toBe(
      'beside its paragraphs 1, 3 and 4 already there',
    );
    expect(besideWords([])).toBe('');
  });
});

describe('linkNotice', () => {
  it('should name each link by hand that a link let go of', () => {
    expect(linkNotice('paragraph 2 of #3', 'paragraph 2 of #1', [])).toBe(
      'Linked paragraph 2 of #3 with paragraph 2 of #1.',
    );
    expect(
      linkNotice('paragraph 2 of #1', 'paragraph 2 of #3', [
        { paragraph: 'paragraph 2 of #3', mates: ['paragraph 4 of #1', 'paragraph 5 of #2'] },
        { paragraph: 'paragraph 2 of #1', mates: ['paragraph 3 of #2'] },
      ]),
    ).toBe(
      'Linked paragraph 2 of #1 with paragraph 2 of #3. ' +
        'Dropped your links of paragraph 2 of #3 with paragraph 4 of #1 and paragraph 5 of #2, which would have put two paragraphs of one article in one row. ' +
        'Dropped your link of paragraph 2 of #1 with paragraph 3 of #2, which would have put two paragraphs of one article in one row.',
    );
    expect(
      linkNotice(
        'paragraph 4 of #2',
        'paragraph 2 of #3',
        [],
        [{ paragraph: 'paragraph 4 of #2', mates: ['paragraph 2 of #1', 'paragraph 5 of #1'] }],
      ),
    ).toBe(
      'Linked paragraph 4 of #2 with paragraph 2 of #3. ' +
        "No longer keeps paragraph 4 of #2 apart from paragraph 2 of #1 and paragraph 5 of #1, so that the link's row keeps its paragraphs.",
    );
  });
});

describe('markWords', () => {
  it('should name a change made of marks only', () => {
    expect(markWords(',')).toBe('comma');
    expect(markWords('. ')).toBe('full stop');
    expect(markWords(').')).toBe('closing bracket and full stop');
    expect(markWords(', “')).toBe('comma and opening quotation mark');
    expect(markWords('...')).toBe('ellipsis');
    expect(markWords('..')).toBe('full stop');
    expect(markWords(' ')).toBe('space');
    expect(markWords('\n')).toBe('line break');
    expect(markWords('§')).toBe('“§”');
  });

  it('should leave a change that holds a word or a figure to be quoted', () => {
    expect(markWords('forced to admit')).toBeNull();
    expect(markWords(', 2020')).toBeNull();
    expect(markWords('é')).toBeNull();
    expect(markWords('')).toBeNull();
  });
});

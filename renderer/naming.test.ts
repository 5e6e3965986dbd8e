import { describe, expect, it } from 'vitest';
import { blindItemName, sentence } from './naming';

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

import { describe, expect, it } from 'vitest';
import { blindItemName } from './naming';

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

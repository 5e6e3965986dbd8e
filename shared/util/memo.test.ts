import { describe, expect, it } from 'vitest';
import { memoByText } from './memo';

describe('memoByText', () => {
  it('should read each text once and give the same result after', () => {
    const read: string[] = [];
    const length = memoByText((text) => {
      read.push(text);
      return { length: text.length };
    });
    const first = length('Scotland Yard');
    expect(length('Scotland Yard')).toBe(first);
    expect(length('')).toEqual({ length: 0 });
    expect(length('')).toEqual({ length: 0 });
    expect(read).toEqual(['Scotland Yard', '']);
  });
});

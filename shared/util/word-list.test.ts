import { describe, expect, it } from 'vitest';
import { wordList } from './word-list';

describe('wordList', () => {
  it('should join words with commas and a last "and"', () => {
    expect(wordList([])).toBe('');
    expect(wordList(['Monday'])).toBe('Monday');
    expect(wordList(['Monday', 'Friday'])).toBe('Monday and Friday');
    expect(wordList(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

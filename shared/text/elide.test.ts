import { describe, expect, it } from 'vitest';
import { elide } from './elide';

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

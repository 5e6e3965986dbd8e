import { describe, expect, it } from 'vitest';
import { assert, BugError } from './assert';

describe('assert', () => {
  it('should throw a BugError with the message when the invariant fails', () => {
    expect(() => assert(false, 'broken')).toThrow(new BugError('broken'));
    expect(() => assert(0, () => 'built late')).toThrow(new BugError('built late'));
  });

  it('should build a message given as a function only on failure', () => {
    let built = 0;
    assert(true, () => `${++built}`);
    expect(built).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { wrapTarget } from './focus-trap';

describe('wrapTarget', () => {
  it('should wrap Tab from the last stop to the first, and Shift+Tab from the first to the last', () => {
    expect(wrapTarget(3, 4, false)).toBe(0);
    expect(wrapTarget(0, 4, true)).toBe(3);
  });

  it('should leave moves between stops to the browser', () => {
    expect(wrapTarget(1, 4, false)).toBeNull();
    expect(wrapTarget(0, 4, false)).toBeNull();
    expect(wrapTarget(3, 4, true)).toBeNull();
    expect(wrapTarget(2, 4, true)).toBeNull();
  });

  it('should go to the first or the last stop from none of them (the dialog itself)', () => {
    expect(wrapTarget(-1, 4, false)).toBe(0);
    expect(wrapTarget(-1, 4, true)).toBe(3);
    expect(wrapTarget(7, 4, false)).toBe(0);
  });

  it('should keep a lone stop, and have nowhere to go without stops', () => {
    expect(wrapTarget(0, 1, false)).toBe(0);
    expect(wrapTarget(0, 1, true)).toBe(0);
    expect(wrapTarget(-1, 0, false)).toBeNull();
  });
});

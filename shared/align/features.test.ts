import { describe, expect, it } from 'vitest';
import { sharedCount, sharedWeight } from './features';

describe('shared ids of two ascending id arrays', () => {
  const a = Int32Array.from([1, 3, 5, 8, 13]);
  const b = Int32Array.from([2, 3, 8, 9, 13, 21]);

  it('should count the ids both hold', () => {
    expect(sharedCount(a, b)).toBe(3);
    expect(sharedCount(a, new Int32Array())).toBe(0);
  });

  it('should sum the weight of the ids both hold, and only theirs', () => {
    expect(sharedWeight(a, b, (id) => id * 10)).toBe(30 + 80 + 130);
    expect(sharedWeight(b, a, (id) => id * 10)).toBe(240);
    expect(sharedWeight(a, Int32Array.from([2, 4, 21]), () => 1)).toBe(0);
  });
});

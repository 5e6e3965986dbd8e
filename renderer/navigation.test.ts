import { describe, expect, it } from 'vitest';
import { blindLabel } from '../shared/view-model/blind';
import { stepDifference } from './navigation';

describe('stepDifference', () => {
  it('should step forward and back with wrap-around', () => {
    expect(stepDifference(3, -1, 1)).toBe(0);
    expect(stepDifference(3, -1, -1)).toBe(2);
    expect(stepDifference(3, 2, 1)).toBe(0);
    expect(stepDifference(3, 0, -1)).toBe(2);
    expect(stepDifference(0, 0, 1)).toBe(-1);
  });
});

describe('blindLabel', () => {
  it('should name outlets A, B, C…', () => {
    expect([0, 1, 25].map(blindLabel)).toEqual(['Outlet A', 'Outlet B', 'Outlet Z']);
  });
});

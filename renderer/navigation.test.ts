import { describe, expect, it } from 'vitest';
import { blindLabel } from '../shared/view-model/blind';
import { differenceNear, stepDifference } from './navigation';

describe('stepDifference', () => {
  it('should step forward and back with wrap-around', () => {
    expect(stepDifference(3, -1, 1)).toBe(0);
    expect(stepDifference(3, -1, -1)).toBe(2);
    expect(stepDifference(3, 2, 1)).toBe(0);
    expect(stepDifference(3, 0, -1)).toBe(2);
    expect(stepDifference(0, 0, 1)).toBe(-1);
  });
});

describe('differenceNear', () => {
  it('should stay on the row, else go to the next row with a difference, not to another number', () => {
    const differences = [7, 7, 9, 10, 24, 25].map((row) => ({ row }));
    expect(differenceNear(differences, 9)).toBe(2);
    // Row 8 has none among these outlets (the presentation showed more): row 9, not row 24.
    expect(differenceNear(differences, 8)).toBe(2);
    expect(differenceNear(differences, 30)).toBe(5);
    expect(differenceNear([], 3)).toBe(-1);
  });
});

describe('blindLabel', () => {
  it('should name outlets A, B, C…', () => {
    expect([0, 1, 25].map(blindLabel)).toEqual(['Outlet A', 'Outlet B', 'Outlet Z']);
  });
});

import { describe, expect, it } from 'vitest';
import { maxWeightAssignment } from './assignment';

function total(weights: number[][], assignment: ReadonlyArray<number>): number {
  return assignment.reduce((sum, col, row) => sum + (col >= 0 ? (weights[row]?.[col] ?? 0) : 0), 0);
}

/** Exhaustive optimum for tiny matrices, to check the algorithm against. */
function bruteForce(weights: number[][]): number {
  const rows = weights.length;
  const cols = weights[0]?.length ?? 0;
  let best = 0;
  const used = new Set<number>();
  const go = (r: number, sum: number): void => {
    if (r === rows) {
      best = Math.max(best, sum);
      return;
    }
    go(r + 1, sum);
    for (let c = 0; c < cols; c++) {
      const w = weights[r]?.[c] ?? 0;
      if (!used.has(c) && w > 0) {
        used.add(c);
        go(r + 1, sum + w);
        used.delete(c);
      }
    }
  };
  go(0, 0);
  return best;
}

describe('maxWeightAssignment', () => {
  it('should prefer two good pairs over one greedy best pair', () => {
    // Greedy takes (0,0)=0.9 and leaves row 1 with nothing; optimal is (0,1)+(1,0).
    const weights = [
      [0.9, 0.8],
      [0.7, 0],
    ];
    expect(maxWeightAssignment(weights)).toEqual([1, 0]);
  });

  it('should leave rows unassigned when only non-positive weights remain', () => {
    expect(maxWeightAssignment([[0], [-1], [0.5]])).toEqual([-1, -1, 0]);
  });

  it('should handle empty and rectangular matrices', () => {
    expect(maxWeightAssignment([])).toEqual([]);
    expect(maxWeightAssignment([[0.1, 0.3, 0.2]])).toEqual([1]);
    expect(maxWeightAssignment([[0.1], [0.3], [0.2]])).toEqual([-1, 0, -1]);
  });

  it('should reach the exhaustive optimum on random small matrices', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let trial = 0; trial < 200; trial++) {
      const rows = 1 + Math.floor(random() * 5);
      const cols = 1 + Math.floor(random() * 5);
      const weights = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (random() < 0.4 ? 0 : Math.round(random() * 100) / 100)),
      );
      const assignment = maxWeightAssignment(weights);
      const columns = assignment.filter((c) => c >= 0);
      expect(new Set(columns).size).toBe(columns.length);
      expect(total(weights, assignment)).toBeCloseTo(bruteForce(weights), 9);
    }
  });
});

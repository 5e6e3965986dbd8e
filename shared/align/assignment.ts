/**
 * Maximum-weight one-to-one assignment (Kuhn–Munkres / Hungarian algorithm, with
 * potentials, O(n²·m)).
 *
 * Used to choose counterparts: greedy best-first matching takes a strong but wrong pair
 * ("the lead matches the sub-headline") and leaves two paragraphs without their true
 * counterparts; the optimal assignment maximises the total similarity instead.
 */

/**
 * Largest side for which the exact algorithm runs; above it the caller uses a greedy
 * matching (the cubic cost would exceed the time budget on book-length inputs).
 */
export const MAX_EXACT_ASSIGNMENT_SIZE = 400;

/**
 * Returns, for each row, the column assigned to it (or -1), maximising the sum of
 * `weight(r, c)` over assigned pairs. Pairs of weight ≤ 0 are never assigned.
 *
 * `weights` is a dense rows × cols matrix.
 */
export function maxWeightAssignment(
  weights: ReadonlyArray<ReadonlyArray<number>>,
): ReadonlyArray<number> {
  const rows = weights.length;
  const cols = weights[0]?.length ?? 0;
  const flat = new Float64Array(rows * cols);
  weights.forEach((row, r) => {
    for (let c = 0; c < cols; c++) {
      flat[r * cols + c] = row[c] ?? 0;
    }
  });
  return maxWeightAssignmentOf(rows, cols, flat);
}

/**
 * {@link maxWeightAssignment} of a rows × cols matrix laid out row by row
 * (`weights[r * cols + c]`).
 */
export function maxWeightAssignmentOf(
  rows: number,
  cols: number,
  weights: Float64Array,
): ReadonlyArray<number> {
  if (rows === 0 || cols === 0) {
    return new Array<number>(rows).fill(-1);
  }
  // Square cost matrix (minimisation) of size n, padded with zeros: a padded or
  // non-positive pair costs 0, i.e. "unassigned".
  const n = Math.max(rows, cols);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  const minv = new Float64Array(n + 1);
  const used = new Uint8Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0] as number;
      // The cost row of i0 (past the matrix: padding, cost 0).
      const from = (i0 - 1) * cols;
      const inside = i0 - 1 < rows;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j] === 0) {
          const w = inside && j - 1 < cols ? (weights[from + j - 1] as number) : 0;
          const cur = (w > 0 ? -w : 0) - (u[i0] as number) - (v[j] as number);
          if (cur < (minv[j] as number)) {
            minv[j] = cur;
            way[j] = j0;
          }
          if ((minv[j] as number) < delta) {
            delta = minv[j] as number;
            j1 = j;
          }
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j] === 1) {
          u[p[j] as number] = (u[p[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else {
          minv[j] = (minv[j] as number) - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0);
  }
  const out = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) {
    const i = (p[j] as number) - 1;
    if (i >= 0 && i < rows && j - 1 < cols && (weights[i * cols + j - 1] as number) > 0) {
      out[i] = j - 1;
    }
  }
  return out;
}

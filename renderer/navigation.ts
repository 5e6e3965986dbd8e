/** Stepping through differences (pure). */

/** The next (or previous) difference index, wrapping around; -1 when there is none. */
export function stepDifference(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) {
    return -1;
  }
  if (current < 0 || current >= count) {
    return direction === 1 ? 0 : count - 1;
  }
  return (current + direction + count) % count;
}

/**
 * The difference to stay on when the differences change with the outlets shown (the
 * presentation closed, a column ticked): the first on `row`, else the first after it (rows
 * are numbered in reading order), else the last; -1 when there is none.
 */
export function differenceNear(
  differences: ReadonlyArray<{ readonly row: number }>,
  row: number,
): number {
  const at = differences.findIndex((d) => d.row >= row);
  return at >= 0 ? at : differences.length - 1;
}

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

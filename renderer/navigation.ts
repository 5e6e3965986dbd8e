/** Stepping through differences and naming outlets in blind mode (pure helpers). */

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

/** Blind labels for presentation: "Outlet A", "Outlet B", … */
export function blindLabel(index: number): string {
  return `Outlet ${String.fromCharCode(65 + (index % 26))}${index >= 26 ? String(Math.floor(index / 26)) : ''}`;
}

/** Which key steps how: `n`/F7 forward, `p`/Shift+F7 back (as in Meld). */
export function stepForKey(key: string, shiftKey: boolean): 1 | -1 | 0 {
  if (key === 'F7') {
    return shiftKey ? -1 : 1;
  }
  if (key === 'n' || key === 'ArrowDown') {
    return 1;
  }
  if (key === 'p' || key === 'ArrowUp') {
    return -1;
  }
  return 0;
}

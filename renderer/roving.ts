/**
 * Arrow-key movement inside a composite widget (a toolbar, a tab list), as the WAI-ARIA
 * patterns ask: one Tab stop for the group, Left/Right (or Up/Down) and Home/End move.
 */

/** The index the key moves to among `count` items from `from`, or null for other keys. */
export function rovingIndex(
  key: string,
  from: number,
  count: number,
  orientation: 'horizontal' | 'vertical' = 'horizontal',
): number | null {
  if (count === 0) {
    return null;
  }
  const next = orientation === 'horizontal' ? 'ArrowRight' : 'ArrowDown';
  const previous = orientation === 'horizontal' ? 'ArrowLeft' : 'ArrowUp';
  switch (key) {
    case next:
      return (from + 1) % count;
    case previous:
      return (from - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

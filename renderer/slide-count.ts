/** The presentation's slide counter (pure): what it says, and the widest it can say. */

/** The counter of slide `slide` (0-based) of `slides`, on row `row` as shown: "Row 9 · slide 3 of 40". */
export function slideCount(row: number | null, slide: number, slides: number): string {
  return `Row ${row ?? ''} · slide ${slide + 1} of ${slides}`;
}

/**
 * The widest counter of a presentation whose slides show `rows` (their numbers as shown),
 * its figures noughts, as many as the largest numbers have. Laid under the counter unseen,
 * in figures of one width (tabular), it keeps the counter as wide on every slide, so that
 * the bar's buttons beside it stay put for a clicker ("Row 9" → "Row 34").
 */
export function widestSlideCount(rows: ReadonlyArray<number>, slides: number): string {
  const figures = (n: number): string => '0'.repeat(String(n).length);
  return `Row ${figures(Math.max(0, ...rows))} · slide ${figures(slides)} of ${slides}`;
}

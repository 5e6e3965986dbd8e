/**
 * Estimated heights of the comparison's items before they are measured (pure). Good guesses
 * keep the scrollbar steady while rows come into view; the virtualizer measures each row
 * once it is drawn.
 */
import type { DisplayItem } from './comparison-layout';

/**
 * Comparisons with at most this many items are drawn whole: every row is in the page, so
 * the browser's find sees all of them, and they cost little. Longer ones draw only the
 * rows near the viewport (a 5,000-row comparison once took 56k DOM nodes and 2.4 s).
 */
export const RENDER_ALL_BELOW = 300;

/** Average width of a character of the body type, in ems. */
const CHAR_EM = 0.5;
/** Line height of cell text, in ems (as in the style sheet). */
const LINE_EM = 1.45;
/** Padding, labels and borders of a row, in ems. */
const ROW_CHROME_EM = 2.2;
/** Height of a fold marker, in ems. */
const FOLD_EM = 2.4;

function lines(text: string, charsPerLine: number): number {
  return text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
}

/** The estimated height (px) of an item with columns `columnPx` wide. */
export function estimateItemHeight(
  item: DisplayItem,
  shown: ReadonlyArray<number>,
  layout: 'side' | 'inline',
  columnPx: number,
  remPx: number,
): number {
  if (item.kind === 'fold') {
    return FOLD_EM * remPx;
  }
  const charsPerLine = Math.max(8, Math.floor(columnPx / (CHAR_EM * remPx)));
  const heights = shown.map((k) => {
    const text = item.row.cells[k]?.segments.map((s) => s.text).join('') ?? '';
    return text === '' ? 0 : lines(text, charsPerLine);
  });
  const textLines =
    layout === 'side' ? Math.max(1, ...heights) : heights.reduce((a, b) => a + b + 1.5, 0);
  return (textLines * LINE_EM + ROW_CHROME_EM) * remPx;
}

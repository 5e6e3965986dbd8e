/**
 * A cell's marked text cut into its paragraphs (pure), so each paragraph can be selected,
 * moved or linked on its own. A cell's text is its paragraphs joined by a blank line
 * (`CELL_SEPARATOR`); the separators are dropped.
 */
import { CELL_SEPARATOR } from '../shared/cells';
import type { MarkedPiece } from './highlight';

/**
 * The pieces of each paragraph, given the paragraphs' lengths. Law: joining the pieces of
 * paragraph i gives paragraph i's text, when the pieces join to the cell text.
 */
export function splitByParagraph(
  pieces: ReadonlyArray<MarkedPiece>,
  lengths: ReadonlyArray<number>,
): ReadonlyArray<ReadonlyArray<MarkedPiece>> {
  // [start, end) of each paragraph in the cell text.
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const length of lengths) {
    spans.push([at, at + length]);
    at += length + CELL_SEPARATOR.length;
  }
  const out: MarkedPiece[][] = lengths.map(() => []);
  let offset = 0;
  for (const piece of pieces) {
    const start = offset;
    const end = offset + piece.text.length;
    spans.forEach(([from, to], i) => {
      const a = Math.max(start, from);
      const b = Math.min(end, to);
      if (a < b) {
        out[i]?.push({ ...piece, text: piece.text.slice(a - start, b - start) });
      }
    });
    offset = end;
  }
  return out;
}

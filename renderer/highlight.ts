/** Overlaying loaded-language highlights on a cell's diff segments (pure). */
import type { Segment } from '../shared/view-model/view-model';

/** A range of a cell's text to highlight, with its category. */
export interface HighlightRange {
  readonly start: number;
  readonly endExclusive: number;
  readonly category: string;
}

/** A segment piece, with the highlight category covering it (or null). */
export interface MarkedPiece extends Segment {
  readonly highlight: string | null;
}

/**
 * Cuts segments at range boundaries so every piece is either wholly inside one range or
 * outside all. Law: joining the pieces' texts gives the joined segment texts.
 */
export function overlayHighlights(
  segments: ReadonlyArray<Segment>,
  ranges: ReadonlyArray<HighlightRange>,
): ReadonlyArray<MarkedPiece> {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: MarkedPiece[] = [];
  let offset = 0;
  for (const segment of segments) {
    const end = offset + segment.text.length;
    const cuts = new Set<number>([offset, end]);
    for (const r of sorted) {
      for (const p of [r.start, r.endExclusive]) {
        if (p > offset && p < end) {
          cuts.add(p);
        }
      }
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i] as number;
      const to = points[i + 1] as number;
      const range = sorted.find((r) => r.start <= from && to <= r.endExclusive);
      out.push({
        kind: segment.kind,
        text: segment.text.slice(from - offset, to - offset),
        highlight: range?.category ?? null,
      });
    }
    offset = end;
  }
  return out;
}

/** Ranges of a cell from per-paragraph hits (paragraphs joined with a blank line). */
export function cellRanges(
  paragraphs: ReadonlyArray<number>,
  paragraphTexts: (paragraph: number) => string,
  hits: ReadonlyArray<{
    readonly paragraph: number;
    readonly start: number;
    readonly endExclusive: number;
    readonly category: string;
  }>,
): ReadonlyArray<HighlightRange> {
  const out: HighlightRange[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    for (const h of hits) {
      if (h.paragraph === p) {
        out.push({
          start: offset + h.start,
          endExclusive: offset + h.endExclusive,
          category: h.category,
        });
      }
    }
    offset += paragraphTexts(p).length + 2;
  }
  return out;
}

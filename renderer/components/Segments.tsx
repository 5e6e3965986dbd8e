import type { Segment } from '../../shared/view-model/view-model';
import { overlayHighlights, type HighlightRange, type MarkedPiece } from '../highlight';
import { STAMP_TITLE } from '../../shared/view-model/segments';

/** Props of {@link Segments}. */
export interface SegmentsProps {
  /** The marked text of a cell. */
  readonly segments: ReadonlyArray<Segment>;
  /** Loaded-language ranges to mark (offsets in the cell text). */
  readonly highlights?: ReadonlyArray<HighlightRange>;
}

/**
 * A cell's text with <del> (missing or reworded elsewhere) and <ins> (added or reworded
 * here); loaded or hedging words are wrapped in <mark> with their category as a tooltip.
 * The text is isolated (`<bdi>`): a right-to-left override left open in it ends with it.
 */
export function Segments({ segments, highlights = [] }: SegmentsProps) {
  return <Pieces pieces={overlayHighlights(segments, highlights)} />;
}

/** Marked pieces of text (see {@link Segments}), isolated in a `<bdi>`. */
export function Pieces({ pieces }: { readonly pieces: ReadonlyArray<MarkedPiece> }) {
  return (
    <bdi>
      {pieces.map((s, i) => {
        const text = s.highlight ? (
          <mark className={`loaded ${s.highlight}`} title={`${s.highlight} language`}>
            {s.text}
          </mark>
        ) : (
          s.text
        );
        return s.kind === 'del' ? (
          <del key={i}>{text}</del>
        ) : s.kind === 'ins' ? (
          <ins key={i}>{text}</ins>
        ) : s.kind === 'stamp' ? (
          // Left to right and set apart: a stamp's Latin letters do not decide the direction
          // of a right-to-left paragraph.
          <span key={i} className="stamp" dir="ltr" title={STAMP_TITLE}>
            {text}
          </span>
        ) : (
          <span key={i}>{text}</span>
        );
      })}
    </bdi>
  );
}

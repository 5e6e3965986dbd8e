import type { Segment } from '../../shared/report/report-model';

/** Props of {@link Segments}. */
export interface SegmentsProps {
  /** The marked text of a cell. */
  readonly segments: ReadonlyArray<Segment>;
}

/** A cell's text with <del> (missing or reworded elsewhere) and <ins> (added or reworded here). */
export function Segments({ segments }: SegmentsProps) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'del' ? (
          <del key={i}>{s.text}</del>
        ) : s.kind === 'ins' ? (
          <ins key={i}>{s.text}</ins>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

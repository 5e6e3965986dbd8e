import type { ReportModel } from '../../shared/report/report-model';

/** Props of {@link OverviewRuler}. */
export interface OverviewRulerProps {
  readonly model: ReportModel;
  /** Index of the current difference. */
  readonly current: number;
  /** Called with a difference index when a mark is clicked. */
  readonly onPick: (index: number) => void;
}

/**
 * A narrow strip beside the comparison marking where the differences lie (as VS Code and
 * Draftable do): one mark per difference at its row's relative position; click to jump.
 */
export function OverviewRuler({ model, current, onPick }: OverviewRulerProps) {
  const rows = Math.max(1, model.rows.length);
  return (
    <nav className="ruler" aria-label="Overview of differences">
      {model.differences.map((d, i) => (
        <button
          key={d.id}
          type="button"
          className={`mark ${d.kind}${i === current ? ' current' : ''}`}
          style={{ top: `${((d.row - 0.5) / rows) * 100}%` }}
          aria-label={`Difference ${i + 1}: ${d.kind}, row ${d.row}`}
          onClick={() => onPick(i)}
        />
      ))}
    </nav>
  );
}

import type { ReportModel } from '../../shared/report/report-model';
import { blindLabel } from '../navigation';
import { Segments } from './Segments';

/** Props of {@link Presentation}. */
export interface PresentationProps {
  readonly model: ReportModel;
  /** Index of the difference shown. */
  readonly current: number;
  /** Outlets shown as "Outlet A", "Outlet B" until revealed. */
  readonly blind: boolean;
  readonly onToggleBlind: () => void;
  readonly onStep: (direction: 1 | -1) => void;
  readonly onClose: () => void;
}

/** Classroom mode: one difference at a time, the outlets' wordings side by side, large type. */
export function Presentation({
  model,
  current,
  blind,
  onToggleBlind,
  onStep,
  onClose,
}: PresentationProps) {
  const difference = model.differences[current];
  const row = difference ? model.rows[difference.row - 1] : undefined;
  const name = (k: number): string => (blind ? blindLabel(k) : (model.articles[k]?.label ?? ''));
  return (
    <div className="presentation" role="dialog" aria-modal="true" aria-label="Presentation">
      <div className="presentation-bar">
        <span>
          Difference {current + 1} of {model.differences.length}
        </span>
        <button type="button" onClick={() => onStep(-1)}>
          ← Previous
        </button>
        <button type="button" onClick={() => onStep(1)}>
          Next →
        </button>
        <button type="button" onClick={onToggleBlind}>
          {blind ? 'Reveal outlets' : 'Hide outlets'}
        </button>
        <button type="button" onClick={onClose}>
          Close (Esc)
        </button>
      </div>
      <div className="presentation-cells">
        {row?.cells
          .filter((c) => c.role !== 'empty')
          .map((cell) => (
            <figure key={cell.article}>
              <figcaption>
                <bdi>{name(cell.article)}</bdi>
              </figcaption>
              <blockquote>
                <Segments segments={cell.segments} />
              </blockquote>
            </figure>
          ))}
      </div>
    </div>
  );
}

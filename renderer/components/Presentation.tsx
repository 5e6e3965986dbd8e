import { COMMANDS, isChecked, type CommandId, type CommandState } from '../../shared/commands';
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
  /** What decides which bar buttons are pressed. */
  readonly state: CommandState;
  /** Runs a command of the presentation's bar. */
  readonly onRun: (id: CommandId) => void;
}

/** Classroom mode: one difference at a time, the outlets' wordings side by side, large type. */
export function Presentation({ model, current, blind, state, onRun }: PresentationProps) {
  const difference = model.differences[current];
  const row = difference ? model.rows[difference.row - 1] : undefined;
  const name = (k: number): string => (blind ? blindLabel(k) : (model.articles[k]?.label ?? ''));
  return (
    <div className="presentation" role="dialog" aria-modal="true" aria-label="Presentation">
      <div className="presentation-bar">
        <span>
          Difference {current + 1} of {model.differences.length}
        </span>
        {COMMANDS.filter((c) => c.bar === 'presentation').map((c) => (
          <button
            key={c.id}
            type="button"
            data-command={c.id}
            aria-pressed={isChecked(c, state) ?? undefined}
            onClick={() => onRun(c.id)}
          >
            {c.label}
          </button>
        ))}
      </div>
      <div className="presentation-cells">
        {row?.cells
          .filter((c) => c.role !== 'empty')
          .map((cell) => (
            <figure key={cell.article}>
              <figcaption>{name(cell.article)}</figcaption>
              <blockquote>
                <Segments segments={cell.segments} />
              </blockquote>
            </figure>
          ))}
      </div>
    </div>
  );
}

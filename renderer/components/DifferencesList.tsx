import type { Difference, ReportModel } from '../../shared/report/report-model';
import { blindLabel } from '../navigation';

/** Props of {@link DifferencesList}. */
export interface DifferencesListProps {
  readonly model: ReportModel;
  /** Index of the current difference in `model.differences`. */
  readonly current: number;
  /** Called with an index when the user picks a difference. */
  readonly onPick: (index: number) => void;
  readonly blind: boolean;
}

/** One line describing a difference. */
export function describeDifference(d: Difference, name: (k: number) => string): string {
  switch (d.kind) {
    case 'wording':
      return `${name(d.article)}: ${d.changes
        .slice(0, 2)
        .map((c) =>
          c.kind === 'insert'
            ? `+ “${c.other}”`
            : c.kind === 'delete'
              ? `− “${c.base}”`
              : `“${c.base}” → “${c.other}”`,
        )
        .join('; ')}${d.changes.length > 2 ? ` (+${d.changes.length - 2} more)` : ''}`;
    case 'unique':
      return `only in ${name(d.article)}: ${d.excerpt}`;
    case 'moved':
      return `${name(d.article)} moved paragraph ${d.move.paragraph}`;
  }
}

/** Every wording change, unique paragraph and move; click to jump. */
export function DifferencesList({ model, current, onPick, blind }: DifferencesListProps) {
  const name = (k: number): string => (blind ? blindLabel(k) : (model.articles[k]?.label ?? ''));
  return (
    <ol className="differences" aria-label="Differences">
      {model.differences.map((d, i) => (
        <li key={d.id} className={i === current ? 'current' : undefined}>
          <button
            type="button"
            onClick={() => onPick(i)}
            aria-current={i === current ? 'true' : undefined}
          >
            <span className={`kind ${d.kind}`}>{d.kind}</span> row {d.row}:{' '}
            {describeDifference(d, name)}
          </button>
        </li>
      ))}
    </ol>
  );
}

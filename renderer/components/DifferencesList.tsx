import type { Difference, ReportModel } from '../../shared/report/report-model';
import { Fragment, type ReactNode } from 'react';
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

/** One line describing a difference; the articles' words are isolated (`<bdi>`). */
export function describeDifference(d: Difference, name: (k: number) => string): ReactNode {
  switch (d.kind) {
    case 'wording':
      return (
        <>
          <bdi>{name(d.article)}</bdi>:{' '}
          {d.changes.slice(0, 2).map((c, i) => (
            <Fragment key={i}>
              {i > 0 && '; '}
              {c.kind === 'insert' ? (
                <>
                  + “<bdi>{c.other}</bdi>”
                </>
              ) : c.kind === 'delete' ? (
                <>
                  − “<bdi>{c.base}</bdi>”
                </>
              ) : (
                <>
                  “<bdi>{c.base}</bdi>” → “<bdi>{c.other}</bdi>”
                </>
              )}
            </Fragment>
          ))}
          {d.changes.length > 2 && ` (+${d.changes.length - 2} more)`}
        </>
      );
    case 'unique':
      return (
        <>
          only in <bdi>{name(d.article)}</bdi>: <bdi>{d.excerpt}</bdi>
        </>
      );
    case 'moved':
      return (
        <>
          <bdi>{name(d.article)}</bdi> moved paragraph {d.move.paragraph}
        </>
      );
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

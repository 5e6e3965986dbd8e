import { useEffect, useRef } from 'react';
import type { Difference } from '../../shared/report/report-model';
import { describeDifference } from '../describe';

/** Props of {@link DifferencesList}. */
export interface DifferencesListProps {
  /** The differences about the outlets shown, in row order. */
  readonly differences: ReadonlyArray<Difference>;
  /** Index of the current difference. */
  readonly current: number;
  /** Called with an index when the user picks a difference. */
  readonly onPick: (index: number) => void;
  /** The name of an article. */
  readonly name: (article: number) => string;
}

/**
 * Every wording change, unique paragraph and move of the outlets shown; click to go there.
 * The current difference (n/p, the ruler) stays in view.
 */
export function DifferencesList({ differences, current, onPick, name }: DifferencesListProps) {
  const currentRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <ol className="differences" aria-label="Differences">
      {differences.map((d, i) => {
        const line = describeDifference(d, name);
        return (
          <li
            key={d.id}
            ref={i === current ? currentRef : undefined}
            className={i === current ? 'current' : undefined}
          >
            <button
              type="button"
              onClick={() => onPick(i)}
              aria-current={i === current ? 'true' : undefined}
            >
              <span className="difference-head">
                <span className="number">{i + 1}.</span> row {d.row} ·{' '}
                <span className={`kind ${d.kind}`}>{line.what}</span>{' '}
                <span dir="auto">{line.who}</span>
              </span>
              {line.pieces.length > 0 && (
                <span className="changes">
                  {line.pieces.map((p, j) => (
                    <span key={j} className="change">
                      {p.removed && <del dir="auto">{p.removed}</del>}
                      {p.removed && p.added && ' → '}
                      {p.added && <ins dir="auto">{p.added}</ins>}
                    </span>
                  ))}
                </span>
              )}
              {line.note && (
                <span className="note" dir="auto">
                  {line.note}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Difference } from '../../shared/view-model/view-model';
import { describeDifference } from '../describe';
import { RENDER_ALL_BELOW } from '../row-size';
import { rowNumber } from '../../shared/view-model/display';
import { ArticleName } from './ArticleName';

/** Props of {@link DifferencesList}. */
export interface DifferencesListProps {
  /**
   * The differences about the outlets shown, in row order; each is shown by its id, its
   * number among every outlet's differences, as the exported report numbers it.
   */
  readonly differences: ReadonlyArray<Difference>;
  /** Index of the current difference. */
  readonly current: number;
  /** Called with an index when the user picks a difference. */
  readonly onPick: (index: number) => void;
  /** The name of an article. */
  readonly name: (article: number) => string;
}

/** Estimated height of an item (px) before it is measured: three lines of small type. */
const ITEM_ESTIMATE_PX = 62;

/**
 * Every wording change, unique paragraph and move of the outlets shown; click to go there.
 * The current difference (n/p, the ruler) stays in view. Like the comparison, a long list
 * draws only the items near its viewport (2,600 differences once took 35,000 nodes).
 */
export function DifferencesList({ differences, current, onPick, name }: DifferencesListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer hands out fresh functions each render; nothing here memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: differences.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ITEM_ESTIMATE_PX,
    getItemKey: (i) => differences[i]?.id ?? i,
    overscan: differences.length <= RENDER_ALL_BELOW ? differences.length : 10,
  });
  useEffect(() => {
    if (current >= 0 && current < differences.length) {
      virtualizer.scrollToIndex(current, { align: 'auto' });
    }
  }, [current, differences, virtualizer]);
  return (
    <div ref={scrollRef} className="differences-scroll">
      <ol
        className="differences"
        aria-label="Differences"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((v) => {
          const d = differences[v.index] as Difference;
          const i = v.index;
          const line = describeDifference(d, name);
          return (
            <li
              key={v.key}
              ref={virtualizer.measureElement}
              data-index={i}
              className={i === current ? 'current' : undefined}
              style={{ transform: `translateY(${v.start}px)` }}
            >
              <button
                type="button"
                onClick={() => onPick(i)}
                aria-current={i === current ? 'true' : undefined}
              >
                <span className="difference-head">
                  <span className="number">{d.id}.</span> row {rowNumber(d.row)} ·{' '}
                  <span className={`kind ${d.kind}`}>{line.what}</span>{' '}
                  <span>
                    <ArticleName label={line.who} />
                  </span>
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
    </div>
  );
}

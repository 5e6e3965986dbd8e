import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { rowNumber } from '../../shared/view-model/display';
import { wordList } from '../../shared/util/word-list';
import type { RulerMark } from '../comparison-layout';

/** Props of {@link OverviewRuler}. */
export interface OverviewRulerProps {
  /** The marks, top to bottom. */
  readonly marks: ReadonlyArray<RulerMark>;
  /** Index of the current difference (-1: none). */
  readonly current: number;
  /** Called with a difference index when a mark is chosen. */
  readonly onPick: (index: number) => void;
  /** Told the ruler's height (px), so that marks can be spaced not to overlap. */
  readonly onHeight: (px: number) => void;
}

/** Height of a mark (px), as in the style sheet; marks are spaced at least this far apart plus a pixel. */
export const MARK_PX = 5;

const KIND_WORDS = { unique: 'only in one outlet', moved: 'moved', wording: 'reworded' } as const;

/** A mark's name: "Rows 4 and 5: reworded, moved". */
function markLabel(mark: RulerMark): string {
  const numbers = mark.rows.map((r) => String(rowNumber(r)));
  const rows = `${numbers.length === 1 ? 'Row' : 'Rows'} ${wordList(numbers)}`;
  return `${rows}: ${mark.kinds.map((k) => KIND_WORDS[k]).join(', ')}`;
}

/**
 * A narrow strip beside the comparison marking where the differences lie (as VS Code and
 * Draftable do). It is one control, a list box: one Tab stop, the arrow keys (and Home, End)
 * move between marks and go to them; a click goes to a mark.
 */
export function OverviewRuler({ marks, current, onPick, onHeight }: OverviewRulerProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) {
      return;
    }
    const observer = new ResizeObserver(() => onHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [onHeight]);

  const active = Math.max(
    0,
    marks.findIndex((m) => current >= m.first && current <= m.last),
  );
  const go = (index: number): void => {
    const mark = marks[Math.max(0, Math.min(marks.length - 1, index))];
    if (mark) {
      onPick(mark.first);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const chosen = current >= 0 && marks.some((m) => current >= m.first && current <= m.last);
    const moves: Record<string, number> = {
      ArrowDown: chosen ? active + 1 : 0,
      ArrowRight: chosen ? active + 1 : 0,
      ArrowUp: chosen ? active - 1 : 0,
      ArrowLeft: chosen ? active - 1 : 0,
      Home: 0,
      End: marks.length - 1,
      Enter: active,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      go(to);
    }
  };
  return (
    <div
      ref={ref}
      className="ruler"
      role="listbox"
      aria-label="Overview of differences"
      aria-orientation="vertical"
      tabIndex={0}
      aria-activedescendant={marks.length ? `mark-${active}` : undefined}
      onKeyDown={onKeyDown}
    >
      {marks.map((m, i) => (
        <div
          key={m.first}
          id={`mark-${i}`}
          role="option"
          aria-selected={i === active && current >= 0}
          aria-label={markLabel(m)}
          title={markLabel(m)}
          className={`mark ${m.kinds[0] ?? 'wording'}${i === active && current >= 0 ? ' current' : ''}`}
          style={{ top: `calc(${m.position.toFixed(4)} * (100% - ${MARK_PX}px))` }}
          onClick={() => onPick(m.first)}
        />
      ))}
    </div>
  );
}

import {
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Ref,
} from 'react';
import {
  COMMANDS,
  isChecked,
  keysLabel,
  type CommandId,
  type CommandState,
} from '../../shared/commands';
import type { RowIndex } from '../../shared/model';
import { paragraphNumber, rowNumber } from '../../shared/view-model/display';
import type { Difference, ViewCell, ViewModel, Segment } from '../../shared/view-model/view-model';
import { describeRow } from '../describe';
import { slideCount, widestSlideCount } from '../slide-count';
import { isolatedLabel } from '../../shared/view-model/article-name';
import { focusBack, trapTab } from '../focus-trap';
import { ArticleName } from './ArticleName';
import { useFitText } from '../hooks/use-fit-text';
import { Segments } from './Segments';

/** Props of {@link Presentation}. */
export interface PresentationProps {
  readonly model: ViewModel;
  /** The differences about the outlets shown. */
  readonly differences: ReadonlyArray<Difference>;
  /** Index (in `differences`) of the first difference of each slide's row. */
  readonly slides: ReadonlyArray<number>;
  /** The slide shown. */
  readonly slide: number;
  /** Article indices shown. */
  readonly shown: ReadonlyArray<number>;
  /** The name of an article (Outlet A, B… when hidden). */
  readonly name: (article: number) => string;
  /** A cell's marked text, against the outlets shown. */
  readonly segments: (row: RowIndex, cell: ViewCell) => ReadonlyArray<Segment>;
  /** What decides which bar buttons are pressed. */
  readonly state: CommandState;
  /** Runs a command of the presentation's bar. */
  readonly onRun: (id: CommandId) => void;
  /**
   * Focuses the comparison: where the focus goes when the presentation closes and what had
   * it before is gone.
   */
  readonly focusComparison: () => void;
  /** The handle. */
  readonly ref?: Ref<PresentationHandle>;
}

/** What the app may ask of the presentation shown. */
export interface PresentationHandle {
  /** Blacks out the screen until the next key or click (a clicker's blank-screen button). */
  readonly blank: () => void;
}

/**
 * Largest and smallest slide type (px): large for the back row of a classroom (a short row
 * fills the screen), small enough for four outlets' long paragraphs.
 */
const LARGEST_PX = 44;
const SMALLEST_PX = 13;

/**
 * Classroom mode: one row at a time, full screen, the outlets' wordings side by side in
 * type as large as fits, with a line saying what differs. A modal dialog: it takes the
 * keyboard focus, and presenter clickers (PageDown, PageUp, Space) step through it.
 */
export function Presentation({
  model,
  differences,
  slides,
  slide,
  shown,
  name,
  segments,
  state,
  onRun,
  focusComparison,
  ref,
}: PresentationProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  // A blank screen (a clicker's button sends B or "."): the class looks at the teacher, not
  // at the slide; any key or click brings the slide back, and does nothing else.
  const [blank, setBlank] = useState(false);
  useImperativeHandle(ref, () => ({ blank: () => setBlank(true) }), []);
  // Set up before the screen is painted black, so that no key slips past it; a key held
  // down (its repeats) neither wakes the slide nor steps it.
  useLayoutEffect(() => {
    if (!blank) {
      return;
    }
    const back = (event: KeyboardEvent): void => {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (!event.repeat) {
        setBlank(false);
      }
    };
    // Before the app's own keys (capture, on the window), so that the key only wakes it.
    window.addEventListener('keydown', back, true);
    return () => window.removeEventListener('keydown', back, true);
  }, [blank]);
  const cellsRef = useRef<HTMLDivElement>(null);
  const first = differences[slides[slide] ?? 0];
  const row = first ? model.rows[first.row] : undefined;
  const widest = useMemo(
    () =>
      widestSlideCount(
        slides.flatMap((d) => {
          const r = model.rows[differences[d]?.row ?? -1];
          return r ? [rowNumber(r.index)] : [];
        }),
        slides.length,
      ),
    [model, differences, slides],
  );

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) {
      return;
    }
    const before = document.activeElement;
    if (!dialog.open) {
      dialog.showModal();
    }
    dialog.focus();
    // Closed, it gives the focus back where it was, or to the comparison if that is gone.
    return () => focusBack(before, focusComparison);
    // Once, when it opens and closes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useFitText(cellsRef, LARGEST_PX, SMALLEST_PX, [row, shown, name]);
  // A slide too long for the screen even in the smallest type scrolls: each slide starts at
  // its top, and the bar says when there is more below (Next shows it before moving on).
  const [scroll, setScroll] = useState({ long: false, more: false });
  // Another slide starts at its top; the same slide in other words (blind mode switched, an
  // outlet shown) keeps the place the teacher read to.
  useLayoutEffect(() => {
    if (cellsRef.current) {
      cellsRef.current.scrollTop = 0;
    }
  }, [row]);
  useLayoutEffect(() => {
    const cells = cellsRef.current;
    if (!cells) {
      return;
    }
    const update = (): void => {
      const long = cells.scrollHeight > cells.clientHeight;
      const more = cells.scrollTop + cells.clientHeight < cells.scrollHeight - 1;
      setScroll((was) => (was.long === long && was.more === more ? was : { long, more }));
    };
    update();
    cells.addEventListener('scroll', update);
    const observer = new ResizeObserver(update);
    observer.observe(cells);
    return () => {
      cells.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [row, shown, name]);

  const cells = row ? shown.map((k) => row.cells[k]).filter((c) => c !== undefined) : [];
  return (
    <dialog
      ref={dialogRef}
      className="presentation"
      aria-label="Presentation"
      tabIndex={-1}
      // A modal dialog: Tab goes round its bar, never to the page behind it.
      onKeyDown={(event) => trapTab(event, dialogRef.current)}
      onCancel={(event) => {
        // Esc: the command closes it, so that the app's state says so too.
        event.preventDefault();
        onRun('presentation-close');
      }}
    >
      <div className="presentation-bar">
        {/* One width on every slide: the widest counter, unseen, under the one shown. */}
        <span className="slide-count-box">
          <span className="slide-count">
            {slideCount(row ? rowNumber(row.index) : null, slide, slides.length)}
          </span>
          <span className="slide-count-widest" aria-hidden="true">
            {widest}
          </span>
        </span>
        {COMMANDS.filter((c) => c.bar === 'presentation').map((c) => (
          <button
            key={c.id}
            type="button"
            data-command={c.id}
            // Keys that work here only (Hide Outlets has none: B blanks the screen).
            title={c.keysIn.includes('presentation') ? keysLabel(c) : undefined}
            aria-pressed={isChecked(c, state) ?? undefined}
            onClick={() => {
              onRun(c.id);
              // The keys go back to the slide: a clicker's Space (next) or Enter must not
              // press this button again (Hide Outlets would reveal the outlets to the class).
              dialogRef.current?.focus();
            }}
          >
            {c.label}
          </button>
        ))}
        {scroll.more && <span className="slide-more">more below: Next ↓</span>}
        <span className="presentation-legend">
          <del>struck</del> missing or reworded in another outlet · <ins>underlined</ins> added or
          reworded here
        </span>
      </div>
      {row && (
        <p className="slide-summary" aria-live="polite">
          {/* Names come from the articles: isolated in the line (FSI…PDI, as <bdi>). */}
          {describeRow(row, differences, shown, (k) => isolatedLabel(name(k)))}
        </p>
      )}
      <div
        ref={cellsRef}
        className="presentation-cells"
        // Scrolls when too long: reachable by keyboard (the clicker's keys scroll it too).
        tabIndex={scroll.long ? 0 : undefined}
        role="group"
        aria-label="The outlets' wordings"
        style={{ ['--slide-columns' as string]: Math.min(4, Math.max(1, cells.length)) }}
      >
        {cells.map((cell) => (
          <figure key={cell.article} className={cell.role}>
            <figcaption title={name(cell.article)}>
              <ArticleName label={name(cell.article)} />
            </figcaption>
            {cell.role === 'empty' ? (
              <p className="not-here">not in this outlet</p>
            ) : (
              <blockquote dir="auto">
                {cell.moved && (
                  <span className="moved-label">
                    moved: paragraph {paragraphNumber(cell.moved.paragraph)} of {cell.moved.of}
                  </span>
                )}
                {row && <Segments segments={segments(row.index, cell)} />}
              </blockquote>
            )}
          </figure>
        ))}
      </div>
      {blank && <div className="slide-blank" onClick={() => setBlank(false)} />}
      {/* One live region, there from the start, so that screen readers say each change. */}
      <p className="visually-hidden" role="status">
        {blank ? 'Screen blanked: press any key to go back.' : ''}
      </p>
    </dialog>
  );
}

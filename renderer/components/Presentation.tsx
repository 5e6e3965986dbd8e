import { useEffect, useRef } from 'react';
import {
  COMMANDS,
  isChecked,
  keysLabel,
  type CommandId,
  type CommandState,
} from '../../shared/commands';
import type {
  Difference,
  ReportCell,
  ReportModel,
  Segment,
} from '../../shared/report/report-model';
import { describeRow } from '../describe';
import { isolateBidi } from '../../shared/text/bidi';
import { useFitText } from '../hooks/use-fit-text';
import { Segments } from './Segments';

/** Props of {@link Presentation}. */
export interface PresentationProps {
  readonly model: ReportModel;
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
  readonly segments: (rowNumber: number, cell: ReportCell) => ReadonlyArray<Segment>;
  /** What decides which bar buttons are pressed. */
  readonly state: CommandState;
  /** Runs a command of the presentation's bar. */
  readonly onRun: (id: CommandId) => void;
}

/** Largest and smallest slide type (px): large for the back row, small enough for four outlets. */
const LARGEST_PX = 30;
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
}: PresentationProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cellsRef = useRef<HTMLDivElement>(null);
  const first = differences[slides[slide] ?? 0];
  const row = first ? model.rows[first.row - 1] : undefined;

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
    return () => {
      if (before instanceof HTMLElement) {
        before.focus();
      }
    };
  }, []);
  useFitText(cellsRef, LARGEST_PX, SMALLEST_PX, [row, shown, name]);

  const cells = row ? shown.map((k) => row.cells[k]).filter((c) => c !== undefined) : [];
  return (
    <dialog
      ref={dialogRef}
      className="presentation"
      aria-label="Presentation"
      tabIndex={-1}
      onCancel={(event) => {
        // Esc: the command closes it, so that the app's state says so too.
        event.preventDefault();
        onRun('presentation-close');
      }}
    >
      <div className="presentation-bar">
        <span className="slide-count">
          Row {row?.number} · slide {slide + 1} of {slides.length}
        </span>
        {COMMANDS.filter((c) => c.bar === 'presentation').map((c) => (
          <button
            key={c.id}
            type="button"
            data-command={c.id}
            title={keysLabel(c)}
            aria-pressed={isChecked(c, state) ?? undefined}
            onClick={() => onRun(c.id)}
          >
            {c.label}
          </button>
        ))}
      </div>
      {row && (
        <p className="slide-summary" aria-live="polite">
          {/* Names come from the articles: isolated in the line (FSI…PDI, as <bdi>). */}
          {describeRow(row, differences, shown, (k) => isolateBidi(name(k)))}
        </p>
      )}
      <div
        ref={cellsRef}
        className="presentation-cells"
        style={{ ['--slide-columns' as string]: Math.min(4, Math.max(1, cells.length)) }}
      >
        {cells.map((cell) => (
          <figure key={cell.article} className={cell.role}>
            <figcaption dir="auto">{name(cell.article)}</figcaption>
            {cell.role === 'empty' ? (
              <p className="not-here">not in this outlet</p>
            ) : (
              <blockquote dir="auto">
                {cell.moved && (
                  <span className="moved-label">
                    moved: paragraph {cell.moved.paragraph} of {cell.moved.of}
                  </span>
                )}
                <Segments segments={segments(row?.number ?? 0, cell)} />
              </blockquote>
            )}
          </figure>
        ))}
      </div>
    </dialog>
  );
}

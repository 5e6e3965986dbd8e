import { offTopicBadge } from '../../shared/view-model/off-topic';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  Fragment,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, MouseEvent as ReactMouseEvent } from 'react';
import type { RowIndex } from '../../shared/model';
import type { AnnotatedItem } from '../../shared/project';
import { paragraphNumber, rowNumber } from '../../shared/view-model/display';
import type { ViewCell, ViewModel, ViewRow, Segment } from '../../shared/view-model/view-model';
import { moveSelection, type CellTarget } from '../cell-navigation';
import { columnsThatFit, foldLabel, rowItemIndex, type DisplayItem } from '../comparison-layout';
import { overlayHighlights, type HighlightRange } from '../highlight';
import { splitByParagraph } from '../paragraphs';
import { estimateItemHeight, RENDER_ALL_BELOW } from '../row-size';
import { AnnotationStrip } from './AnnotationStrip';
import { Pieces } from './Segments';
import { ArticleName } from './ArticleName';

/** What the app can ask of the comparison view. */
export interface ComparisonHandle {
  /** Brings a row into view, opening the fold that holds it. */
  readonly scrollToRow: (row: RowIndex) => void;
  /** Puts the keyboard's focus on the comparison (its arrow keys then move between paragraphs). */
  readonly focus: () => void;
  /**
   * Puts the keyboard's focus on the selected cell, brought into view (on the comparison
   * when no cell is selected or in the page, unless the reader put the focus elsewhere):
   * after an edit that moved it.
   */
  readonly focusSelection: () => void;
}

/** How long (ms) to wait for a selected cell to be drawn before giving up. */
const FOCUS_WAIT_MS = 2000;
/** How long (ms), once a selected cell has the focus, a focus fallen to the page goes back. */
const FOCUS_SETTLE_MS = 1500;

/** Props of {@link ComparisonView}. */
export interface ComparisonViewProps {
  /** The comparison, as the view model (the exported report shows the same marks). */
  readonly model: ViewModel;
  /** The rows and fold markers to show. */
  readonly items: ReadonlyArray<DisplayItem>;
  /** Opens or closes a fold. */
  readonly onToggleFold: (key: string) => void;
  /** Side by side columns, or the outlets' texts one under the other. */
  readonly layout: 'side' | 'inline';
  /** Article indices shown, in order. */
  readonly shown: ReadonlyArray<number>;
  /** The row of the current difference, or null. */
  readonly currentRow: RowIndex | null;
  /** Blind mode: the headers give no title (it may be a file name, which names the outlet). */
  readonly blind?: boolean;
  /** The name of an article ("#2 The Guardian", or "Outlet B" in blind mode). */
  readonly name: (article: number) => string;
  /** Loaded-language ranges of an article's cell, or none. */
  readonly highlights?: (
    article: number,
    paragraphs: ReadonlyArray<number>,
  ) => ReadonlyArray<HighlightRange>;
  /** A cell's marked text, against the outlets shown. */
  readonly segments: (row: RowIndex, cell: ViewCell) => ReadonlyArray<Segment>;
  /** Articles flagged as another story and included by the reader, with the reason. */
  readonly flagged: ReadonlyMap<number, string>;
  /** Leaves an article the reader included (one of `flagged`) out again. */
  readonly onLeaveOut?: (article: number) => void;
  /** Told how many columns fit the view's width. */
  readonly onFit: (columns: number) => void;
  /** The selected cell (a paragraph, or an empty cell), or null. */
  readonly selection: CellTarget | null;
  /** Selects a cell: a click, or the arrow keys. */
  readonly onSelect: (target: CellTarget) => void;
  /** Acts on a cell: completes a pick, else opens its actions (Enter, a click while picking). */
  readonly onActivate: (target: CellTarget, at: { readonly x: number; readonly y: number }) => void;
  /** Opens a cell's actions at a point (right-click, the menu key, the ⋯ button). */
  readonly onMenu: (target: CellTarget, at: { readonly x: number; readonly y: number }) => void;
  /** A correction waits for its target: a click picks. */
  readonly picking: boolean;
  /** The length of a paragraph's text. */
  readonly paragraphLength: (article: number, paragraph: number) => number;
  /** The notes and codes on each row. */
  readonly annotations: ReadonlyMap<RowIndex, ReadonlyArray<AnnotatedItem>>;
  /** Opens the notes and codes of a row. */
  readonly onAnnotations: (row: RowIndex) => void;
  /** The handle. */
  readonly ref?: Ref<ComparisonHandle>;
}

/** The key of a cell in the page (`data-cell`). */
function cellKey(t: CellTarget): string {
  return `${t.row}:${t.article}:${t.paragraph ?? 'empty'}`;
}

/** A point beside an element, for a menu opened from the keyboard. */
function besideElement(element: Element | null): { x: number; y: number } {
  const box = element?.getBoundingClientRect();
  return box ? { x: box.left + 16, y: box.top + 16 } : { x: 16, y: 16 };
}

function remPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/**
 * The aligned comparison as a table: one column per outlet shown, under sticky outlet
 * headers, rows in the base's reading order, and fold markers for rows folded away. Only
 * the rows near the viewport are in the page (a 5,000-row comparison stays responsive);
 * small comparisons are rendered whole, so the browser's find sees every row.
 */
export function ComparisonView({
  model,
  items,
  onToggleFold,
  layout,
  shown,
  currentRow,
  blind = false,
  name,
  highlights,
  segments,
  flagged,
  onLeaveOut,
  onFit,
  selection,
  onSelect,
  onActivate,
  onMenu,
  picking,
  paragraphLength,
  annotations,
  onAnnotations,
  ref,
}: ComparisonViewProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  const [bodyTop, setBodyTop] = useState(0);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) {
      return;
    }
    const observer = new ResizeObserver(() => {
      setWidth(element.clientWidth);
      setBodyTop(bodyRef.current?.offsetTop ?? 0);
      onFit(columnsThatFit(element.clientWidth, remPx()));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [onFit]);

  const columns = layout === 'side' ? shown.length : 1;
  // Estimates computed once per layout: the virtualizer asks for them on every render.
  const estimates = useMemo(() => {
    const rem = remPx();
    return items.map((item) => estimateItemHeight(item, shown, layout, width / columns, rem));
  }, [items, shown, layout, width, columns]);
  // The virtualizer hands out fresh functions each render; nothing here memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimates[i] ?? 0,
    getItemKey: (i) => items[i]?.key ?? i,
    overscan: items.length <= RENDER_ALL_BELOW ? items.length : 6,
    scrollMargin: bodyTop,
    scrollPaddingStart: bodyTop,
  });

  // A row asked for inside a closed fold: open it, then scroll once the rows are laid out.
  const itemOfRow = useMemo(() => rowItemIndex(items), [items]);
  const pending = useRef<RowIndex | null>(null);
  const scrollToRow = useCallback(
    (row: RowIndex) => {
      const index = itemOfRow(row);
      const item = items[index];
      // In a small window the page scrolls to the panes (see the stacked layout): the
      // comparison itself comes into the window first.
      scrollRef.current?.scrollIntoView({ block: 'nearest' });
      if (item?.kind === 'fold') {
        pending.current = row;
        onToggleFold(item.key);
      } else if (index >= 0) {
        virtualizer.scrollToIndex(index, { align: 'center' });
      }
    },
    [items, itemOfRow, virtualizer, onToggleFold],
  );
  useEffect(() => {
    if (pending.current !== null) {
      const index = itemOfRow(pending.current);
      pending.current = null;
      virtualizer.scrollToIndex(index, { align: 'center' });
    }
  }, [itemOfRow, virtualizer]);
  const selected = selection === null ? null : cellKey(selection);
  // The selection now: a wait for a cell looks for the cell selected when it looks (an
  // edit's rows may come in more than one render, each placing the paragraph anew).
  const selectedNow = useRef(selected);
  selectedNow.current = selected;
  /**
   * Brings the selected cell into view and, once it is laid out, gives it the page's focus
   * (the comparison itself when `orTable`, no cell is drawn within {@link FOCUS_WAIT_MS} and
   * the reader has not put the focus elsewhere); what cancels the wait. For
   * {@link FOCUS_SETTLE_MS} after, a focus that fell to the page (the cell drawn again, or
   * the paragraph placed in another row as the rows settle) goes to the cell selected then;
   * one the reader moved elsewhere stays.
   */
  const focusSelected = useCallback(
    (orTable: boolean): (() => void) => {
      const index = selection === null ? -1 : itemOfRow(selection.row);
      if (index >= 0) {
        virtualizer.scrollToIndex(index, { align: 'auto' });
      }
      // The cell may take a while to be drawn (the rows near the viewport only are, and a
      // busy machine draws them late): look for it frame after frame, a while.
      const deadline = performance.now() + FOCUS_WAIT_MS;
      let frame = 0;
      let settledUntil: number | null = null;
      const attempt = (): void => {
        const now = performance.now();
        const cell = scrollRef.current?.querySelector<HTMLElement>(
          `[data-cell="${CSS.escape(selectedNow.current ?? '')}"]`,
        );
        const active = document.activeElement;
        // Nowhere the reader put it: the page, or the comparison itself.
        const lost = active === null || active === document.body || active === scrollRef.current;
        if (cell && active !== cell) {
          if (settledUntil !== null && !lost) {
            return;
          }
          cell.focus();
        }
        if (cell && settledUntil === null) {
          settledUntil = now + FOCUS_SETTLE_MS;
        }
        if (now < (settledUntil ?? deadline)) {
          frame = requestAnimationFrame(attempt);
        } else if (settledUntil === null && orTable && lost) {
          scrollRef.current?.focus();
        }
      };
      frame = requestAnimationFrame(attempt);
      return () => cancelAnimationFrame(frame);
    },
    [selection, itemOfRow, virtualizer],
  );
  useImperativeHandle(
    ref,
    () => ({
      scrollToRow,
      focus: () => scrollRef.current?.focus(),
      focusSelection: () => void focusSelected(true),
    }),
    [scrollToRow, focusSelected],
  );

  // The page's focus follows a selection moved by keys (not one made by a click or an edit):
  // the cell a key chose, once selected; a key whose cell is not the next selection (a pick
  // under way, an edit's new rows) moves no focus later.
  const byKeys = useRef<string | null>(null);
  useEffect(() => {
    const chosen = byKeys.current;
    if (chosen === null || selected === null) {
      return;
    }
    byKeys.current = null;
    return chosen === selected ? focusSelected(false) : undefined;
  }, [selected, focusSelected]);

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>): void => {
    const target = event.target as HTMLElement;
    const onCell = target.dataset.cell !== undefined;
    if (['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
      if (!onCell && (event.key === 'Home' || event.key === 'End')) {
        return;
      }
      // From the table itself, the first key selects the first row in view.
      const from = onCell ? selection : (selection ?? firstInView());
      const next =
        onCell || selection !== null ? moveSelection(items, shown, from, event.key) : from;
      if (next) {
        event.preventDefault();
        byKeys.current = cellKey(next);
        onSelect(next);
      }
    } else if (onCell && selection && event.key === 'Enter') {
      event.preventDefault();
      onActivate(selection, besideElement(target));
    } else if (
      onCell &&
      selection &&
      (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))
    ) {
      event.preventDefault();
      onMenu(selection, besideElement(target));
    }
  };

  /** The first paragraph of the first row in view. */
  const firstInView = (): CellTarget | null => {
    const top = (scrollRef.current?.scrollTop ?? 0) + bodyTop;
    const visible = virtualizer
      .getVirtualItems()
      .map((v) => items[v.index])
      .find(
        (item, i) => item?.kind === 'row' && (virtualizer.getVirtualItems()[i]?.end ?? 0) > top,
      );
    const article = shown[0];
    if (visible?.kind !== 'row' || article === undefined) {
      return moveSelection(items, shown, null, 'ArrowDown');
    }
    const paragraph = visible.row.cells[article]?.paragraphs[0] ?? null;
    return { row: visible.row.index, article, paragraph };
  };

  const cellEvents = {
    onClick: (target: CellTarget, event: ReactMouseEvent): void => {
      if (picking) {
        onActivate(target, { x: event.clientX, y: event.clientY });
      } else {
        onSelect(target);
      }
    },
    onContextMenu: (target: CellTarget, event: ReactMouseEvent): void => {
      event.preventDefault();
      onSelect(target);
      onMenu(target, { x: event.clientX, y: event.clientY });
    },
  };

  const base = model.articles.find((a) => a.isBase)?.index ?? 0;
  return (
    <div
      ref={scrollRef}
      id="aligned"
      className={`comparison layout-${layout}`}
      role="table"
      aria-label="Aligned comparison"
      aria-rowcount={model.rows.length + 1}
      aria-colcount={columns}
      // The table scrolls on its own: keyboard users can scroll it once focused, and the
      // arrow keys select its paragraphs.
      tabIndex={0}
      style={{ ['--columns' as string]: columns }}
      onKeyDown={onKeyDown}
      data-picking={picking ? 'true' : undefined}
    >
      <div className="thead" role="rowgroup">
        <div className="row header" role="row" aria-rowindex={1}>
          {layout === 'side' ? (
            shown.map((k) => {
              const a = model.articles[k];
              return (
                <div
                  key={k}
                  className="cell"
                  role="columnheader"
                  // The title may be a file name, which names the outlet: none in blind mode.
                  title={blind ? undefined : a?.title}
                >
                  <span className="outlet-name">
                    <ArticleName label={name(k)} />
                  </span>
                  {k === base && <span className="badge">base</span>}
                  {(a?.offTopic || flagged.has(k)) && (
                    <span className="badge warn" title={flagged.get(k)}>
                      {offTopicBadge(a?.offTopicReason, flagged.get(k))}
                    </span>
                  )}
                  {flagged.has(k) && onLeaveOut && (
                    <button
                      type="button"
                      className="leave-out"
                      aria-label={`Leave ${name(k)} out again`}
                      onClick={() => onLeaveOut(k)}
                    >
                      Leave out
                    </button>
                  )}
                </div>
              );
            })
          ) : (
            <div className="cell" role="columnheader">
              {shown.map((k, i) => (
                <Fragment key={k}>
                  {i > 0 && ' · '}
                  <ArticleName label={name(k)} />
                </Fragment>
              ))}
              , one under the other
            </div>
          )}
        </div>
      </div>
      <div
        ref={bodyRef}
        className="tbody"
        role="rowgroup"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((v) => {
          const item = items[v.index] as DisplayItem;
          const slot = {
            ref: virtualizer.measureElement,
            'data-index': v.index,
            style: { transform: `translateY(${v.start - virtualizer.options.scrollMargin}px)` },
          };
          return item.kind === 'fold' ? (
            <div key={v.key} {...slot} className={`row fold fold-${item.reason}`} role="row">
              <div className="cell" role="cell" aria-colspan={columns}>
                <button
                  type="button"
                  aria-expanded={item.open}
                  onClick={() => onToggleFold(item.key)}
                >
                  <span aria-hidden="true">{item.open ? '▾' : '▸'}</span>{' '}
                  {foldLabel(item.reason, item.rows.length)}
                  {item.open ? ' (fold again)' : ''}
                </button>
              </div>
            </div>
          ) : (
            <RowView
              key={v.key}
              slot={slot}
              row={item.row}
              layout={layout}
              shown={shown}
              current={item.row.index === currentRow}
              name={name}
              highlights={highlights}
              segments={segments}
              selected={selected}
              events={cellEvents}
              onMenu={onMenu}
              paragraphLength={paragraphLength}
              annotations={annotations.get(item.row.index) ?? []}
              onAnnotations={onAnnotations}
              columns={columns}
            />
          );
        })}
      </div>
    </div>
  );
}

/** Where a virtual item sits: measured by the virtualizer, moved into place. */
interface Slot {
  readonly ref: (node: Element | null) => void;
  readonly 'data-index': number;
  readonly style: { readonly transform: string };
}

function rowLabel(
  row: ViewRow,
  shown: ReadonlyArray<number>,
  name: (k: number) => string,
): ReactNode {
  // Outlet names come from the articles: each isolated (<bdi>) from the words around it.
  if (row.kind === 'unique') {
    const only = row.cells.find((c) => c.role !== 'empty');
    return only ? (
      <>
        only in <ArticleName label={name(only.article)} />
      </>
    ) : (
      'unique'
    );
  }
  if (row.kind === 'boilerplate') {
    return 'boilerplate';
  }
  // Text in one column shown, and in outlets not shown: say so, or it reads as unique.
  const withText = row.cells.filter((c) => c.role !== 'empty');
  const hidden = withText.filter((c) => !shown.includes(c.article));
  return withText.length - hidden.length === 1 && hidden.length > 0 ? (
    <>
      also in{' '}
      {hidden.map((c, i) => (
        <Fragment key={c.article}>
          {i > 0 && ', '}
          <ArticleName label={name(c.article)} />
        </Fragment>
      ))}{' '}
      (not shown)
    </>
  ) : (
    ''
  );
}

/** What a cell does on a click or a right-click. */
interface CellEvents {
  readonly onClick: (target: CellTarget, event: ReactMouseEvent) => void;
  readonly onContextMenu: (target: CellTarget, event: ReactMouseEvent) => void;
}

function RowView({
  slot,
  row,
  layout,
  shown,
  current,
  name,
  highlights,
  segments,
  selected,
  events,
  onMenu,
  paragraphLength,
  annotations,
  onAnnotations,
  columns,
}: {
  readonly slot: Slot;
  readonly row: ViewRow;
  readonly layout: 'side' | 'inline';
  readonly shown: ReadonlyArray<number>;
  readonly current: boolean;
  readonly name: (k: number) => string;
  readonly highlights: ComparisonViewProps['highlights'];
  readonly segments: ComparisonViewProps['segments'];
  readonly selected: string | null;
  readonly events: CellEvents;
  readonly onMenu: ComparisonViewProps['onMenu'];
  readonly paragraphLength: ComparisonViewProps['paragraphLength'];
  readonly annotations: ReadonlyArray<AnnotatedItem>;
  readonly onAnnotations: (row: RowIndex) => void;
  readonly columns: number;
}) {
  const label = rowLabel(row, shown, name);
  // Readers know the row by its number: it names the element ("row-3") and stands beside it.
  const number = rowNumber(row.index);
  const cells = shown.flatMap((k) => {
    const cell = row.cells[k];
    return cell && (layout === 'side' || cell.role !== 'empty') ? [cell] : [];
  });
  // How sure the alignment is: said once, in the row's first cell with text.
  const mark = row.manual ? 'corrected by hand' : row.weak ? 'weak alignment: check this row' : '';
  const marked = cells.find((c) => c.role !== 'empty')?.article;
  const menuButton = (target: CellTarget) =>
    selected === cellKey(target) && (
      <button
        type="button"
        className="cell-menu-button"
        aria-label="Actions: move, split, link, join, notes and codes"
        aria-haspopup="menu"
        title="Move, split, link, join, notes and codes"
        onClick={(event) => {
          event.stopPropagation();
          onMenu(target, besideElement(event.currentTarget));
        }}
      >
        ⋯
      </button>
    );
  const content = cells.map((cell) => {
    const empty: CellTarget = { row: row.index, article: cell.article, paragraph: null };
    const emptyKey = cellKey(empty);
    const pieces = overlayHighlights(
      segments(row.index, cell),
      highlights?.(cell.article, cell.paragraphs) ?? [],
    );
    const byParagraph = splitByParagraph(
      pieces,
      cell.paragraphs.map((p) => paragraphLength(cell.article, p)),
    );
    return (
      <div
        key={cell.article}
        className={`cell ${cell.role}${selected === emptyKey ? ' selected' : ''}`}
        data-article={cell.article}
        role={layout === 'side' ? 'cell' : undefined}
        {...(cell.role === 'empty'
          ? {
              'data-cell': emptyKey,
              tabIndex: selected === emptyKey ? 0 : -1,
              onClick: (event: ReactMouseEvent) => events.onClick(empty, event),
              onContextMenu: (event: ReactMouseEvent) => events.onContextMenu(empty, event),
            }
          : {})}
      >
        {layout === 'inline' && (
          <div className="cell-outlet">
            <ArticleName label={name(cell.article)} />
          </div>
        )}
        {cell.role === 'empty' && <span className="visually-hidden">not in this outlet</span>}
        {cell.role !== 'empty' && label && <div className="row-label">{label}</div>}
        {mark && cell.article === marked && (
          <div
            className="row-mark"
            title={`The alignment's confidence in this row: ${Math.round(row.confidence * 100)}%`}
          >
            {mark}
          </div>
        )}
        {cell.moved && (
          <div className="moved-label">
            moved: paragraph {paragraphNumber(cell.moved.paragraph)} of {cell.moved.of} in{' '}
            <ArticleName label={name(cell.article)} />
          </div>
        )}
        {cell.role === 'empty' && menuButton(empty)}
        <div className="text" dir="auto">
          {cell.paragraphs.map((paragraph, i) => {
            const target: CellTarget = { row: row.index, article: cell.article, paragraph };
            const key = cellKey(target);
            return (
              <div
                key={paragraph}
                className={`para${selected === key ? ' selected' : ''}`}
                data-cell={key}
                tabIndex={selected === key ? 0 : -1}
                onClick={(event) => events.onClick(target, event)}
                onContextMenu={(event) => events.onContextMenu(target, event)}
              >
                <Pieces pieces={byParagraph[i] ?? []} />
                {menuButton(target)}
              </div>
            );
          })}
        </div>
      </div>
    );
  });
  return (
    <div
      {...slot}
      id={`row-${number}`}
      className={`row ${row.kind}${current ? ' current' : ''}${row.weak ? ' weak' : ''}${row.manual ? ' manual' : ''}`}
      role="row"
      aria-rowindex={number + 1}
      data-row={number}
      aria-current={current ? 'true' : undefined}
    >
      <span className="row-number" aria-hidden="true">
        {number}
      </span>
      {layout === 'side' ? (
        content
      ) : (
        <div className="cell stack" role="cell">
          {content}
        </div>
      )}
      {annotations.length > 0 && (
        <AnnotationStrip
          items={annotations}
          name={name}
          columns={columns}
          onOpen={() => onAnnotations(row.index)}
        />
      )}
    </div>
  );
}

/**
 * What the comparison view lays out (pure): which outlets are columns, which rows fold away
 * behind a marker ("3 identical rows"), which differences the reader can see, and the
 * presentation's slides. Components render these values; they compute nothing.
 */
import type { RowIndex } from '../shared/model';
import { countWords } from '../shared/text/tokenize';
import type { Difference, ViewModel, ViewRow } from '../shared/view-model/view-model';

/**
 * Narrowest column: about 28 characters a line at the app's type size, below which a
 * paragraph becomes a ribbon of two-word lines. Columns share the width there is, never
 * narrower than this.
 */
export const MIN_COLUMN_REM = 14;

/** Gap between columns (rem), as in the style sheet. */
export const COLUMN_GAP_REM = 0.6;

/** A row's gutter (its number) and right padding (rem), as in the style sheet. */
export const ROW_CHROME_REM = 2.3;

/** How many columns of at least {@link MIN_COLUMN_REM} fit in a table this wide (px), at least 2. */
export function columnsThatFit(widthPx: number, remPx: number): number {
  const column = (MIN_COLUMN_REM + COLUMN_GAP_REM) * remPx;
  const room = widthPx - ROW_CHROME_REM * remPx + COLUMN_GAP_REM * remPx;
  return Math.max(2, Math.floor(room / column));
}

/**
 * The outlets shown as columns, in article order: the base always; the others as the reader
 * chose (`choice`, by article index), else the first ones that fit.
 */
export function shownColumns(
  articleCount: number,
  base: number,
  fit: number,
  choice: (article: number) => boolean | undefined,
): ReadonlyArray<number> {
  let room = Math.max(0, fit - 1);
  const shown: number[] = [];
  for (let k = 0; k < articleCount; k++) {
    const chosen = choice(k);
    if (k === base) {
      shown.push(k);
    } else if (chosen === true || (chosen === undefined && room > 0)) {
      shown.push(k);
      room -= chosen === undefined ? 1 : 0;
    }
  }
  return shown;
}

/** The differences about the outlets shown, in row order. */
export function visibleDifferences(
  model: ViewModel,
  shown: ReadonlyArray<number>,
): ReadonlyArray<Difference> {
  const set = new Set(shown);
  return model.differences.filter((d) => set.has(d.article));
}

/** The differences of an outlet without a column, which the differences list leaves out. */
export interface UnlistedDifferences {
  /** The outlet (article index). */
  readonly article: number;
  /** How many of its differences are not listed. */
  readonly count: number;
}

/**
 * The differences the list leaves out, by outlet without a column, in article order: the
 * list has those of the outlets shown (see {@link visibleDifferences}), and an outlet
 * unticked, or beyond the window's width, may still differ from the others.
 *
 * Law: the counts and the visible differences add up to the model's differences.
 */
export function unlistedDifferences(
  model: ViewModel,
  shown: ReadonlyArray<number>,
): ReadonlyArray<UnlistedDifferences> {
  const set = new Set(shown);
  const counts = new Map<number, number>();
  for (const d of model.differences) {
    if (!set.has(d.article)) {
      counts.set(d.article, (counts.get(d.article) ?? 0) + 1);
    }
  }
  return [...counts].sort(([a], [b]) => a - b).map(([article, count]) => ({ article, count }));
}

/** How many differences the list leaves out, all outlets without a column together. */
export function unlistedTotal(unlisted: ReadonlyArray<UnlistedDifferences>): number {
  return unlisted.reduce((sum, u) => sum + u.count, 0);
}

/**
 * The differences list's heading: "Differences (42)" when it lists them all, "Differences
 * (26 of 42)" when some are about outlets without a column.
 */
export function differencesHeading(
  listed: number,
  unlisted: ReadonlyArray<UnlistedDifferences>,
): string {
  const left = unlistedTotal(unlisted);
  return left === 0 ? `Differences (${listed})` : `Differences (${listed} of ${listed + left})`;
}

/**
 * The end of the hint under the heading, after "16 in #4 The Guardian" (and the other
 * outlets'): " are not listed: it has no column. Tick it under Columns to list them.", in
 * the singular or the plural.
 */
export function unlistedHintEnd(unlisted: ReadonlyArray<UnlistedDifferences>): string {
  const one = unlisted.length === 1;
  const single = unlistedTotal(unlisted) === 1;
  return (
    ` ${single ? 'is' : 'are'} not listed: ${one ? 'it has' : 'they have'} no column.` +
    ` Tick ${one ? 'it' : 'them'} under Columns to list ${single ? 'it' : 'them'}.`
  );
}

/** Why rows fold away behind a marker. */
export type FoldReason =
  /** Page furniture: share buttons, icon names, "read more" (folded by default). */
  | 'boilerplate'
  /** The same words in every outlet shown (when the reader collapses identical rows). */
  | 'identical'
  /** Text only in outlets that are not shown as columns. */
  | 'hidden';

/** One item of the laid-out comparison: a row, or a fold marker standing for rows. */
export type DisplayItem =
  | { readonly kind: 'row'; readonly key: string; readonly row: ViewRow }
  | {
      readonly kind: 'fold';
      readonly key: string;
      readonly reason: FoldReason;
      /** The rows folded. */
      readonly rows: ReadonlyArray<ViewRow>;
      /** True when the reader opened it: its rows follow the marker. */
      readonly open: boolean;
    };

/** How the comparison is laid out. */
export interface LayoutOptions {
  /** Article indices shown as columns. */
  readonly shown: ReadonlyArray<number>;
  /** Fold rows whose words are the same in every outlet shown. */
  readonly collapseIdentical: boolean;
  /** Keys of the folds the reader opened. */
  readonly open: ReadonlySet<string>;
}

/** Why a row folds away, or null when it is shown. Rows with a visible difference never fold. */
function foldReason(
  row: ViewRow,
  shown: ReadonlySet<number>,
  hasVisibleDifference: boolean,
  collapseIdentical: boolean,
): FoldReason | null {
  if (hasVisibleDifference) {
    return null;
  }
  if (!row.cells.some((c) => c.role !== 'empty' && shown.has(c.article))) {
    return 'hidden';
  }
  // Subheadings and lead-ins are marked boilerplate but read as part of the article.
  if (
    row.kind === 'boilerplate' &&
    row.boilerplate !== 'subheading' &&
    row.boilerplate !== 'lead-in'
  ) {
    return 'boilerplate';
  }
  return collapseIdentical && row.kind === 'shared' ? 'identical' : null;
}

/**
 * The rows and fold markers, in row order. Consecutive rows that fold for the same reason
 * share one marker; an open marker is followed by its rows. A lone boilerplate row of a
 * few words stays a row (see {@link MAX_UNFOLDED_BOILERPLATE_WORDS}).
 *
 * Law: every row appears in exactly one item, as a row or in a fold's `rows`.
 */
export function displayItems(model: ViewModel, options: LayoutOptions): DisplayItem[] {
  const shown = new Set(options.shown);
  const differing = new Set(visibleDifferences(model, options.shown).map((d) => d.row));
  const items: DisplayItem[] = [];
  let run: { reason: FoldReason; rows: ViewRow[] } | null = null;
  const flush = (): void => {
    if (!run) {
      return;
    }
    const first = run.rows[0] as ViewRow;
    const key = `${run.reason}-${first.index}`;
    const open = options.open.has(key);
    items.push({ kind: 'fold', key, reason: run.reason, rows: run.rows, open });
    if (open) {
      for (const row of run.rows) {
        items.push({ kind: 'row', key: `row-${row.index}`, row });
      }
    }
    run = null;
  };
  for (const row of model.rows) {
    const reason = foldReason(row, shown, differing.has(row.index), options.collapseIdentical);
    if (reason === null) {
      flush();
      items.push({ kind: 'row', key: `row-${row.index}`, row });
    } else if (run && run.reason === reason) {
      run.rows.push(row);
    } else {
      flush();
      run = { reason, rows: [row] };
    }
  }
  flush();
  return items.flatMap((item) =>
    item.kind === 'fold' && item.reason === 'boilerplate' && isTiny(item.rows)
      ? [
          {
            kind: 'row' as const,
            key: `row-${item.rows[0]?.index}`,
            row: item.rows[0] as ViewRow,
          },
        ]
      : [item],
  );
}

/**
 * Longest boilerplate row left unfolded, in words (as `countWords` counts them: marks and
 * icons are none): a lone "1." or "Reactions" between paragraphs takes no more room than a
 * marker would, and a marker per list number is noise.
 */
export const MAX_UNFOLDED_BOILERPLATE_WORDS = 3;

function isTiny(rows: ReadonlyArray<ViewRow>): boolean {
  const text = rows[0]?.cells.flatMap((c) => c.segments.map((s) => s.text)).join(' ') ?? '';
  return rows.length === 1 && countWords(text) <= MAX_UNFOLDED_BOILERPLATE_WORDS;
}

/** The marker's words: "3 identical rows", "1 boilerplate row", "2 rows only in hidden outlets". */
export function foldLabel(reason: FoldReason, count: number): string {
  const rows = count === 1 ? 'row' : 'rows';
  switch (reason) {
    case 'boilerplate':
      return `${count} boilerplate ${rows} (page furniture: navigation, share prompts, bylines…)`;
    case 'identical':
      return `${count} identical ${rows}`;
    case 'hidden':
      return `${count} ${rows} only in outlets not shown`;
  }
}

/**
 * Where each row is among the items: its own item, or the closed fold that holds it (-1:
 * nowhere). Built once for many lookups.
 */
export function rowItemIndex(items: ReadonlyArray<DisplayItem>): (row: RowIndex) => number {
  const own = new Map<RowIndex, number>();
  const folded = new Map<RowIndex, number>();
  items.forEach((item, i) => {
    if (item.kind === 'row') {
      own.set(item.row.index, i);
    } else if (!item.open) {
      for (const r of item.rows) {
        folded.set(r.index, i);
      }
    }
  });
  return (row) => own.get(row) ?? folded.get(row) ?? -1;
}

/**
 * The presentation's slides: one per row with a visible difference, as the index of the
 * row's first difference in `differences` (which are in row order).
 */
export function slideStarts(differences: ReadonlyArray<Difference>): ReadonlyArray<number> {
  const starts: number[] = [];
  differences.forEach((d, i) => {
    if (i === 0 || differences[i - 1]?.row !== d.row) {
      starts.push(i);
    }
  });
  return starts;
}

/** The slide showing difference `current` (0 before any). */
export function slideOf(starts: ReadonlyArray<number>, current: number): number {
  let slide = 0;
  starts.forEach((start, i) => {
    if (start <= current) {
      slide = i;
    }
  });
  return slide;
}

/** One mark of the overview ruler: the rows it stands for and where it sits. */
export interface RulerMark {
  /** Index of its first difference in the visible differences. */
  readonly first: number;
  /** Index of its last difference. */
  readonly last: number;
  /** The rows it stands for. */
  readonly rows: ReadonlyArray<RowIndex>;
  /** The kinds of difference in them, most telling first. */
  readonly kinds: ReadonlyArray<Difference['kind']>;
  /** Where it sits, 0 (top) .. 1 (bottom), as its first row among the items. */
  readonly position: number;
}

const KIND_ORDER: ReadonlyArray<Difference['kind']> = ['unique', 'moved', 'wording'];

/**
 * The ruler's marks: one per row with differences, placed by the row's place among the
 * items; marks closer than `minGap` (a share of the ruler's height) merge, so that none
 * overlaps another (19 of 65 did when each difference had its own mark).
 */
export function rulerMarks(
  differences: ReadonlyArray<Difference>,
  items: ReadonlyArray<DisplayItem>,
  minGap: number,
): ReadonlyArray<RulerMark> {
  const total = Math.max(1, items.length);
  const indexOf = rowItemIndex(items);
  const marks: Array<{
    first: number;
    last: number;
    rows: RowIndex[];
    kinds: Set<Difference['kind']>;
    position: number;
  }> = [];
  differences.forEach((d, i) => {
    const previous = marks[marks.length - 1];
    if (previous && previous.rows[previous.rows.length - 1] === d.row) {
      previous.last = i;
      previous.kinds.add(d.kind);
      return;
    }
    const position = (Math.max(0, indexOf(d.row)) + 0.5) / total;
    if (previous && position - previous.position < minGap) {
      previous.last = i;
      previous.rows.push(d.row);
      previous.kinds.add(d.kind);
      return;
    }
    marks.push({ first: i, last: i, rows: [d.row], kinds: new Set([d.kind]), position });
  });
  return marks.map((m) => ({
    ...m,
    kinds: KIND_ORDER.filter((k) => m.kinds.has(k)),
  }));
}

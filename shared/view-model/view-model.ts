/**
 * The view model: a pure function of a {@link Comparison} that computes everything the app
 * and the HTML report show of it (labels, summary figures, marked-up cells, numbered
 * differences, notable substitutions), so that the renderers only turn values into markup.
 *
 * Every step here is linear in the size of the comparison (rows × articles + diff parts),
 * apart from sorting a row's deletion ranges (`segments.ts`); the notable substitutions are
 * chosen, and sorted, by `analysis/substitutions.ts`.
 */
import { articleLabel } from './article-name';
import { notableSubstitutions, type Substitution } from '../analysis/substitutions';
import { cellText } from '../cells';
import {
  articleIndex,
  rowIndex,
  type AlteredQuote,
  type Article,
  type ArticleIndex,
  type BoilerplateReason,
  type Comparison,
  type DiffOptions,
  type DiffPart,
  type ParaIndex,
  type Row,
  type RowIndex,
  type RowKind,
  type EventDays,
} from '../model';
import { countWords } from '../text/tokenize';
import { assertNever } from '../util/assert';
import { articleNumber, articleNumbering, rowNumber } from './display';
import { paragraphRows } from './paragraph-rows';
import { storyTitle } from './story-title';
import { markOther, markPivot, plainSegments, segmentsInContext, type Segment } from './segments';
import { summarize, type ViewSummary } from './summary';

export { paragraphRows } from './paragraph-rows';
export type { Segment } from './segments';
export type { ViewSummary } from './summary';

/** Shown where an article names no outlet (outlets are never invented). */
const UNKNOWN_OUTLET = 'unknown outlet';

/**
 * Longest excerpt (in words) of a phrase quoted in the list of differences. The full text is
 * always in the aligned comparison; the list links there, so it need not repeat whole paragraphs.
 */
const MAX_EXCERPT_WORDS = 30;

/** One compared article, as the app and the report describe it. */
export interface ViewArticle {
  /** Index in `comparison.articles` (shown as "#2" for index 1, see `articleNumber`). */
  readonly index: ArticleIndex;
  /** The outlet, or {@link UNKNOWN_OUTLET}. */
  readonly name: string;
  /** Short unique label, "#2 The Guardian". */
  readonly label: string;
  /** The outlet as given (null when unknown). */
  readonly outlet: string | null;
  /** Headline. */
  readonly title: string;
  /** Publication date as written, or null. */
  readonly date: string | null;
  /** File name or path the user gave. */
  readonly file: string;
  /** Words in the article's non-boilerplate paragraphs. */
  readonly wordCount: number;
  /** Number of paragraphs, boilerplate included. */
  readonly paragraphCount: number;
  /** Paragraphs in rows of their own ("only in this outlet"). */
  readonly uniqueParagraphs: number;
  /** Paragraphs marked as boilerplate. */
  readonly boilerplateParagraphs: number;
  /** True for the base article (rows follow its reading order). */
  readonly isBase: boolean;
  /** True when the engine thinks the article is about another story. */
  readonly offTopic: boolean;
  /** Why, when it is: another story altogether, or another event with the same people. */
  readonly offTopicReason: 'another-story' | 'another-event' | null;
  /** For another event: the days its opening names, and those of the others. */
  readonly offTopicDays?: EventDays;
}

/** One option of the comparison, in words. */
export interface ViewOption {
  /** What the option is about. */
  readonly label: string;
  /** Its setting, in words. */
  readonly value: string;
  /** The article the setting names (its label and title make up `value`), if any. */
  readonly article?: ArticleIndex;
}

/** Where a moved paragraph stands in its own article. */
export interface MoveNote {
  /** The cell's first paragraph in its article. */
  readonly paragraph: ParaIndex;
  /** Number of paragraphs of the article. */
  readonly of: number;
  /** The row holding the article's previous paragraph, or null when it comes first. */
  readonly afterRow: RowIndex | null;
}

/** What a cell plays in its row. */
export type CellRole =
  /** No paragraph of this article in the row. */
  | 'empty'
  /** The text the row's word diffs compare against. */
  | 'pivot'
  /** Compared with the pivot. */
  | 'compared'
  /** Unique or boilerplate text, compared with nothing. */
  | 'plain';

/** One cell of the aligned comparison. */
export interface ViewCell {
  /** The article (column). */
  readonly article: ArticleIndex;
  /** The article's paragraphs in this cell. */
  readonly paragraphs: ReadonlyArray<ParaIndex>;
  /** What the cell plays in the row. */
  readonly role: CellRole;
  /** The cell's text, marked; joining the texts gives the cell text. */
  readonly segments: ReadonlyArray<Segment>;
  /** Set when the article's paragraphs here stand out of the base's reading order. */
  readonly moved: MoveNote | null;
  /** Share of words equal to the pivot's (compared cells only), 0..1. */
  readonly sameness: number | null;
  /** Ids of the differences about this cell. */
  readonly differences: ReadonlyArray<number>;
  /** True for long boilerplate, best shown collapsed (the reader can open it). */
  readonly collapsed: boolean;
}

/** One aligned row. */
export interface ViewRow {
  /** Index in `comparison.rows` (shown as "row 3" for index 2, see `rowNumber`). */
  readonly index: RowIndex;
  /** What the row is. */
  readonly kind: RowKind;
  /** Why the row's text is boilerplate (boilerplate rows only). */
  readonly boilerplate: BoilerplateReason | null;
  /** Number of articles with text in the row. */
  readonly articlesWithText: number;
  /** The article whose text the row's diffs compare against. */
  readonly pivot: ArticleIndex;
  /** One cell per article, in article order. */
  readonly cells: ReadonlyArray<ViewCell>;
  /** Ids of the row's differences, ascending. */
  readonly differences: ReadonlyArray<number>;
  /** How sure the alignment is of the row, 0..1 (see `Row.confidence`). */
  readonly confidence: number;
  /** A shared row the alignment is unsure of ({@link WEAK_ROW_CONFIDENCE}): a reader should look twice. */
  readonly weak: boolean;
  /** The row holds a link the user made. */
  readonly manual: boolean;
}

/**
 * Below this confidence a shared row is marked as weak: its paragraphs were put side by
 * side on thin evidence, or without a link between every two of them.
 */
export const WEAK_ROW_CONFIDENCE = 0.5;

/** A changed phrase, for the list of differences. */
export interface Change {
  /** What happened to the phrase. */
  readonly kind: 'delete' | 'insert' | 'replace';
  /** The pivot's wording (empty for inserts), possibly an excerpt. */
  readonly base: string;
  /** The other article's wording (empty for deletes), possibly an excerpt. */
  readonly other: string;
}

/**
 * One numbered difference. Its `id` is its number in the list of every difference, 1.. (as
 * readers cite it: "difference 3", anchor `d-3`); `differences[id - 1]` is the difference.
 */
export type Difference =
  | {
      /** The wording of a cell differs from the pivot's. */
      readonly kind: 'wording';
      readonly id: number;
      /** The row. */
      readonly row: RowIndex;
      /** The article whose wording differs. */
      readonly article: ArticleIndex;
      /** The article it is compared with. */
      readonly pivot: ArticleIndex;
      /** The changed phrases in reading order. */
      readonly changes: ReadonlyArray<Change>;
      /** Share of equal words, 0..1. */
      readonly sameness: number;
    }
  | {
      /** A row with text from one article only. */
      readonly kind: 'unique';
      readonly id: number;
      readonly row: RowIndex;
      readonly article: ArticleIndex;
      /** Number of paragraphs. */
      readonly paragraphs: number;
      /** The start of the text. */
      readonly excerpt: string;
    }
  | {
      /** An article's paragraphs stand out of the base's reading order. */
      readonly kind: 'moved';
      readonly id: number;
      readonly row: RowIndex;
      readonly article: ArticleIndex;
      /** Where they stand in their article. */
      readonly move: MoveNote;
    };

/**
 * A difference that a view of some of the outlets takes from the comparison of all of them
 * without finding it among its own: an outlet kept reworded a row against the row's
 * reference text in an outlet left out (the view measures the row against the outlets kept,
 * where the cell may be the reference itself or read as the new reference does). Shown under
 * its number there, with the words of the outlet kept only.
 */
export interface DifferenceAgainstLeftOut {
  /** Its number in the comparison of all the outlets (as on screen). */
  readonly number: number;
  /** The row, in the view. */
  readonly row: RowIndex;
  /** The outlet kept whose wording it is, in the view. */
  readonly article: ArticleIndex;
  /** Share of words equal to the outlet left out's, 0..1. */
  readonly sameness: number;
  /**
   * The outlet kept's text in the row as marked on screen: its own words (replaced or added
   * against the outlet left out) `ins`, with {@link LEFT_OUT_CONTEXT_WORDS} words of their
   * sentence around them and longer unmarked stretches cut (see `segmentsInContext`); where
   * the cell's text is not marked on screen, those words alone, " … " between them. Empty
   * when it only lacks passages (nothing of its own to mark).
   */
  readonly segments: ReadonlyArray<Segment>;
  /** How many passages of the outlet left out it lacks (deletions). */
  readonly lacks: number;
}

/**
 * Words of unmarked text kept on each side of an outlet's own words, where a difference is
 * shown without the text it was measured against: enough to find the phrase in its sentence.
 */
const LEFT_OUT_CONTEXT_WORDS = 8;

/** A notable substitution, with the difference that holds its first occurrence. */
export interface ViewSubstitution extends Substitution {
  /** Id of the difference holding its first occurrence. */
  readonly difference: number;
}

/** Everything the app and the report show of a comparison. */
export interface ViewModel {
  /** The story: the base article's headline (see {@link storyTitle}). */
  readonly title: string;
  /** The articles in the given order. */
  readonly articles: ReadonlyArray<ViewArticle>;
  /** The base article. */
  readonly base: ArticleIndex;
  /** The options used, in words. */
  readonly options: ReadonlyArray<ViewOption>;
  /** Document similarity, as in the comparison. */
  readonly similarity: ReadonlyArray<ReadonlyArray<number>>;
  /** Summary figures. */
  readonly summary: ViewSummary;
  /** The most notable short substitutions, best first. */
  readonly substitutions: ReadonlyArray<ViewSubstitution>;
  /** Altered quotations. */
  readonly quotes: ReadonlyArray<AlteredQuote>;
  /** The aligned rows. */
  readonly rows: ReadonlyArray<ViewRow>;
  /** Every difference, numbered 1.. in row order: `differences[i].id` is `i + 1`. */
  readonly differences: ReadonlyArray<Difference>;
  /** True when the engine cut a diff short somewhere. */
  readonly hitLimit: boolean;
  /**
   * The number each row is shown by, where it is not its place + 1: in a view of some of
   * the outlets, the row's number among the rows of all of them (see `rowNumbering`).
   */
  readonly rowNumbers?: ReadonlyArray<number>;
  /**
   * The number each article is shown by ("#3"), where it is not its place + 1: in a view of
   * some of the outlets, the article's number among all of them (see `articleNumbering`).
   */
  readonly articleNumbers?: ReadonlyArray<number>;
  /**
   * The number each difference is shown by (by `id - 1`), where it is not its id: in a view
   * of some of the outlets, the difference's number among the differences of all of them
   * (see `differenceNumbering`).
   */
  readonly differenceNumbers?: ReadonlyArray<number>;
  /**
   * In a view of some of the outlets, the differences of those outlets in the comparison of
   * all of them that were measured against an outlet left out and that the view does not
   * find among its own (see {@link DifferenceAgainstLeftOut}), in row order.
   */
  readonly differencesAgainstLeftOut?: ReadonlyArray<DifferenceAgainstLeftOut>;
}

/**
 * The numbers a view of some of the outlets shows its articles and rows by: those they have
 * in the comparison of all of them, by index in the view (see `subsetNumbers`).
 */
export interface ViewNumbers {
  readonly articles: ReadonlyArray<number>;
  readonly rows: ReadonlyArray<number>;
  /**
   * The view model of the comparison of all of them. Its differences, by the numbers of
   * their row and article (see {@link differenceKey}): a difference of the view found there
   * is shown by the number it has there; one that is not (a row's text measured against
   * another outlet than there, or moved only among the outlets kept) is numbered after them;
   * one of an outlet kept that the view does not find is kept apart
   * (`differencesAgainstLeftOut`, with the outlet's cell as marked there).
   */
  readonly whole?: Pick<ViewModel, 'differences' | 'rows'>;
}

/**
 * What identifies a difference across views of one comparison: its kind and the numbers its
 * row and article are shown by.
 */
function differenceKey(kind: Difference['kind'], row: number, article: number): string {
  return `${kind}:${row}:${article}`;
}

/**
 * The numbers a view's differences are shown by, those of the comparison of all outlets: the
 * same kind on the same row and outlet, else (a row shared only with outlets left out is
 * "only in" this one here, and was reworded there) the other of wording and unique text there.
 */
function differenceNumbers(
  differences: ReadonlyArray<Difference>,
  numbers: ViewNumbers,
  whole: ReadonlyArray<Difference>,
): ReadonlyArray<number> {
  const known = new Map(
    whole.map((d) => [differenceKey(d.kind, rowNumber(d.row), articleNumber(d.article)), d.id]),
  );
  const keyOf = (d: Difference, kind: Difference['kind']): string =>
    differenceKey(
      kind,
      numbers.rows[d.row] ?? rowNumber(d.row),
      numbers.articles[d.article] ?? articleNumber(d.article),
    );
  const other = { wording: 'unique', unique: 'wording', moved: 'moved' } as const;
  const found = differences.map((d) => known.get(keyOf(d, d.kind)));
  const used = new Set(found);
  let next = whole.length;
  return differences.map((d, i) => {
    const exact = found[i];
    if (exact !== undefined) {
      return exact;
    }
    const near = known.get(keyOf(d, other[d.kind]));
    if (near !== undefined && !used.has(near)) {
      used.add(near);
      return near;
    }
    return ++next;
  });
}

/**
 * The differences of the outlets kept in the comparison of all of them (`whole`) that a view
 * does not number (`shown`: the numbers it shows): each measured against the reference text
 * of an outlet left out, since one measured against an outlet kept is the view's too.
 */
function againstLeftOut(
  whole: Pick<ViewModel, 'differences' | 'rows'>,
  numbers: ViewNumbers,
  shown: ReadonlyArray<number>,
): ReadonlyArray<DifferenceAgainstLeftOut> {
  const article = new Map(numbers.articles.map((n, k) => [n, articleIndex(k)]));
  const row = new Map(numbers.rows.map((n, r) => [n, rowIndex(r)]));
  const found = new Set(shown);
  return whole.differences.flatMap((d) => {
    const k = article.get(articleNumber(d.article));
    const r = row.get(rowNumber(d.row));
    if (d.kind !== 'wording' || found.has(d.id) || k === undefined || r === undefined) {
      return [];
    }
    const marked = whole.rows[d.row]?.cells[d.article]?.segments ?? [];
    return [
      {
        number: d.id,
        row: r,
        article: k,
        sameness: d.sameness,
        segments: marked.some((m) => m.kind === 'ins')
          ? segmentsInContext(marked, LEFT_OUT_CONTEXT_WORDS)
          : ownWords(d.changes),
        lacks: d.changes.filter((c) => c.kind === 'delete').length,
      },
    ];
  });
}

/**
 * The words an outlet has of its own in a difference (replaced or added), one after another
 * with " … " between them and nothing of the text they differ from: what is shown of them
 * where its cell's text is not marked (its diff did not rebuild it, see `markOther`). Empty
 * when it only lacks passages.
 */
function ownWords(changes: ReadonlyArray<Change>): ReadonlyArray<Segment> {
  return changes
    .filter((c) => c.kind !== 'delete')
    .flatMap((c, i): Segment[] => [
      ...(i === 0 ? [] : [{ kind: 'same' as const, text: ' … ' }]),
      { kind: 'ins', text: c.other },
    ]);
}

/** The differences of one row, by id (see {@link Difference}), and its cells' moves. */
export interface RowDifferences {
  /** Ids of the row's differences, ascending. */
  readonly differences: ReadonlyArray<number>;
  /** Per article, the ids of the differences about its cell. */
  readonly cells: ReadonlyArray<{ readonly differences: ReadonlyArray<number> }>;
  /** Where each moved cell stands in its article. */
  readonly moves: ReadonlyMap<ArticleIndex, MoveNote>;
  /** The id of the wording difference of each article that has one. */
  readonly wording: ReadonlyMap<ArticleIndex, number>;
}

/**
 * A comparison's differences, numbered as its view model numbers them, without the rest of
 * the view model (what the command's JSON document needs of it).
 */
export interface NumberedDifferences {
  /** Every difference, numbered 1.. in row order: `differences[i].id` is `i + 1`. */
  readonly differences: ReadonlyArray<Difference>;
  /** By row. */
  readonly rows: ReadonlyArray<RowDifferences>;
}

/** The differences of a comparison, numbered (the view model's, see {@link buildViewModel}). */
export function numberDifferences(comparison: Comparison): NumberedDifferences {
  const { articles } = comparison;
  const offTopic = new Set(comparison.offTopic);
  const rowOf = paragraphRows(comparison);
  const differences: Difference[] = [];
  const rows = comparison.rows.map((row, index): RowDifferences => {
    const r = rowIndex(index);
    const rowDifferences: number[] = [];
    const cellDifferences = articles.map((): number[] => []);
    const wording = new Map<ArticleIndex, number>();
    // Ids are made here, and only here: each difference's id is its place in `differences`
    // + 1, which readers of the view model rely on (`differences[id - 1]`, see Difference).
    const addDifference = (make: (id: number) => Difference): void => {
      const difference = make(differences.length + 1);
      differences.push(difference);
      rowDifferences.push(difference.id);
      cellDifferences[difference.article]?.push(difference.id);
    };
    const moves = new Map<ArticleIndex, MoveNote>();
    for (const k of row.moved) {
      const move = moveNote(articles[k], row.cells[k] ?? [], rowOf[k]);
      if (move) {
        moves.set(k, move);
      }
    }
    const diffOf = new Map(row.diffs.map((d) => [d.article, d]));

    // Differences in column order: the unique text, then each moved or reworded cell. What
    // only an article about another story or event says is no difference in this story.
    if (row.kind === 'unique' && !offTopic.has(row.pivot)) {
      const cell = row.cells[row.pivot] ?? [];
      const pivotText = cellText(articles[row.pivot] as Article, cell);
      addDifference((id) => ({
        kind: 'unique',
        id,
        row: r,
        article: row.pivot,
        paragraphs: cell.length,
        excerpt: excerpt(pivotText, MAX_EXCERPT_WORDS),
      }));
    }
    articles.forEach((_, column) => {
      const k = articleIndex(column);
      const move = moves.get(k);
      if (move) {
        addDifference((id) => ({ kind: 'moved', id, row: r, article: k, move }));
      }
      const diff = row.kind === 'shared' ? diffOf.get(k) : undefined;
      if (diff && diff.parts.some((p) => p.kind !== 'equal')) {
        addDifference((id) => {
          wording.set(k, id);
          return {
            kind: 'wording',
            id,
            row: r,
            article: k,
            pivot: row.pivot,
            changes: changesOf(diff.parts),
            sameness: diff.sameness,
          };
        });
      }
    });
    return {
      differences: rowDifferences,
      cells: cellDifferences.map((ids) => ({ differences: ids })),
      moves,
      wording,
    };
  });
  return { differences, rows };
}

/**
 * Builds the view model of a comparison; with `numbers`, its articles and rows are shown
 * by those (a comparison of some of the outlets, numbered as on screen).
 */
export function buildViewModel(comparison: Comparison, numbers?: ViewNumbers): ViewModel {
  const { articles } = comparison;
  const base = comparison.options.base;
  const offTopic = new Set(comparison.offTopic);
  const numbered = numberDifferences(comparison);
  const differences = numbered.differences;

  const rows = comparison.rows.map((row, index): ViewRow => {
    const r = rowIndex(index);
    const {
      moves,
      cells: cellDifferences,
      differences: rowDifferences,
    } = numbered.rows[index] as RowDifferences;
    const articlesWithText = row.cells.filter((c) => c.length > 0).length;
    const pivotText = cellText(articles[row.pivot] as Article, row.cells[row.pivot] ?? []);
    const diffOf = new Map(row.diffs.map((d) => [d.article, d]));

    const pivotSegments =
      row.kind === 'shared' ? markPivot(pivotText, row) : plainSegments(pivotText);
    const cells = articles.map((article, column): ViewCell => {
      const k = articleIndex(column);
      const paragraphs = row.cells[k] ?? [];
      const diff = diffOf.get(k);
      const text = cellText(article, paragraphs);
      const role: CellRole =
        paragraphs.length === 0
          ? 'empty'
          : row.kind !== 'shared'
            ? 'plain'
            : k === row.pivot
              ? 'pivot'
              : 'compared';
      const segments =
        role === 'empty'
          ? []
          : role === 'pivot' || role === 'plain'
            ? k === row.pivot
              ? pivotSegments
              : plainSegments(text)
            : diff
              ? markOther(text, diff.parts)
              : plainSegments(text);
      return {
        article: k,
        paragraphs,
        role,
        segments,
        moved: moves.get(k) ?? null,
        sameness: role === 'compared' && diff ? diff.sameness : null,
        differences: cellDifferences[k]?.differences ?? [],
        collapsed: row.kind === 'boilerplate' && spacedWords(text) > MAX_EXCERPT_WORDS,
      };
    });
    return {
      index: r,
      kind: row.kind,
      boilerplate: row.kind === 'boilerplate' ? boilerplateReason(comparison, row) : null,
      articlesWithText,
      pivot: row.pivot,
      cells,
      differences: rowDifferences,
      confidence: row.confidence,
      weak: row.kind === 'shared' && !row.manual && row.confidence < WEAK_ROW_CONFIDENCE,
      manual: row.manual,
    };
  });

  const numberOf = articleNumbering({ articleNumbers: numbers?.articles });
  // The days that set an article of another event apart, when the engine read them.
  const days = (k: ArticleIndex): { offTopicDays?: EventDays } => {
    const found = offTopic.has(k)
      ? comparison.offTopicReasons.find((o) => o.article === k)?.days
      : undefined;
    return found === undefined ? {} : { offTopicDays: found };
  };
  const viewArticles = articles.map((article, column): ViewArticle => {
    const k = articleIndex(column);
    const name = article.outlet ?? UNKNOWN_OUTLET;
    return {
      index: k,
      name,
      label: articleLabel(article, `#${numberOf(k)}`),
      outlet: article.outlet,
      title: article.title,
      date: article.date,
      file: article.file,
      wordCount: article.paragraphs.reduce(
        (n, p) => (p.boilerplate ? n : n + countWords(p.text)),
        0,
      ),
      paragraphCount: article.paragraphs.length,
      uniqueParagraphs: comparison.rows.reduce(
        (n, row) => (row.kind === 'unique' ? n + (row.cells[k]?.length ?? 0) : n),
        0,
      ),
      boilerplateParagraphs: article.paragraphs.filter((p) => p.boilerplate !== null).length,
      isBase: k === base,
      offTopic: offTopic.has(k),
      offTopicReason: offTopic.has(k)
        ? (comparison.offTopicReasons.find((o) => o.article === k)?.reason ?? 'another-story')
        : null,
      ...days(k),
    };
  });

  // In a view of some of the outlets, the numbers on screen, and the differences on screen
  // that the view does not find.
  const whole = numbers?.whole;
  const shownNumbers =
    numbers && whole ? differenceNumbers(differences, numbers, whole.differences) : undefined;
  const apart =
    numbers && whole && shownNumbers ? againstLeftOut(whole, numbers, shownNumbers) : [];

  return {
    title: storyTitle(articles, base, comparison.offTopic),
    articles: viewArticles,
    base,
    options: describeOptions(comparison, viewArticles),
    similarity: comparison.similarity,
    summary: summarize(comparison, differences.length + apart.length),
    substitutions: notableSubstitutions(comparison).map((s) => ({
      ...s,
      difference: numbered.rows[s.row]?.wording.get(s.otherArticle) ?? 0,
    })),
    quotes: comparison.alteredQuotes,
    rows,
    differences,
    hitLimit: comparison.hitLimit,
    ...(numbers ? { rowNumbers: numbers.rows, articleNumbers: numbers.articles } : {}),
    ...(shownNumbers === undefined
      ? {}
      : { differenceNumbers: shownNumbers, differencesAgainstLeftOut: apart }),
  };
}

/**
 * Where a moved cell stands in its article: its paragraph number and the row of the article's
 * previous paragraph, skipping boilerplate (a share bar is no landmark to a reader).
 */
function moveNote(
  article: Article | undefined,
  cell: ReadonlyArray<ParaIndex>,
  rowOf: ReadonlyArray<RowIndex | undefined> | undefined,
): MoveNote | null {
  const first = cell[0];
  if (!article || first === undefined) {
    return null;
  }
  let previous = first - 1;
  while (previous >= 0 && article.paragraphs[previous]?.boilerplate) {
    previous--;
  }
  return {
    paragraph: first,
    of: article.paragraphs.length,
    afterRow: previous >= 0 ? (rowOf?.[previous] ?? null) : null,
  };
}

function boilerplateReason(comparison: Comparison, row: Row): BoilerplateReason | null {
  const k = row.pivot;
  const first = row.cells[k]?.[0];
  return first === undefined
    ? null
    : (comparison.articles[k]?.paragraphs[first]?.boilerplate ?? null);
}

/** The options in words, for the header. */
function describeOptions(
  comparison: Comparison,
  articles: ReadonlyArray<ViewArticle>,
): ReadonlyArray<ViewOption> {
  const diff: DiffOptions = comparison.options.diff;
  const baseArticle = articles[comparison.options.base];
  return [
    {
      label: 'Base article (rows follow its order)',
      value: baseArticle ? `${baseArticle.label}: ${baseArticle.title}` : 'none',
      article: baseArticle ? comparison.options.base : undefined,
    },
    {
      label: 'Letter case',
      value: diff.ignoreCase
        ? 'ignored ("Met" and "met" count as the same)'
        : 'compared ("Met" and "met" differ)',
    },
    { label: 'Punctuation', value: diff.ignorePunctuation ? 'ignored' : 'compared' },
    {
      label: 'Quotation marks',
      value: diff.normalizeQuotes
        ? 'curly and straight quotes treated alike'
        : 'curly and straight quotes compared',
    },
    { label: 'Whitespace', value: diff.ignoreWhitespace ? 'ignored' : 'compared' },
  ];
}

/** The changed parts of a diff, as excerpts. */
function changesOf(parts: ReadonlyArray<DiffPart>): ReadonlyArray<Change> {
  const out: Change[] = [];
  for (const part of parts) {
    switch (part.kind) {
      case 'equal':
        break;
      case 'delete':
        out.push({ kind: 'delete', base: excerpt(part.base, MAX_EXCERPT_WORDS), other: '' });
        break;
      case 'insert':
        out.push({ kind: 'insert', base: '', other: excerpt(part.other, MAX_EXCERPT_WORDS) });
        break;
      case 'replace':
        out.push({
          kind: 'replace',
          base: excerpt(part.base, MAX_EXCERPT_WORDS),
          other: excerpt(part.other, MAX_EXCERPT_WORDS),
        });
        break;
      default:
        assertNever(part, 'unknown diff part');
    }
  }
  return out;
}

/** Number of whitespace-separated words (what "long" means for excerpts and collapsing). */
function spacedWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/**
 * The first `maxWords` whitespace-separated words of a trimmed text, with " …" when more
 * follow. Inner whitespace (line breaks included) is kept as it is.
 */
export function excerpt(text: string, maxWords: number): string {
  const trimmed = text.trim();
  const pattern = /\S+/g;
  let count = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(trimmed)) !== null) {
    count++;
    if (count === maxWords) {
      const end = match.index + match[0].length;
      return end < trimmed.length ? `${trimmed.slice(0, end)} …` : trimmed;
    }
  }
  return trimmed;
}

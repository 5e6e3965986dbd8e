/**
 * The report's view model: a pure function of a {@link Comparison} that computes everything
 * the HTML report shows (labels, summary figures, marked-up cells, numbered differences), so
 * the renderer only turns values into markup.
 *
 * Every step is linear in the size of the comparison (rows × articles + diff parts), apart
 * from sorting the substitution candidates and the deletion ranges of a row.
 */
import type {
  AlteredQuote,
  Article,
  BoilerplateReason,
  Comparison,
  DiffOptions,
  DiffPart,
  Row,
  RowKind,
} from '../model';
import { cellText } from '../cells';
import { STOPWORDS, words } from '../text/tokenize';
import { assertNever } from '../util/assert';

/** Shown where an article names no outlet (outlets are never invented). */
export const UNKNOWN_OUTLET = 'unknown outlet';

/** Number of wording substitutions listed in the summary: enough to skim in a minute. */
export const MAX_NOTABLE_SUBSTITUTIONS = 10;

/**
 * Longest phrase (in words, per side) that counts as a "substitution". Longer replacements are
 * rewritten sentences, which the aligned comparison shows better than a one-line list.
 */
export const MAX_SUBSTITUTION_WORDS = 6;

/**
 * Longest excerpt (in words) of a phrase quoted in the list of differences. The full text is
 * always in the aligned comparison; the list links there, so it need not repeat whole paragraphs.
 */
export const MAX_EXCERPT_WORDS = 30;

/** Each stopword in a substitution counts this many extra words against it ("of the" → "in a" is noise). */
const STOPWORD_PENALTY = 2;

/** One compared article, as the report describes it. */
export interface ReportArticle {
  /** Index in `comparison.articles`. */
  readonly index: number;
  /** 1-based number shown to readers ("#2"). */
  readonly number: number;
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
}

/** One option of the comparison, in words. */
export interface ReportOption {
  /** What the option is about. */
  readonly label: string;
  /** Its setting, in words. */
  readonly value: string;
  /** The article the setting names (its label and title make up `value`), if any. */
  readonly article?: number;
}

/** A run of cell text and how it is marked. */
export interface Segment {
  /** `same`: plain text; `del`: missing or reworded in another outlet; `ins`: added or reworded here. */
  readonly kind: 'same' | 'del' | 'ins';
  /** The exact text (line breaks kept). */
  readonly text: string;
}

/** Where a moved paragraph stands in its own article. */
export interface MoveNote {
  /** 1-based number of the cell's first paragraph in its article. */
  readonly paragraph: number;
  /** Number of paragraphs of the article. */
  readonly of: number;
  /** 1-based row holding the article's previous paragraph, or null when it comes first. */
  readonly afterRow: number | null;
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
export interface ReportCell {
  /** Index of the article (column). */
  readonly article: number;
  /** The article's paragraphs in this cell (indices). */
  readonly paragraphs: ReadonlyArray<number>;
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
export interface ReportRow {
  /** 1-based row number (anchor `r-<number>`). */
  readonly number: number;
  /** What the row is. */
  readonly kind: RowKind;
  /** Why the row's text is boilerplate (boilerplate rows only). */
  readonly boilerplate: BoilerplateReason | null;
  /** Number of articles with text in the row. */
  readonly articlesWithText: number;
  /** The article whose text the row's diffs compare against. */
  readonly pivot: number;
  /** One cell per article, in article order. */
  readonly cells: ReadonlyArray<ReportCell>;
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

/** One numbered difference (anchor `d-<id>`). */
export type Difference =
  | {
      /** The wording of a cell differs from the pivot's. */
      readonly kind: 'wording';
      /** 1-based id. */
      readonly id: number;
      /** 1-based row number. */
      readonly row: number;
      /** The article whose wording differs. */
      readonly article: number;
      /** The article it is compared with. */
      readonly pivot: number;
      /** The changed phrases in reading order. */
      readonly changes: ReadonlyArray<Change>;
      /** Share of equal words, 0..1. */
      readonly sameness: number;
    }
  | {
      /** A row with text from one article only. */
      readonly kind: 'unique';
      readonly id: number;
      readonly row: number;
      readonly article: number;
      /** Number of paragraphs. */
      readonly paragraphs: number;
      /** The start of the text. */
      readonly excerpt: string;
    }
  | {
      /** An article's paragraphs stand out of the base's reading order. */
      readonly kind: 'moved';
      readonly id: number;
      readonly row: number;
      readonly article: number;
      /** Where they stand in their article. */
      readonly move: MoveNote;
    };

/** The figures a reader takes in first. */
export interface ReportSummary {
  /** All rows. */
  readonly rows: number;
  /** Shared rows with text from every article. */
  readonly sharedByAll: number;
  /** Shared rows with text from some but not all articles. */
  readonly sharedBySome: number;
  /** Shared rows with text from every article not flagged off-topic (null when none is flagged). */
  readonly sharedByAllOnTopic: number | null;
  /** Shared rows whose wording is identical in every article (under the options). */
  readonly identicalRows: number;
  /** Rows in which at least one article's paragraphs moved. */
  readonly movedRows: number;
  /** (row, article) placements out of the base's order. */
  readonly movedPlacements: number;
  /** Rows of one article's unique text. */
  readonly uniqueRows: number;
  /** Rows of boilerplate. */
  readonly boilerplateRows: number;
  /** Number of numbered differences. */
  readonly differences: number;
  /** Number of altered quotations. */
  readonly alteredQuotes: number;
}

/** A short reworded phrase: "forced to admit" → "issued an apology". */
export interface Substitution {
  /** The pivot's phrase. */
  readonly base: string;
  /** The other article's phrase. */
  readonly other: string;
  /** The pivot article (of its first occurrence). */
  readonly article: number;
  /** The other article (of its first occurrence). */
  readonly otherArticle: number;
  /** 1-based row of its first occurrence. */
  readonly row: number;
  /** Id of the difference holding its first occurrence. */
  readonly difference: number;
  /** How many times the same substitution occurs (any rows, any article pairs). */
  readonly occurrences: number;
}

/** An altered quotation, its `row` 1-based for links. */
export type ReportQuote = AlteredQuote;

/** Everything the report shows. */
export interface ReportModel {
  /** The story: the base article's headline (see {@link storyTitle}). */
  readonly title: string;
  /** The articles in the given order. */
  readonly articles: ReadonlyArray<ReportArticle>;
  /** Index of the base article. */
  readonly base: number;
  /** The options used, in words. */
  readonly options: ReadonlyArray<ReportOption>;
  /** Document similarity, as in the comparison. */
  readonly similarity: ReadonlyArray<ReadonlyArray<number>>;
  /** Summary figures. */
  readonly summary: ReportSummary;
  /** The most notable short substitutions, best first. */
  readonly substitutions: ReadonlyArray<Substitution>;
  /** Altered quotations. */
  readonly quotes: ReadonlyArray<ReportQuote>;
  /** The aligned rows. */
  readonly rows: ReadonlyArray<ReportRow>;
  /** Every difference, numbered 1.. in row order. */
  readonly differences: ReadonlyArray<Difference>;
  /** True when the engine cut a diff short somewhere. */
  readonly hitLimit: boolean;
}

/**
 * The story's title: the base's headline, or, when the base has none (its "title" is its
 * file name, "000_69ff7826295806f7"), the first other article's headline; a file name only
 * when no article has a headline.
 */
export function storyTitle(articles: ReadonlyArray<Article>, base: number): string {
  const order = [articles[base], ...articles.filter((_, k) => k !== base)];
  const titled = order.find((a) => a && a.titleSource !== 'file-name' && a.title.trim() !== '');
  return (titled ?? articles[base])?.title ?? '';
}

/** Builds the report's view model from a comparison. */
export function buildReportModel(comparison: Comparison): ReportModel {
  const { articles } = comparison;
  const base = comparison.options.base;
  const offTopic = new Set(comparison.offTopic);
  const rowOf = paragraphRows(comparison);
  const differences: Difference[] = [];
  const candidates: Candidate[] = [];

  const rows = comparison.rows.map((row, r) => {
    const number = r + 1;
    const rowDifferences: number[] = [];
    const cellDifferences = articles.map((): number[] => []);
    const addDifference = (make: (id: number) => Difference): void => {
      const difference = make(differences.length + 1);
      differences.push(difference);
      rowDifferences.push(difference.id);
      cellDifferences[difference.article]?.push(difference.id);
    };
    const moves = new Map<number, MoveNote>();
    for (const k of row.moved) {
      const move = moveNote(articles[k], row.cells[k] ?? [], rowOf[k]);
      if (move) {
        moves.set(k, move);
      }
    }
    const articlesWithText = row.cells.filter((c) => c.length > 0).length;
    const pivotText = cellText(articles[row.pivot] as Article, row.cells[row.pivot] ?? []);
    const diffOf = new Map(row.diffs.map((d) => [d.article, d]));

    // Differences in column order: the unique text, then each moved or reworded cell.
    if (row.kind === 'unique') {
      const cell = row.cells[row.pivot] ?? [];
      addDifference((id) => ({
        kind: 'unique',
        id,
        row: number,
        article: row.pivot,
        paragraphs: cell.length,
        excerpt: excerpt(pivotText, MAX_EXCERPT_WORDS),
      }));
    }
    articles.forEach((_, k) => {
      const move = moves.get(k);
      if (move) {
        addDifference((id) => ({ kind: 'moved', id, row: number, article: k, move }));
      }
      const diff = row.kind === 'shared' ? diffOf.get(k) : undefined;
      if (diff && diff.parts.some((p) => p.kind !== 'equal')) {
        addDifference((id) => {
          for (const part of diff.parts) {
            if (part.kind === 'replace') {
              candidates.push({
                base: part.base,
                other: part.other,
                article: row.pivot,
                otherArticle: k,
                row: number,
                difference: id,
              });
            }
          }
          return {
            kind: 'wording',
            id,
            row: number,
            article: k,
            pivot: row.pivot,
            changes: changesOf(diff.parts),
            sameness: diff.sameness,
          };
        });
      }
    });

    const pivotSegments =
      row.kind === 'shared'
        ? markPivot(pivotText, row)
        : [{ kind: 'same' as const, text: pivotText }];
    const cells = articles.map((article, k): ReportCell => {
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
              : [{ kind: 'same' as const, text }]
            : diff
              ? markOther(text, diff.parts)
              : [{ kind: 'same' as const, text }];
      return {
        article: k,
        paragraphs,
        role,
        segments,
        moved: moves.get(k) ?? null,
        sameness: role === 'compared' && diff ? diff.sameness : null,
        differences: cellDifferences[k] ?? [],
        collapsed: row.kind === 'boilerplate' && countWords(text) > MAX_EXCERPT_WORDS,
      };
    });
    return {
      number,
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

  const reportArticles = articles.map((article, k): ReportArticle => {
    const name = article.outlet ?? UNKNOWN_OUTLET;
    return {
      index: k,
      number: k + 1,
      name,
      label: `#${k + 1} ${name}`,
      outlet: article.outlet,
      title: article.title,
      date: article.date,
      file: article.file,
      wordCount: article.paragraphs.reduce(
        (n, p) => (p.boilerplate ? n : n + words(p.text).length),
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
    };
  });

  return {
    title: storyTitle(articles, base),
    articles: reportArticles,
    base,
    options: describeOptions(comparison, reportArticles),
    similarity: comparison.similarity,
    summary: summarize(comparison, rows, differences.length),
    substitutions: notableSubstitutions(candidates),
    quotes: comparison.alteredQuotes.map((q) => ({
      row: q.row + 1,
      article: q.article,
      text: q.text,
      otherArticle: q.otherArticle,
      otherText: q.otherText,
      parts: q.parts,
    })),
    rows,
    differences,
    hitLimit: comparison.hitLimit,
  };
}

/** `rowOf[k][p]` = index of the row holding paragraph p of article k. */
function paragraphRows(comparison: Comparison): ReadonlyArray<ReadonlyArray<number>> {
  const rowOf = comparison.articles.map((a) => new Array<number>(a.paragraphs.length).fill(-1));
  comparison.rows.forEach((row, r) => {
    row.cells.forEach((cell, k) => {
      for (const p of cell) {
        const target = rowOf[k];
        if (target && p < target.length) {
          target[p] = r;
        }
      }
    });
  });
  return rowOf;
}

/**
 * Where a moved cell stands in its article: its paragraph number and the row of the article's
 * previous paragraph, skipping boilerplate (a share bar is no landmark to a reader).
 */
function moveNote(
  article: Article | undefined,
  cell: ReadonlyArray<number>,
  rowOf: ReadonlyArray<number> | undefined,
): MoveNote | null {
  const first = cell[0];
  if (!article || first === undefined) {
    return null;
  }
  let previous = first - 1;
  while (previous >= 0 && article.paragraphs[previous]?.boilerplate) {
    previous--;
  }
  const previousRow = previous >= 0 ? (rowOf?.[previous] ?? -1) : -1;
  return {
    paragraph: first + 1,
    of: article.paragraphs.length,
    afterRow: previousRow >= 0 ? previousRow + 1 : null,
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
export function describeOptions(
  comparison: Comparison,
  articles: ReadonlyArray<ReportArticle>,
): ReadonlyArray<ReportOption> {
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

function summarize(
  comparison: Comparison,
  rows: ReadonlyArray<ReportRow>,
  differences: number,
): ReportSummary {
  const n = comparison.articles.length;
  const onTopic = comparison.articles
    .map((_, k) => k)
    .filter((k) => !comparison.offTopic.includes(k));
  let sharedByAll = 0;
  let sharedBySome = 0;
  let sharedByAllOnTopic = 0;
  let identicalRows = 0;
  let movedRows = 0;
  let movedPlacements = 0;
  let uniqueRows = 0;
  let boilerplateRows = 0;
  comparison.rows.forEach((row, r) => {
    const kind = row.kind;
    switch (kind) {
      case 'shared': {
        const withText = rows[r]?.articlesWithText ?? 0;
        if (withText === n) {
          sharedByAll++;
        } else {
          sharedBySome++;
        }
        if (onTopic.every((k) => (row.cells[k]?.length ?? 0) > 0)) {
          sharedByAllOnTopic++;
        }
        if (row.diffs.every((d) => d.parts.every((p) => p.kind === 'equal'))) {
          identicalRows++;
        }
        break;
      }
      case 'unique':
        uniqueRows++;
        break;
      case 'boilerplate':
        boilerplateRows++;
        break;
      default:
        assertNever(kind, 'unknown row kind');
    }
    if (row.moved.length > 0) {
      movedRows++;
      movedPlacements += row.moved.length;
    }
  });
  return {
    rows: comparison.rows.length,
    sharedByAll,
    sharedBySome,
    sharedByAllOnTopic: comparison.offTopic.length > 0 ? sharedByAllOnTopic : null,
    identicalRows,
    movedRows,
    movedPlacements,
    uniqueRows,
    boilerplateRows,
    differences,
    alteredQuotes: comparison.alteredQuotes.length,
  };
}

/**
 * Marks the pivot's text: every phrase that at least one compared cell drops or rewords is a
 * `del` segment (the union over all cells' diffs). A diff whose base sides do not rebuild the
 * pivot text is ignored rather than mis-marking the text.
 */
export function markPivot(pivotText: string, row: Row): ReadonlyArray<Segment> {
  const ranges: [number, number][] = [];
  for (const diff of row.diffs) {
    if (diff.parts.map((p) => (p.kind === 'insert' ? '' : p.base)).join('') !== pivotText) {
      continue;
    }
    let offset = 0;
    for (const part of diff.parts) {
      if (part.kind === 'insert') {
        continue;
      }
      if (part.kind !== 'equal') {
        ranges.push([offset, offset + part.base.length]);
      }
      offset += part.base.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Union first: overlapping marks ("has been" from one cell, "been forced to admit" from
  // another) become one struck phrase, not two separated by a space.
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    pushSegment(out, 'same', pivotText.slice(at, start));
    pushMarked(out, 'del', pivotText.slice(start, end));
    at = end;
  }
  pushSegment(out, 'same', pivotText.slice(at));
  return out;
}

/**
 * Marks a compared cell's text from its diff: `equal` parts plain, `insert` and `replace`
 * parts as `ins`. Falls back to plain text when the other sides do not rebuild the cell.
 */
export function markOther(text: string, parts: ReadonlyArray<DiffPart>): ReadonlyArray<Segment> {
  if (parts.map((p) => (p.kind === 'delete' ? '' : p.other)).join('') !== text) {
    return [{ kind: 'same', text }];
  }
  const out: Segment[] = [];
  for (const part of parts) {
    if (part.kind === 'equal') {
      pushSegment(out, 'same', part.other);
    } else if (part.kind !== 'delete') {
      pushMarked(out, 'ins', part.other);
    }
  }
  return out;
}

/** Pushes a marked run, leaving its leading and trailing whitespace unmarked. */
function pushMarked(out: Segment[], kind: 'del' | 'ins', text: string): void {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, lead = '', core = '', trail = ''] = match ?? [];
  pushSegment(out, 'same', lead);
  pushSegment(out, kind, core);
  pushSegment(out, 'same', trail);
}

/** Pushes a run, merging it into the previous one of the same kind; empty runs are dropped. */
function pushSegment(out: Segment[], kind: Segment['kind'], text: string): void {
  if (text === '') {
    return;
  }
  const last = out[out.length - 1];
  if (last && last.kind === kind) {
    out[out.length - 1] = { kind, text: last.text + text };
  } else {
    out.push({ kind, text });
  }
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

/**
 * Trims a phrase for display, with the opening quotation mark it ends on or the closing one
 * it starts with (a diff cuts phrases at word edges, so such marks dangle): "were “" → "were".
 */
function trimPhrase(text: string): string {
  return text.replace(/^[\s”’]+/u, '').replace(/[\s“‘]+$/u, '');
}

/** Number of whitespace-separated words (what "long" means for excerpts and collapsing). */
function countWords(text: string): number {
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

type Candidate = Omit<Substitution, 'occurrences'>;

/**
 * The most notable short substitutions, best first.
 *
 * A `replace` part qualifies when each side has 1..{@link MAX_SUBSTITUTION_WORDS} words and
 * a content word (not a stopword: "Mr Khan" → "he" is not notable), and the two sides differ
 * in more than case, punctuation or quote style. Identical substitutions (same words, any
 * case) are counted once. Ranking: fewest words, each stopword counting
 * {@link STOPWORD_PENALTY} extra, then most occurrences, then reading order. So "said" →
 * "claimed" (2) ranks above "forced to admit" → "issued an apology" (6 words, 2 of them
 * stopwords: 10), which ranks above "the commissioner" → "the Commissioner of the Met" (7
 * words, 4 stopwords: 15).
 */
export function notableSubstitutions(
  candidates: ReadonlyArray<Candidate>,
): ReadonlyArray<Substitution> {
  const byKey = new Map<
    string,
    { first: Candidate; occurrences: number; score: number; order: number }
  >();
  candidates.forEach((c, order) => {
    const baseWords = words(c.base);
    const otherWords = words(c.other);
    if (
      baseWords.length === 0 ||
      otherWords.length === 0 ||
      baseWords.length > MAX_SUBSTITUTION_WORDS ||
      otherWords.length > MAX_SUBSTITUTION_WORDS
    ) {
      return;
    }
    const baseKey = baseWords.join(' ');
    const otherKey = otherWords.join(' ');
    if (baseKey === otherKey) {
      return;
    }
    const baseStopwords = baseWords.filter((w) => STOPWORDS.has(w)).length;
    const otherStopwords = otherWords.filter((w) => STOPWORDS.has(w)).length;
    if (baseStopwords === baseWords.length || otherStopwords === otherWords.length) {
      return;
    }
    const stopwords = baseStopwords + otherStopwords;
    const key = `${baseKey}\u0000${otherKey}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.occurrences++;
    } else {
      byKey.set(key, {
        first: c,
        occurrences: 1,
        score: baseWords.length + otherWords.length + STOPWORD_PENALTY * stopwords,
        order,
      });
    }
  });
  return [...byKey.values()]
    .sort((a, b) => a.score - b.score || b.occurrences - a.occurrences || a.order - b.order)
    .slice(0, MAX_NOTABLE_SUBSTITUTIONS)
    .map(({ first, occurrences }) => ({
      base: trimPhrase(first.base),
      other: trimPhrase(first.other),
      article: first.article,
      otherArticle: first.otherArticle,
      row: first.row,
      difference: first.difference,
      occurrences,
    }));
}

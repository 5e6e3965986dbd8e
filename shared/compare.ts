/**
 * The engine's entry point: compare two or more articles.
 *
 * align paragraphs → word-diff each row against its pivot → altered quotes.
 */
import { alignArticles } from './align/align';
import type {
  AlteredQuote,
  Article,
  CellDiff,
  CompareOptions,
  Comparison,
  DiffOptions,
  ParagraphPair,
  Row,
  RowKind,
} from './model';
import { cellText } from './cells';
import { DEFAULT_DIFF_OPTIONS } from './model';
import { pairQuotes, quoteSide } from './diff/quotes';
import { diffUnits, sameness, wordDiffOfUnits } from './diff/word-diff';

export { CELL_SEPARATOR, cellText } from './cells';

/** Why a comparison cannot be made (an expected condition, returned as a value). */
export type CompareError =
  | { readonly code: 'TOO_FEW_ARTICLES'; readonly message: string }
  | { readonly code: 'BAD_BASE'; readonly message: string };

/** Checks the inputs; null when they can be compared. */
export function checkCompareInput(
  articles: ReadonlyArray<Article>,
  options: Partial<CompareOptions> = {},
): CompareError | null {
  if (articles.length < 2) {
    return {
      code: 'TOO_FEW_ARTICLES',
      message: `A comparison needs at least two articles; ${articles.length === 0 ? 'none was' : 'only one was'} given.`,
    };
  }
  const base = options.base ?? 0;
  if (!Number.isInteger(base) || base < 0 || base >= articles.length) {
    return {
      code: 'BAD_BASE',
      message: `Base article ${base} does not exist (there are ${articles.length} articles).`,
    };
  }
  return null;
}

/**
 * Compares articles. Throws a `BugError` only on programmer errors; call
 * {@link checkCompareInput} first to turn bad input into a message.
 */
export function compareArticles(
  articles: ReadonlyArray<Article>,
  options: Partial<CompareOptions> = {},
): Comparison {
  const error = checkCompareInput(articles, options);
  if (error) {
    throw new Error(error.message);
  }
  const full: CompareOptions = {
    base: options.base ?? 0,
    diff: options.diff ?? DEFAULT_DIFF_OPTIONS,
    include: options.include ?? [],
    manual: options.manual ?? { links: [], unlinks: [] },
  };
  const alignment = alignArticles(articles, full.base, undefined, {
    include: full.include,
    manual: full.manual,
  });
  let hitLimit = false;
  const alteredQuotes: AlteredQuote[] = [];
  const rows: Row[] = alignment.rows.map((row, rowIndex) => {
    const baseCell = row.cells[full.base] ?? [];
    const pivot =
      baseCell.length > 0
        ? full.base
        : Math.max(
            0,
            row.cells.findIndex((c) => c.length > 0),
          );
    const diffed = diffRow(articles, row.kind, row.cells, pivot, full.diff, rowIndex);
    hitLimit ||= diffed.hitLimit;
    alteredQuotes.push(...diffed.alteredQuotes);
    return {
      kind: row.kind,
      cells: row.cells,
      moved: row.moved,
      similarity: round(row.similarity),
      confidence: round(row.confidence),
      manual: row.manual,
      pivot,
      diffs: diffed.diffs,
    };
  });
  return {
    articles,
    options: full,
    rows,
    similarity: alignment.similarity,
    offTopic: alignment.offTopic.map((o) => o.article),
    offTopicReasons: alignment.offTopic,
    links: alignment.links.map((l) => ({
      a: l.articleA,
      paragraphA: l.paraA,
      b: l.articleB,
      paragraphB: l.paraB,
      confidence: round(l.score),
      manual: l.manual ?? false,
    })),
    alteredQuotes,
    hitLimit,
  };
}

/** The word diffs of one row against its pivot, and the quotations they alter. */
export interface RowDiffs {
  readonly diffs: ReadonlyArray<CellDiff>;
  readonly alteredQuotes: ReadonlyArray<AlteredQuote>;
  readonly hitLimit: boolean;
}

/**
 * The diff step of one row: every other non-empty cell of a shared row against the pivot's
 * cell, and the quotations two of them word differently. Other rows have no diffs.
 */
export function diffRow(
  articles: ReadonlyArray<Article>,
  kind: RowKind,
  cells: ReadonlyArray<ReadonlyArray<number>>,
  pivot: number,
  options: DiffOptions,
  rowIndex: number,
): RowDiffs {
  if (kind !== 'shared') {
    return { diffs: [], alteredQuotes: [], hitLimit: false };
  }
  let hitLimit = false;
  const diffs: CellDiff[] = [];
  const alteredQuotes: AlteredQuote[] = [];
  const pivotText = cellText(articles[pivot] as Article, cells[pivot] ?? []);
  const pivotUnits = diffUnits(pivotText, options);
  // The pivot's quotations, read once for every other outlet of the row.
  const pivotQuotes = quoteSide(pivotText);
  cells.forEach((cell, k) => {
    if (k === pivot || cell.length === 0) {
      return;
    }
    const otherText = cellText(articles[k] as Article, cell);
    const diff = wordDiffOfUnits(
      pivotUnits,
      diffUnits(otherText, options),
      options.ignoreWhitespace,
    );
    hitLimit ||= diff.hitLimit;
    diffs.push({ article: k, parts: diff.parts, sameness: round(sameness(diff.parts)) });
    for (const pair of pairQuotes(pivotQuotes, otherText, options)) {
      if (pair.altered) {
        alteredQuotes.push({
          row: rowIndex,
          article: pivot,
          text: pair.a.text,
          otherArticle: k,
          otherText: pair.b.text,
          parts: pair.parts,
        });
      }
    }
  });
  return { diffs, alteredQuotes, hitLimit };
}

/**
 * The comparison of some of its articles only (`keep`, indices in order, the base among
 * them), as the reader sees it with the other outlets hidden: rows keep the alignment made
 * with every article, cells and flags of the others go, rows left with no text go, a shared
 * row left with one outlet's text becomes that outlet's own, and a row whose pivot was
 * hidden is diffed again against its first outlet kept.
 *
 * Law: `compareSubset(c, all indices)` has the rows, diffs and quotes of `c`.
 */
export function compareSubset(comparison: Comparison, keep: ReadonlyArray<number>): Comparison {
  const kept = keep.filter(
    (k, i) => k >= 0 && k < comparison.articles.length && keep.indexOf(k) === i,
  );
  const newIndex = new Map(kept.map((k, i) => [k, i]));
  const base = newIndex.get(comparison.options.base);
  if (base === undefined || kept.length < 2) {
    throw new Error('compareSubset: keep the base and at least one other article');
  }
  const articles = kept.map((k) => comparison.articles[k] as Article);
  const remap = (k: number): ReadonlyArray<number> =>
    newIndex.has(k) ? [newIndex.get(k) as number] : [];
  const pairs = <P extends ParagraphPair>(list: ReadonlyArray<P>): P[] =>
    list.flatMap((p) =>
      newIndex.has(p.a) && newIndex.has(p.b)
        ? [{ ...p, a: newIndex.get(p.a) as number, b: newIndex.get(p.b) as number }]
        : [],
    );
  const manual = comparison.options.manual;
  const options: CompareOptions = {
    ...comparison.options,
    base,
    include: (comparison.options.include ?? []).flatMap(remap),
    manual: manual ? { links: pairs(manual.links), unlinks: pairs(manual.unlinks) } : undefined,
  };
  let hitLimit = false;
  const alteredQuotes: AlteredQuote[] = [];
  const rows: Row[] = [];
  comparison.rows.forEach((row, r) => {
    const cells = kept.map((k) => row.cells[k] ?? []);
    const withText = cells.filter((c) => c.length > 0).length;
    if (withText === 0) {
      return;
    }
    const kind: RowKind = row.kind === 'shared' && withText === 1 ? 'unique' : row.kind;
    const oldPivot = newIndex.get(row.pivot);
    const pivot =
      oldPivot !== undefined && (cells[oldPivot]?.length ?? 0) > 0
        ? oldPivot
        : cells.findIndex((c) => c.length > 0);
    const rowIndex = rows.length;
    if (oldPivot === pivot && kind === row.kind) {
      // The same diffs, re-indexed: nothing to compute again.
      rows.push({
        ...row,
        kind,
        cells,
        pivot,
        moved: row.moved.flatMap(remap),
        diffs: row.diffs.flatMap((d) =>
          newIndex.has(d.article) ? [{ ...d, article: newIndex.get(d.article) as number }] : [],
        ),
      });
      for (const q of comparison.alteredQuotes) {
        if (q.row === r && newIndex.has(q.article) && newIndex.has(q.otherArticle)) {
          alteredQuotes.push({
            ...q,
            row: rowIndex,
            article: newIndex.get(q.article) as number,
            otherArticle: newIndex.get(q.otherArticle) as number,
          });
        }
      }
      return;
    }
    const diffed = diffRow(articles, kind, cells, pivot, options.diff, rowIndex);
    hitLimit ||= diffed.hitLimit;
    alteredQuotes.push(...diffed.alteredQuotes);
    rows.push({
      ...row,
      kind,
      cells,
      moved: row.moved.flatMap(remap),
      pivot,
      diffs: diffed.diffs,
    });
  });
  return {
    articles,
    options,
    rows,
    similarity: kept.map((i) => kept.map((j) => comparison.similarity[i]?.[j] ?? 0)),
    offTopic: comparison.offTopic.flatMap(remap),
    offTopicReasons: comparison.offTopicReasons.flatMap((o) =>
      remap(o.article).map((article) => ({ ...o, article })),
    ),
    links: pairs(comparison.links),
    alteredQuotes,
    // Per-row limits are not recorded: the flag stays if any row of the whole was cut short.
    hitLimit: hitLimit || comparison.hitLimit,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

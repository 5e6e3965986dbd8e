/**
 * The engine's entry point: compare two or more articles.
 *
 * align paragraphs → word-diff each row against its pivot → altered quotes; the laws of
 * the rows checked (`row-laws.ts`). The analyses and the view model are the next steps,
 * run once on the result by the caller.
 */
import { alignArticles } from './align/align';
import {
  articleIndex,
  DEFAULT_DIFF_OPTIONS,
  paraIndex,
  rowIndex,
  type AlteredQuote,
  type Article,
  type ArticleIndex,
  type CellDiff,
  type CompareOptions,
  type CompareOptionsInput,
  type Comparison,
  type DiffOptions,
  type DiffPart,
  type ParaIndex,
  type ParagraphPair,
  type ParagraphPairInput,
  type Row,
  type RowIndex,
  type RowKind,
} from './model';
import { cellText } from './cells';
import { pairQuotes, quoteSide, type QuoteSide } from './diff/quotes';
import { assertRowLaws } from './row-laws';
import { subsetSources } from './view-model/subset';
import {
  diffUnits,
  unchangedParts,
  unitSameness,
  wordDiffOfUnits,
  type DiffUnit,
} from './diff/word-diff';
import { leadingStampLength } from './load/metadata';

/** Why a comparison cannot be made (an expected condition, returned as a value). */
export type CompareError =
  | { readonly code: 'TOO_FEW_ARTICLES'; readonly message: string }
  | { readonly code: 'BAD_BASE'; readonly message: string }
  | { readonly code: 'BAD_CORRECTION'; readonly message: string };

/** Checks the inputs; null when they can be compared. */
export function checkCompareInput(
  articles: ReadonlyArray<Article>,
  options: CompareOptionsInput = {},
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
  const isArticle = (k: number) => Number.isInteger(k) && k >= 0 && k < articles.length;
  const isParagraph = (k: number, p: number) =>
    Number.isInteger(p) && p >= 0 && p < (articles[k]?.paragraphs.length ?? 0);
  for (const k of options.include ?? []) {
    if (!isArticle(k)) {
      return { code: 'BAD_CORRECTION', message: `Included article ${k} does not exist.` };
    }
  }
  const manual = options.manual ?? { links: [], unlinks: [] };
  for (const [kind, pairs] of [
    ['link', manual.links],
    ['separation', manual.unlinks],
  ] as const) {
    for (const pair of pairs) {
      if (
        !isArticle(pair.a) ||
        !isArticle(pair.b) ||
        pair.a === pair.b ||
        !isParagraph(pair.a, pair.paragraphA) ||
        !isParagraph(pair.b, pair.paragraphB)
      ) {
        return {
          code: 'BAD_CORRECTION',
          message: `A manual ${kind} names no pair of paragraphs of two different articles (article ${pair.a} paragraph ${pair.paragraphA}, article ${pair.b} paragraph ${pair.paragraphB}).`,
        };
      }
    }
  }
  return null;
}

/**
 * Compares articles. Throws on input that {@link checkCompareInput} refuses: call it first
 * to turn bad input into a message. With no base given, the base is the first article, or
 * the first that is not off topic when the first is.
 */
export function compareArticles(
  articles: ReadonlyArray<Article>,
  options: CompareOptionsInput = {},
): Comparison {
  const error = checkCompareInput(articles, options);
  if (error) {
    throw new Error(error.message);
  }
  const asked: CompareOptions = {
    base: articleIndex(options.base ?? 0),
    diff: options.diff ?? DEFAULT_DIFF_OPTIONS,
    include: (options.include ?? []).map(articleIndex),
    manual: {
      links: (options.manual?.links ?? []).map(paragraphPair),
      unlinks: (options.manual?.unlinks ?? []).map(paragraphPair),
    },
  };
  // No base given: the first article is the base unless it is off topic, then the first
  // that is not (the rows follow the story, not another one).
  const alignment = alignArticles(articles, asked.base, undefined, {
    include: asked.include,
    manual: asked.manual,
    firstOnStory: options.base === undefined,
  });
  const full: CompareOptions = { ...asked, base: articleIndex(alignment.base) };
  let hitLimit = false;
  const alteredQuotes: AlteredQuote[] = [];
  const rows: Row[] = alignment.rows.map((row, r) => {
    const baseCell = row.cells[full.base] ?? [];
    const pivot =
      baseCell.length > 0
        ? full.base
        : articleIndex(
            Math.max(
              0,
              row.cells.findIndex((c) => c.length > 0),
            ),
          );
    const diffed = diffRow(articles, row.kind, row.cells, pivot, full.diff, rowIndex(r));
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
  assertRowLaws(articles, rows, full.base);
  return {
    articles,
    options: full,
    rows,
    similarity: alignment.similarity,
    offTopic: alignment.offTopic.map((o) => o.article),
    offTopicReasons: alignment.offTopic,
    links: alignment.links.map((l) => ({
      a: articleIndex(l.articleA),
      paragraphA: paraIndex(l.paraA),
      b: articleIndex(l.articleB),
      paragraphB: paraIndex(l.paraB),
      confidence: round(l.score),
      manual: l.manual ?? false,
    })),
    alteredQuotes,
    hitLimit,
  };
}

/** A pair as the caller gave it, with typed indices. */
function paragraphPair(p: ParagraphPairInput): ParagraphPair {
  return {
    a: articleIndex(p.a),
    paragraphA: paraIndex(p.paragraphA),
    b: articleIndex(p.b),
    paragraphB: paraIndex(p.paragraphB),
  };
}

/** The word diffs of one row against its pivot, and the quotations they alter. */
interface RowDiffs {
  readonly diffs: ReadonlyArray<CellDiff>;
  readonly alteredQuotes: ReadonlyArray<AlteredQuote>;
  readonly hitLimit: boolean;
}

/**
 * The diff step of one row: every other non-empty cell of a shared row against the pivot's
 * cell, and the quotations two of them word differently. Other rows have no diffs.
 */
function diffRow(
  articles: ReadonlyArray<Article>,
  kind: RowKind,
  cells: ReadonlyArray<ReadonlyArray<ParaIndex>>,
  pivot: ArticleIndex,
  options: DiffOptions,
  row: RowIndex,
): RowDiffs {
  if (kind !== 'shared') {
    return { diffs: [], alteredQuotes: [], hitLimit: false };
  }
  let hitLimit = false;
  const diffs: CellDiff[] = [];
  const alteredQuotes: AlteredQuote[] = [];
  const pivotText = cellText(articles[pivot] as Article, cells[pivot] ?? []);
  // A scraper's date stamp at the front of a cell ("date 2022-02-18 …") is not the outlet's
  // wording: it stands beside the other cell's stamp as an equal part and is not diffed.
  const pivotStamp = pivotText.slice(0, leadingStampLength(pivotText));
  const pivotWords = pivotText.slice(pivotStamp.length);
  // The pivot's units and quotations, read once for every other outlet of the row, and only
  // if one prints other words (wire copy often prints the same).
  let pivotUnits: ReadonlyArray<DiffUnit> | null = null;
  let pivotQuotes: QuoteSide | null = null;
  cells.forEach((cell, index) => {
    const k = articleIndex(index);
    if (k === pivot || cell.length === 0) {
      return;
    }
    const otherText = cellText(articles[k] as Article, cell);
    if (otherText === pivotText) {
      // The same words: all equal (a sameness of 1), and no quotation altered.
      const parts = unchangedParts(pivotWords);
      diffs.push({ article: k, parts: withStamps(pivotStamp, pivotStamp, parts), sameness: 1 });
      return;
    }
    const otherStamp = otherText.slice(0, leadingStampLength(otherText));
    pivotUnits ??= diffUnits(pivotWords, options);
    const otherUnits = diffUnits(otherText.slice(otherStamp.length), options);
    const diff = wordDiffOfUnits(pivotUnits, otherUnits, options.ignoreWhitespace);
    hitLimit ||= diff.hitLimit;
    diffs.push({
      article: k,
      parts: withStamps(pivotStamp, otherStamp, diff.parts),
      sameness: round(unitSameness(diff.parts, pivotUnits, otherUnits)),
    });
    pivotQuotes ??= quoteSide(pivotText);
    for (const pair of pairQuotes(pivotQuotes, otherText, options)) {
      if (pair.altered) {
        alteredQuotes.push({
          row,
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

/** A cell's diff parts with the two cells' date stamps, if any, in front as an equal part. */
function withStamps(
  pivotStamp: string,
  otherStamp: string,
  parts: ReadonlyArray<DiffPart>,
): ReadonlyArray<DiffPart> {
  return pivotStamp || otherStamp
    ? [{ kind: 'equal', base: pivotStamp, other: otherStamp }, ...parts]
    : parts;
}

/**
 * The comparison of some of its articles only (`keep`, indices in order, the base among
 * them; `subsetSources` says what is kept), as the reader sees it with the other outlets hidden: rows keep the alignment made
 * with every article, cells and flags of the others go, rows left with no text go, a shared
 * row left with one outlet's text becomes that outlet's own, and a row whose pivot was
 * hidden is diffed again against its first outlet kept.
 *
 * Law: `compareSubset(c, all indices)` has the rows, diffs and quotes of `c`.
 */
export function compareSubset(comparison: Comparison, keep: ReadonlyArray<number>): Comparison {
  const sources = subsetSources(comparison, keep);
  const kept = sources.articles;
  const newIndex = new Map<number, ArticleIndex>(kept.map((k, i) => [k, articleIndex(i)]));
  const base = newIndex.get(comparison.options.base);
  if (base === undefined || kept.length < 2) {
    throw new Error('compareSubset: keep the base and at least one other article');
  }
  const articles = kept.map((k) => comparison.articles[k] as Article);
  const remap = (k: ArticleIndex): ReadonlyArray<ArticleIndex> => {
    const to = newIndex.get(k);
    return to === undefined ? [] : [to];
  };
  const pairs = <P extends ParagraphPair>(list: ReadonlyArray<P>): P[] =>
    list.flatMap((p) => {
      const a = newIndex.get(p.a);
      const b = newIndex.get(p.b);
      return a === undefined || b === undefined ? [] : [{ ...p, a, b }];
    });
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
  for (const r of sources.rows) {
    const row = comparison.rows[r] as Row;
    const cells = kept.map((k) => row.cells[k] ?? []);
    const withText = cells.filter((c) => c.length > 0).length;
    const kind: RowKind = row.kind === 'shared' && withText === 1 ? 'unique' : row.kind;
    const oldPivot = newIndex.get(row.pivot);
    const pivot =
      oldPivot !== undefined && (cells[oldPivot]?.length ?? 0) > 0
        ? oldPivot
        : articleIndex(cells.findIndex((c) => c.length > 0));
    const at = rowIndex(rows.length);
    if (oldPivot === pivot && kind === row.kind) {
      // The same diffs, re-indexed: nothing to compute again.
      rows.push({
        ...row,
        kind,
        cells,
        pivot,
        moved: row.moved.flatMap(remap),
        diffs: row.diffs.flatMap((d) => remap(d.article).map((article) => ({ ...d, article }))),
      });
      for (const q of comparison.alteredQuotes) {
        const article = newIndex.get(q.article);
        const otherArticle = newIndex.get(q.otherArticle);
        if (q.row === r && article !== undefined && otherArticle !== undefined) {
          alteredQuotes.push({ ...q, row: at, article, otherArticle });
        }
      }
      continue;
    }
    const diffed = diffRow(articles, kind, cells, pivot, options.diff, at);
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
  }
  assertRowLaws(articles, rows, base);
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

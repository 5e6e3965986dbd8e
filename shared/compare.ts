/**
 * The engine's entry point: compare two or more articles.
 *
 * align paragraphs → word-diff each row against its pivot → altered quotes.
 */
import { alignArticles } from './align/align';
import type { AlteredQuote, Article, CellDiff, CompareOptions, Comparison, Row } from './model';
import { DEFAULT_DIFF_OPTIONS } from './model';
import { pairQuotes } from './diff/quotes';
import { diffUnits, sameness, wordDiffOfUnits } from './diff/word-diff';

/** Separator between the paragraphs of one cell when they are compared as one text. */
export const CELL_SEPARATOR = '\n\n';

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

/** The text of an article's paragraphs in one cell. */
export function cellText(article: Article, paragraphs: ReadonlyArray<number>): string {
  return paragraphs.map((i) => article.paragraphs[i]?.text ?? '').join(CELL_SEPARATOR);
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
    const diffs: CellDiff[] = [];
    if (row.kind === 'shared') {
      const pivotArticle = articles[pivot] as Article;
      const pivotText = cellText(pivotArticle, row.cells[pivot] ?? []);
      const pivotUnits = diffUnits(pivotText, full.diff);
      row.cells.forEach((cell, k) => {
        if (k === pivot || cell.length === 0) {
          return;
        }
        const otherText = cellText(articles[k] as Article, cell);
        const diff = wordDiffOfUnits(
          pivotUnits,
          diffUnits(otherText, full.diff),
          full.diff.ignoreWhitespace,
        );
        hitLimit ||= diff.hitLimit;
        diffs.push({ article: k, parts: diff.parts, sameness: round(sameness(diff.parts)) });
        for (const pair of pairQuotes(pivotText, otherText, full.diff)) {
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
    }
    return {
      kind: row.kind,
      cells: row.cells,
      moved: row.moved,
      similarity: round(row.similarity),
      confidence: round(row.confidence),
      manual: row.manual,
      pivot,
      diffs,
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

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

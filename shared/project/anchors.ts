/**
 * Anchors: stable references to rows and differences (see {@link Anchor}), made from a
 * comparison and found again in a recomputed one.
 *
 * Laws: an anchor made from a comparison resolves to the same row (and part), marked
 * exact, in that comparison; a row anchor resolves to the same paragraphs after a base or
 * options change (rows are only reordered); a row anchor always resolves to some row when
 * its paragraphs exist.
 */
import { CELL_SEPARATOR } from '../cells';
import type { Article, Comparison, DiffPart, RowIndex } from '../model';
import { paragraphRows } from '../view-model/paragraph-rows';
import type { Anchor, DifferenceSide, ParagraphRef } from './types';

/** Where an anchor stands in a comparison. */
export interface ResolvedAnchor {
  /** The row's index in `comparison.rows`. */
  readonly row: number;
  /**
   * For a difference: the part that shows it, as the cell diff's article (`row.diffs[i].article`)
   * and the part's index in that diff's `parts`; null when no part of the row shows it now
   * (the note then stands on the row). Always null for a row anchor.
   */
  readonly part: { readonly article: number; readonly index: number } | null;
  /**
   * True when the row holds exactly the anchor's paragraphs and, for a difference, the part
   * has the same texts at the same places: nothing moved since the anchor was made.
   */
  readonly exact: boolean;
}

/** A canonical string for an anchor: equal anchors, equal keys. */
export function anchorKey(anchor: Anchor): string {
  const refs = anchor.paragraphs.map((p) => `${p.article}:${p.paragraph}`).join(',');
  if (anchor.kind === 'row') {
    return `row|${refs}`;
  }
  const sides = anchor.sides.map((s) => [s.article, s.paragraph, s.offset, s.text]);
  return `difference|${refs}|${JSON.stringify(sides)}`;
}

/**
 * A canonical string for a pair of paragraphs of two articles, whichever way round it is
 * written: `{a: 2, paragraphA: 5, b: 0, paragraphB: 1}` and its mirror both give `0:1:2:5`.
 */
export function pairKey(pair: {
  readonly a: number;
  readonly paragraphA: number;
  readonly b: number;
  readonly paragraphB: number;
}): string {
  const { a, paragraphA, b, paragraphB } = pair;
  return a < b ? `${a}:${paragraphA}:${b}:${paragraphB}` : `${b}:${paragraphB}:${a}:${paragraphA}`;
}

/** The paragraphs of a row, ascending by article, then paragraph. */
export function rowParagraphs(comparison: Comparison, row: number): ReadonlyArray<ParagraphRef> {
  const cells = comparison.rows[row]?.cells ?? [];
  return cells.flatMap((cell, article) => cell.map((paragraph) => ({ article, paragraph })));
}

/** An anchor for a row of a comparison; null when there is no such row. */
export function rowAnchor(comparison: Comparison, row: number): Anchor | null {
  const paragraphs = rowParagraphs(comparison, row);
  return paragraphs.length > 0 ? { kind: 'row', paragraphs } : null;
}

/**
 * An anchor for one difference: part `part` of the row's cell diff of `article` against
 * the row's pivot. Null when there is no such part, or it is an equality.
 */
export function differenceAnchor(
  comparison: Comparison,
  row: number,
  article: number,
  part: number,
): Anchor | null {
  const r = comparison.rows[row];
  const diff = r?.diffs.find((d) => d.article === article);
  if (r === undefined || diff === undefined) {
    return null;
  }
  const located = locatedParts(comparison.articles, r.cells, r.pivot, article, diff.parts)[part];
  if (located === undefined || located.kind === 'equal') {
    return null;
  }
  return { kind: 'difference', paragraphs: rowParagraphs(comparison, row), sides: located.sides };
}

/** Finds anchors in one comparison (the lookups are built once, for many anchors). */
export function anchorResolver(comparison: Comparison): (anchor: Anchor) => ResolvedAnchor | null {
  const rowOf = paragraphRows(comparison);
  const starts = comparison.articles.map(paragraphStarts);
  return (anchor) => {
    const found = resolveRow(comparison, rowOf, anchor.paragraphs);
    if (found === null || anchor.kind === 'row') {
      return found;
    }
    const part = resolvePart(comparison, found.row, anchor.sides, starts);
    return {
      row: found.row,
      part: part === null ? null : { article: part.article, index: part.index },
      exact: found.exact && part !== null && part.exact,
    };
  };
}

/** The row holding most of the paragraphs (ties: fewest others, then the earliest listed). */
function resolveRow(
  comparison: Comparison,
  rowOf: ReadonlyArray<ReadonlyArray<RowIndex | undefined>>,
  paragraphs: ReadonlyArray<ParagraphRef>,
): ResolvedAnchor | null {
  const overlap = new Map<number, number>();
  for (const p of paragraphs) {
    const r = rowOf[p.article]?.[p.paragraph];
    if (r !== undefined) {
      overlap.set(r, (overlap.get(r) ?? 0) + 1);
    }
  }
  let best: { row: number; count: number; size: number } | null = null;
  // Map iteration follows insertion, i.e. the order of the anchor's paragraphs: the first
  // row met wins a full tie.
  for (const [row, count] of overlap) {
    const size = comparison.rows[row]?.cells.reduce((n, c) => n + c.length, 0) ?? 0;
    if (best === null || count > best.count || (count === best.count && size < best.size)) {
      best = { row, count, size };
    }
  }
  return best === null
    ? null
    : {
        row: best.row,
        part: null,
        exact: best.count === paragraphs.length && best.size === paragraphs.length,
      };
}

/** A diff part with both sides placed in their articles. */
interface LocatedPart {
  readonly kind: DiffPart['kind'];
  readonly sides: readonly [DifferenceSide, DifferenceSide];
}

/** Places each part of a cell diff: where each side starts in its own article. */
function locatedParts(
  articles: ReadonlyArray<Article>,
  cells: ReadonlyArray<ReadonlyArray<number>>,
  pivot: number,
  other: number,
  parts: ReadonlyArray<DiffPart>,
): ReadonlyArray<LocatedPart> {
  const pivotArticle = articles[pivot];
  const otherArticle = articles[other];
  const pivotCell = cells[pivot] ?? [];
  const otherCell = cells[other] ?? [];
  let atPivot = 0;
  let atOther = 0;
  return parts.map((part) => {
    const base = part.kind === 'insert' ? '' : part.base;
    const text = part.kind === 'delete' ? '' : part.other;
    const sides: readonly [DifferenceSide, DifferenceSide] = [
      { article: pivot, ...cellPosition(pivotArticle, pivotCell, atPivot), text: base },
      { article: other, ...cellPosition(otherArticle, otherCell, atOther), text },
    ];
    atPivot += base.length;
    atOther += text.length;
    return { kind: part.kind, sides };
  });
}

/**
 * Paragraph and offset of a character offset in a cell's text (its paragraphs joined by
 * {@link CELL_SEPARATOR}); an offset inside a separator counts as the end of the paragraph
 * before it.
 */
function cellPosition(
  article: Article | undefined,
  cell: ReadonlyArray<number>,
  offset: number,
): { readonly paragraph: number; readonly offset: number } {
  let rest = offset;
  for (const p of cell) {
    const length = article?.paragraphs[p]?.text.length ?? 0;
    if (rest <= length) {
      return { paragraph: p, offset: rest };
    }
    rest -= length + CELL_SEPARATOR.length;
    if (rest < 0) {
      return { paragraph: p, offset: length };
    }
  }
  const last = cell[cell.length - 1] ?? 0;
  return { paragraph: last, offset: article?.paragraphs[last]?.text.length ?? 0 };
}

/** Where each paragraph starts in the article's text read as one (paragraphs separated). */
function paragraphStarts(article: Article): ReadonlyArray<number> {
  const starts: number[] = [];
  let at = 0;
  for (const p of article.paragraphs) {
    starts.push(at);
    at += p.text.length + CELL_SEPARATOR.length;
  }
  return starts;
}

/**
 * The part of a row that shows a difference: the same texts at the same places (exact);
 * else the same texts nearest to them (the cell changed around them); else the change that
 * covers most of their wording (the pivot changed, so the diff is against another article).
 */
function resolvePart(
  comparison: Comparison,
  row: number,
  sides: readonly [DifferenceSide, DifferenceSide],
  starts: ReadonlyArray<ReadonlyArray<number>>,
): { readonly article: number; readonly index: number; readonly exact: boolean } | null {
  const r = comparison.rows[row];
  if (r === undefined) {
    return null;
  }
  const at = (s: DifferenceSide): number => (starts[s.article]?.[s.paragraph] ?? 0) + s.offset;
  const sideFor = (article: number): DifferenceSide | undefined =>
    sides.find((s) => s.article === article);
  let nearest: { article: number; index: number; distance: number } | null = null;
  let covering: { article: number; index: number; overlap: number } | null = null;
  for (const diff of r.diffs) {
    const parts = locatedParts(comparison.articles, r.cells, r.pivot, diff.article, diff.parts);
    for (const [index, part] of parts.entries()) {
      if (part.kind === 'equal') {
        continue;
      }
      const pairs = part.sides.flatMap((s) => {
        const mine = sideFor(s.article);
        return mine === undefined ? [] : [{ s, mine }];
      });
      if (pairs.length === 2 && pairs.every(({ s, mine }) => mine.text === s.text)) {
        const distance = pairs.reduce((sum, { s, mine }) => sum + Math.abs(at(s) - at(mine)), 0);
        if (distance === 0) {
          return { article: diff.article, index, exact: true };
        }
        if (nearest === null || distance < nearest.distance) {
          nearest = { article: diff.article, index, distance };
        }
      }
      let overlap = 0;
      for (const { s, mine } of pairs) {
        const from = Math.max(at(s), at(mine));
        const to = Math.min(at(s) + s.text.length, at(mine) + mine.text.length);
        overlap += Math.max(0, to - from);
      }
      if (overlap > 0 && (covering === null || overlap > covering.overlap)) {
        covering = { article: diff.article, index, overlap };
      }
    }
  }
  const found = nearest ?? covering;
  return found === null ? null : { article: found.article, index: found.index, exact: false };
}

/**
 * Notes and codes where they stand in a comparison: each note and each code applied is
 * resolved to its row (and, for a difference, to the part of the row's diff that shows it),
 * and those on one item (a row, or one difference) are grouped, for the app's strips and
 * list, the report, the JSON and the codings CSV.
 */
import { articleIndex, rowIndex, type Comparison, type RowIndex } from '../model';
import type { ReportAnnotation } from '../report/render-report';
import { wordingNumber, type WordingNumbers } from '../view-model/display';
import { subsetSources } from '../view-model/subset';
import { anchorResolver, type ResolvedAnchor } from './anchors';
import type { Anchor, Code, Coding, DifferenceSide, Note, Project } from './types';

/** A code applied, with its codebook entry. */
export interface AppliedCode {
  readonly coding: Coding;
  readonly code: Code;
}

/** The notes and codes on one item: a row, or one difference of a row. */
export interface AnnotatedItem {
  /** Where the item stands now, the same for every note and code on it. */
  readonly key: string;
  /** Its row in `comparison.rows`, or null when no row holds its paragraphs. */
  readonly row: RowIndex | null;
  /** The first anchor met (its sides name the difference). */
  readonly target: Anchor;
  /** For a difference: the part that shows it now (see {@link ResolvedAnchor}), or null. */
  readonly part: ResolvedAnchor['part'];
  /**
   * For a difference: the number of the difference that shows it now ("difference 14": the
   * row's wording difference of the part's article, as the app and the report number it),
   * or null when no part of the row shows it (the note stands on the row); null for a row.
   * The number alone does not survive a re-alignment: the anchor's words do.
   */
  readonly difference: number | null;
  /** Notes on it, oldest first. */
  readonly notes: ReadonlyArray<Note>;
  /** Codes applied to it, in codebook order. */
  readonly codes: ReadonlyArray<AppliedCode>;
}

/**
 * Every annotated item of a project in a comparison of it, in row order (items no row holds
 * last); within a row, the row's own item before its differences, differences in the order
 * first annotated. `view`: the comparison's view model, whose numbers the differences get.
 */
export function annotatedItems(
  project: Project,
  comparison: Comparison,
  view: WordingNumbers,
): ReadonlyArray<AnnotatedItem> {
  const resolve = anchorResolver(comparison);
  const items = new Map<
    string,
    {
      row: RowIndex | null;
      target: Anchor;
      part: ResolvedAnchor['part'];
      notes: Note[];
      codes: AppliedCode[];
      order: number;
    }
  >();
  const itemOf = (target: Anchor): NonNullable<ReturnType<typeof items.get>> => {
    const resolved = resolve(target);
    const key = itemKey(target, resolved);
    let item = items.get(key);
    if (item === undefined) {
      item = {
        row: resolved === null ? null : rowIndex(resolved.row),
        target,
        part: resolved?.part ?? null,
        notes: [],
        codes: [],
        order: items.size,
      };
      items.set(key, item);
    }
    return item;
  };
  for (const note of project.notes) {
    itemOf(note.target).notes.push(note);
  }
  const codes = new Map(project.codebook.map((c) => [c.id, c]));
  const rank = new Map(project.codebook.map((c, i) => [c.id, i]));
  for (const coding of project.codings) {
    const code = codes.get(coding.code);
    if (code !== undefined) {
      itemOf(coding.target).codes.push({ coding, code });
    }
  }
  return [...items.entries()]
    .sort(
      ([, x], [, y]) =>
        (x.row ?? Infinity) - (y.row ?? Infinity) ||
        Number(x.target.kind === 'difference') - Number(y.target.kind === 'difference') ||
        x.order - y.order,
    )
    .map(([key, item]) => ({
      key,
      row: item.row,
      target: item.target,
      part: item.part,
      difference:
        item.part === null || item.row === null
          ? null
          : wordingNumber(view, item.row, item.part.article),
      notes: [...item.notes].sort((a, b) => Date.parse(a.created) - Date.parse(b.created)),
      codes: [...item.codes].sort(
        (a, b) => (rank.get(a.code.id) ?? 0) - (rank.get(b.code.id) ?? 0),
      ),
    }));
}

/** Where an item stands now: its row, and for a difference the part (or its wording). */
function itemKey(target: Anchor, resolved: ResolvedAnchor | null): string {
  const row = resolved === null ? 'nowhere' : String(resolved.row);
  if (target.kind === 'row') {
    return `row:${row}`;
  }
  if (resolved?.part) {
    return `difference:${row}:${resolved.part.article}:${resolved.part.index}`;
  }
  return `difference:${row}:${JSON.stringify(sortedSides(target.sides))}`;
}

/** A difference's sides, by article. */
export function sortedSides(sides: ReadonlyArray<DifferenceSide>): ReadonlyArray<DifferenceSide> {
  return [...sides].sort((x, y) => x.article - y.article);
}

/**
 * The annotations as the report shows them, beside their rows: the annotated items of a
 * project in a comparison (see {@link annotatedItems}). Items no row holds are left out (a
 * valid project's anchors always resolve).
 */
export function reportAnnotations(
  items: ReadonlyArray<AnnotatedItem>,
): ReadonlyArray<ReportAnnotation> {
  return items.flatMap((item) =>
    item.row === null
      ? []
      : [
          {
            row: item.row,
            sides:
              item.target.kind === 'difference'
                ? sortedSides(item.target.sides).map((s) => ({
                    article: articleIndex(s.article),
                    text: s.text,
                  }))
                : null,
            difference:
              item.difference === null || item.part === null
                ? null
                : { number: item.difference, article: articleIndex(item.part.article) },
            codes: item.codes.map(({ code }) => ({ name: code.name, colour: code.colour })),
            notes: item.notes.map((n) => n.text),
          },
        ],
  );
}

/**
 * Report annotations of a comparison, moved to its subset of `keep` articles (as
 * `compareSubset` makes it): rows renumbered, rows left out dropped, sides of articles not
 * kept left out, articles renumbered; a difference keeps its number, and says when it is
 * an article's left out.
 */
export function subsetAnnotations(
  annotations: ReadonlyArray<ReportAnnotation>,
  comparison: Comparison,
  keep: ReadonlyArray<number>,
): ReadonlyArray<ReportAnnotation> {
  const sources = subsetSources(comparison, keep);
  const rows = new Map(sources.rows.map((from, to) => [from, rowIndex(to)]));
  const index = new Map(sources.articles.map((k, i) => [k, articleIndex(i)]));
  return annotations.flatMap((a) => {
    const row = rows.get(a.row);
    if (row === undefined) {
      return [];
    }
    const sides =
      a.sides === null
        ? null
        : a.sides.flatMap((s) => {
            const article = index.get(s.article);
            return article === undefined ? [] : [{ article, text: s.text }];
          });
    const difference =
      a.difference === null
        ? null
        : {
            number: a.difference.number,
            article:
              a.difference.article === null ? null : (index.get(a.difference.article) ?? null),
          };
    return [{ ...a, row, sides, difference }];
  });
}

/**
 * The CLI on projects: what a project adds to the JSON document and the summary (notes,
 * codes, the story's name, addresses), and the report's annotations. Pure: the shell in
 * `compare.ts` reads and writes the files.
 */
import {
  detailsOf,
  reportAnnotations,
  sortedSides,
  type AnnotatedItem,
  type Anchor,
  type Project,
} from '../shared/project';
import type { ReportMeta } from '../shared/report/render-report';
import { differenceName, rowNumber } from '../shared/view-model/display';
import { flatten } from './summary';
import { escapeForTerminal, oneLine } from './terminal';

/** One side of a difference a note or code is about. */
export interface JsonSide {
  /** The article. */
  readonly article: number;
  /** The paragraph the side starts in, and where (UTF-16 code units). */
  readonly paragraph: number;
  readonly offset: number;
  /** The article's words (empty: the side that lacks them). */
  readonly text: string;
}

/** A note, where it stands in the rows. */
export interface JsonNote {
  readonly id: string;
  /** Index of its row in `rows`, or null when no row holds its paragraphs. */
  readonly row: number | null;
  /** `row`, or `difference` (then `sides` names it). */
  readonly target: Anchor['kind'];
  readonly sides: ReadonlyArray<JsonSide> | null;
  /**
   * For a difference, its number as the rows' `differences`, the app and the report give it;
   * null for a row, or when no difference of its row shows it now.
   */
  readonly difference: number | null;
  readonly text: string;
  readonly created: string;
  readonly updated: string;
}

/** A code applied, where it stands in the rows. */
export interface JsonCoding {
  readonly id: string;
  /** The code's id in `codebook`, and its name. */
  readonly code: string;
  readonly name: string;
  readonly row: number | null;
  readonly target: Anchor['kind'];
  readonly sides: ReadonlyArray<JsonSide> | null;
  /** As a note's. */
  readonly difference: number | null;
  readonly created: string;
}

/** A code of the codebook. */
export interface JsonCode {
  readonly id: string;
  readonly name: string;
  /** `#rrggbb`. */
  readonly colour: string;
  readonly description: string | null;
}

/** What a project adds to the JSON document. */
export interface JsonProjectPart {
  /** The story's name as the user set it, or null. */
  readonly story: string | null;
  /** Each article's address, or null. */
  readonly urls: ReadonlyArray<string | null>;
  readonly notes: ReadonlyArray<JsonNote>;
  readonly codebook: ReadonlyArray<JsonCode>;
  readonly codings: ReadonlyArray<JsonCoding>;
}

/**
 * The notes, codes, story and addresses of a project; `items` are its notes and codes
 * located in its comparison (`annotatedItems`).
 */
export function projectPart(
  project: Project,
  items: ReadonlyArray<AnnotatedItem>,
): JsonProjectPart {
  const place = (item: AnnotatedItem) => ({
    row: item.row,
    target: item.target.kind,
    sides: item.target.kind === 'difference' ? sortedSides(item.target.sides).map(side) : null,
    difference: item.difference,
  });
  return {
    story: project.story === '' ? null : project.story,
    urls: project.articles.map((a) => detailsOf(a).url.value),
    notes: items.flatMap((item) =>
      item.notes.map((n) => ({
        id: n.id,
        ...place(item),
        text: n.text,
        created: n.created,
        updated: n.updated,
      })),
    ),
    codebook: project.codebook.map((c) => ({
      id: c.id,
      name: c.name,
      colour: c.colour,
      description: c.description ?? null,
    })),
    codings: items.flatMap((item) =>
      item.codes.map(({ coding, code }) => ({
        id: coding.id,
        code: code.id,
        name: code.name,
        ...place(item),
        created: coding.created,
      })),
    ),
  };
}

function side(s: JsonSide): JsonSide {
  return { article: s.article, paragraph: s.paragraph, offset: s.offset, text: s.text };
}

/**
 * What the report shows of a project: the story's name, addresses, notes and codes (`items`,
 * located in its comparison).
 */
export function projectReportMeta(
  project: Project,
  items: ReadonlyArray<AnnotatedItem>,
): Pick<ReportMeta, 'title' | 'urls' | 'annotations' | 'codebook'> {
  return {
    ...(project.story === '' ? {} : { title: project.story }),
    urls: project.articles.map((a) => detailsOf(a).url.value),
    annotations: reportAnnotations(items),
    codebook: project.codebook,
  };
}

/**
 * The summary's lines about notes and codes (`items`, as `annotatedItems` locates them): one
 * per annotated item, its row as the summary numbers rows (`#7`, 0-based) and as the report,
 * the app and the codes CSV do ("row 8"), beside a difference as they number it
 * ("difference 14"): `#7 (row 8 in the report) difference 14 [old] / [new] {Code}`. Safe to
 * print, as the summary is: control characters in notes, code names and texts are escaped,
 * and none of them breaks a line.
 */
export function annotationSummary(project: Project, items: ReadonlyArray<AnnotatedItem>): string {
  if (items.length === 0) {
    return '';
  }
  const lines = [
    '',
    `Notes and codes (${project.notes.length} ${project.notes.length === 1 ? 'note' : 'notes'}, ${project.codings.length} ${project.codings.length === 1 ? 'code' : 'codes'} applied):`,
  ];
  for (const item of items) {
    const where =
      item.row === null ? 'no row' : `#${item.row} (row ${rowNumber(item.row)} in the report)`;
    let about = '';
    if (item.target.kind === 'difference') {
      const which = differenceName(item.difference);
      const sides = sortedSides(item.target.sides)
        .map((s) => `[${s.text === '' ? '(nothing)' : flatten(s.text)}]`)
        .join(' / ');
      about = ` ${which} ${sides}`;
    }
    const codes = item.codes.map(({ code }) => `{${oneLine(code.name)}}`).join(' ');
    lines.push(`  ${where}${about}${codes === '' ? '' : ` ${codes}`}`);
    for (const note of item.notes) {
      lines.push(`    note: ${oneLine(note.text.replace(/\s+/gu, ' '))}`);
    }
  }
  return escapeForTerminal(`${lines.join('\n')}\n`);
}

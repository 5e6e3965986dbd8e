/**
 * The codings as CSV, for analysis in R, SPSS or a spreadsheet: one line per code applied
 * to an item (a row or a difference), with the item's notes; an item with notes but no
 * code is one line with an empty code, so no note is left out.
 *
 * Columns: `story`, `row` (1-based, as shown), `item` (`row` or `difference`), `outlets`
 * (those with text on the line, `; `-separated), `code` (its name), `note` (the item's
 * notes, oldest first, separated by a blank line), one column per article (headed by its
 * label) with its text: for a row, the article's paragraphs in it; for a difference, the
 * article's side of it (empty for the side that lacks the words); last, `difference` (for a
 * difference, its number as the app and the report show it, "14"; empty for a row, and for
 * a difference no part of the row shows now). The `difference` column came later and goes
 * last so that every column before it keeps its place: a script that reads the columns by
 * position still finds the code in the 5th and the first outlet in the 7th. Notes and codes
 * are grouped by where they stand in the comparison now (their anchors resolved), so a note
 * and a code on one difference share a line. Lines follow the rows; within an item, the
 * codebook's order.
 *
 * RFC 4180: every field quoted, quotes doubled, lines ended by CRLF. Spreadsheet formula
 * injection (OWASP): a field that starts, after any spaces, with `=`, `+`, `-`, `@` (or
 * their full-width forms), or with a tab or line break, gets a leading `'` so a spreadsheet
 * shows it as text. With `bom` (the default) the text starts with a byte order mark, which
 * Excel needs to read UTF-8 (R: `readr::read_csv`, or `read.csv(fileEncoding = "UTF-8-BOM")`).
 */
import { cellText } from '../cells';
import type { Comparison } from '../model';
import { rowNumber } from '../view-model/display';
import type { AnnotatedItem } from './annotations';
import { articleLabels, storyName } from './details';
import type { Project } from './types';

/** Options of {@link codingsCsv}. */
export interface CodingsCsvOptions {
  /** Start with a UTF-8 byte order mark (default true: Excel needs it). */
  readonly bom?: boolean;
}

/**
 * The project's codes and notes as CSV: `items`, its annotated items located in `comparison`
 * (a comparison of the project, see `annotatedItems`).
 */
export function codingsCsv(
  project: Project,
  comparison: Comparison,
  items: ReadonlyArray<AnnotatedItem>,
  options: CodingsCsvOptions = {},
): string {
  const labels = articleLabels(project);
  // The report's title: never the headline of an article about another story.
  const story = storyName(project, comparison.offTopic);
  const lines: string[][] = [
    ['story', 'row', 'item', 'outlets', 'code', 'note', ...labels, 'difference'],
  ];
  for (const item of items) {
    const texts = itemTexts(project, comparison, item);
    const outlets = texts.flatMap((t, k) => (t === '' ? [] : [labels[k] ?? ''])).join('; ');
    const note = item.notes.map((n) => n.text).join('\n\n');
    const row = item.row === null ? '' : String(rowNumber(item.row));
    const difference = item.difference === null ? '' : String(item.difference);
    const codes = item.codes.map(({ code }) => code.name);
    for (const code of codes.length > 0 ? codes : ['']) {
      lines.push([story, row, item.target.kind, outlets, code, note, ...texts, difference]);
    }
  }
  const body = lines.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
  return (options.bom ?? true) ? `\uFEFF${body}` : body;
}

/**
 * Each article's text on an item's line, its ends trimmed (a difference's side keeps the
 * space after its last word, "now-former "); the spaces inside stay as they are.
 */
function itemTexts(project: Project, comparison: Comparison, item: AnnotatedItem): string[] {
  if (item.target.kind === 'difference') {
    const sides = item.target.sides;
    return project.articles.map((_, k) => (sides.find((s) => s.article === k)?.text ?? '').trim());
  }
  const row = item.row === null ? undefined : comparison.rows[item.row];
  return comparison.articles.map((article, k) => cellText(article, row?.cells[k] ?? []).trim());
}

/** Starts a spreadsheet would read as a formula (OWASP "CSV injection"), full-width forms too. */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/** One CSV field: quoted (RFC 4180), defused against formula injection. */
function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/gu, '""')}"`;
}

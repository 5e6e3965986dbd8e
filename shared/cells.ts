/**
 * The text of a row's cell: an article's paragraphs in the cell, compared as one text. Its
 * own module, so that the page (which lays out cells) does not import the engine with it.
 */
import type { Article, ParaIndex } from './model';

/** Separator between the paragraphs of one cell when they are compared as one text. */
export const CELL_SEPARATOR = '\n\n';

/** The text of an article's paragraphs in one cell. */
export function cellText(article: Article, paragraphs: ReadonlyArray<ParaIndex>): string {
  return paragraphs.map((i) => article.paragraphs[i]?.text ?? '').join(CELL_SEPARATOR);
}

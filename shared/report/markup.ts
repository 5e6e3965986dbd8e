/**
 * Markup pieces the report's sections share: an article's label and a word diff inline.
 * Every text goes through the escapers of `escape-html.ts`.
 */
import type { ArticleIndex, DiffPart, RowIndex } from '../model';
import { quotedWords } from '../view-model/article-name';
import { articleNumbering, type RowNumbering } from '../view-model/display';
import { assertNever } from '../util/assert';
import { escapeHtml, isolatedHtml } from './escape-html';
import type { ViewArticle, ViewModel } from '../view-model/view-model';

/** A word diff inline: base wording struck, other wording underlined, shared words plain (as the other writes them). */
export function renderParts(parts: ReadonlyArray<DiffPart>): string {
  const out: string[] = [];
  for (const part of parts) {
    switch (part.kind) {
      case 'equal':
        // The other's side: it may differ from the base's in ignored whitespace or quote
        // style, and the other's is what follows its inserted words ("shared from a…").
        out.push(escapeHtml(part.other));
        break;
      case 'delete':
        out.push(marked('del', part.base));
        break;
      case 'insert':
        out.push(marked('ins', part.other));
        break;
      case 'replace':
        // A space between the two wordings, or "much" and "done" would run together.
        out.push(
          marked('del', part.base),
          /\s$/.test(part.base) ? '' : ' ',
          marked('ins', part.other),
        );
        break;
      default:
        assertNever(part, 'unknown diff part');
    }
  }
  return out.join('');
}

/** Wraps text in `<ins>`/`<del>`, leaving its edge whitespace outside the mark. */
function marked(tag: 'ins' | 'del', text: string): string {
  const core = text.trim();
  if (core === '') {
    return escapeHtml(text);
  }
  const start = text.indexOf(core);
  return `${escapeHtml(text.slice(0, start))}<${tag}>${escapeHtml(core)}</${tag}>${escapeHtml(text.slice(start + core.length))}`;
}

/**
 * An article's label as HTML: "#2 " (its number on screen, see `articleNumbering`) and the
 * outlet's name, isolated (it comes from the file).
 */
export function labelHtml(model: ViewModel, article: ArticleIndex): string {
  const a: ViewArticle | undefined = model.articles[article];
  const number = `#${articleNumbering(model)(article)}`;
  if (!a) {
    return number;
  }
  // The label is "#2 The Guardian" or "#2 “Sadiq Khan denies giving…”" (a blind one is only
  // its name): the words after the number come from the article, and are isolated, the
  // quotation marks outside (see `quotedWords`).
  return `${number} ${nameHtml(a.label.startsWith(`${number} `) ? a.label.slice(number.length + 1) : a.label)}`;
}

/**
 * An article's name without its number as HTML (see `articleName`): "The Guardian" or
 * "“Sadiq Khan denies giving…”", its words isolated, the app's quotation marks outside.
 */
export function nameHtml(name: string): string {
  const { words, quoted } = quotedWords(name);
  return quoted ? `“${isolatedHtml(words)}”` : isolatedHtml(words);
}

/** The id of a row's element in the report: `r-3` for row 3 (index 2, by `number`). */
export function rowId(number: RowNumbering, row: RowIndex): string {
  return `r-${number(row)}`;
}

/** A link to a row: `<a href="#r-3">row 3</a>`, or with `text` in place of "row 3". */
export function rowLink(number: RowNumbering, row: RowIndex, text = `row ${number(row)}`): string {
  return `<a href="#${rowId(number, row)}">${text}</a>`;
}

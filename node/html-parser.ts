/**
 * HTML parsing for Node (CLI, Electron main process): linkedom, a light standards DOM, and
 * Mozilla Readability. Imported only when a page is read (see `read-articles.ts`).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ParseHtml } from '../shared/load/html';

/**
 * The HTML as a whole document. linkedom builds no implied `<html>`, `<head>` and `<body>`
 * as a browser does: a fragment (`<p>…</p><p>…</p>`, as copied from a page) would become
 * a document whose root is its first `<p>`, with an empty body. The fragment is placed in
 * a body, and what stands before `<body>` or after `</head>` is kept where it was.
 */
function asDocument(html: string): string {
  if (/<body[\s>]/iu.test(html)) {
    return /<html[\s>]/iu.test(html) ? html : `<!doctype html><html>${html}</html>`;
  }
  const head = /<head[\s>][\s\S]*?<\/head\s*>/iu.exec(html);
  const rest = (head ? html.slice(0, head.index) + html.slice(head.index + head[0].length) : html)
    .replace(/<!doctype[^>]*>/iu, '')
    .replace(/<\/?html\b[^>]*>/giu, '');
  return `<!doctype html><html>${head?.[0] ?? '<head></head>'}<body>${rest}</body></html>`;
}

/** Parses an HTML string into a linkedom document. */
export const parseHtmlInNode: ParseHtml = Object.assign(
  (html: string): unknown => parseHTML(asDocument(html)).document,
  { Readability },
);

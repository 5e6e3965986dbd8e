/**
 * The one HTML escaper of the report: every piece of text that reaches the markup (article
 * text, titles, outlets, file names, meta strings) goes through {@link escapeHtml}.
 */

// `'` is escaped too (jsdiff's escapeHTML forgets it), so the result is safe inside
// single-quoted attributes as well as double-quoted ones and text.
const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const HTML_SPECIAL = /[&<>"']/g;

/**
 * Escapes `& < > " '` so the text can stand in HTML element content or a quoted attribute.
 *
 * Law: the escaped text contains none of `< > " '` and every `&` starts an entity, so it can
 * neither open nor close a tag or an attribute: `escapeHtml('<b>') === '&lt;b&gt;'`.
 */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Article text (or any text from a file) as escaped HTML in its own `<bdi>` element: a
 * right-to-left override or embedding it leaves open cannot reverse the report's words
 * after it, and right-to-left text takes its own direction (`<bdi>` is `dir=auto`).
 */
export function isolatedHtml(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

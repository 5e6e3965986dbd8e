/**
 * Bidirectional-text controls in article text (UAX #9). An article may hold an unterminated
 * right-to-left override (U+202E) or embedding; printed next to our own words, it would
 * reverse them ("stnemele 3" for "3 elements"). In HTML every piece of article text is
 * isolated with `<bdi>`; where only plain text is possible (a window title, a menu label)
 * {@link isolateBidi} does the same with characters.
 */

/** Embeddings and overrides (LRE, RLE, LRO, RLO), closed by PDF. */
const EMBEDDINGS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);
/** Pop directional formatting. */
const PDF = '\u202c';
/** Isolate initiators (LRI, RLI, FSI), closed by PDI. */
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
/** Pop directional isolate. */
const PDI = '\u2069';
/** First strong isolate: the direction of the text inside comes from its first letter. */
const FSI = '\u2068';

/** Every bidi formatting character (embeddings, overrides, isolates, their closers, marks). */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The text with every embedding, override and isolate it opens closed at its end, and the
 * closers that close nothing removed, so it cannot change the direction of what follows it.
 *
 * Law: `balanceBidi(a) + b` displays `b` as `b` alone would (in its own paragraph direction).
 * Example: `balanceBidi('abc\u202e')` → `'abc\u202e\u202c'`.
 */
export function balanceBidi(text: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/u.test(text)) {
    return text;
  }
  const open: string[] = [];
  let out = '';
  for (const ch of text) {
    if (EMBEDDINGS.has(ch)) {
      open.push(PDF);
    } else if (ISOLATES.has(ch)) {
      open.push(PDI);
    } else if (ch === PDF) {
      // Closes the innermost embedding, but never one outside the innermost isolate.
      if (open.at(-1) !== PDF) {
        continue;
      }
      open.pop();
    } else if (ch === PDI) {
      // Closes the innermost isolate and, with it, every embedding opened inside it.
      const at = open.lastIndexOf(PDI);
      if (at === -1) {
        continue;
      }
      open.splice(at);
    }
    out += ch;
  }
  return out + open.reverse().join('');
}

/**
 * Plain text isolated for display among other words: first-strong isolate around the
 * balanced text (the equivalent of `<bdi>` where no markup is possible).
 */
export function isolateBidi(text: string): string {
  return `${FSI}${balanceBidi(text)}${PDI}`;
}

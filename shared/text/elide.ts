/**
 * Cutting a long stretch of text to the words around an ellipsis: plain text work, kept
 * out of the engine so that the page's bundle can use it without carrying the diff.
 */

/** Marks elided text. */
const ELLIPSIS = '…';

/**
 * Text cut to its first `head` and last `tail` words around `…`: "one two … six seven"
 * (`head` 0: "… six seven"; `tail` 0: "one two …"). White space before the first word kept
 * and after the last is left as it was. Text at most one word longer than what is kept comes
 * back whole (an ellipsis in place of one word saves nothing), and so does any text when
 * `head` or `tail` is Infinity. The one word window of the summary's diffs and of the
 * report's differences in their sentence.
 */
export function elide(text: string, head: number, tail: number): string {
  const words = [...text.matchAll(/\S+/gu)];
  if (words.length <= head + tail + 1) {
    return text;
  }
  const lastKept = words[head - 1];
  const firstKept = words[words.length - tail];
  const start =
    lastKept === undefined ? '' : `${text.slice(0, (lastKept.index ?? 0) + lastKept[0].length)} `;
  const end = firstKept === undefined ? '' : ` ${text.slice(firstKept.index)}`;
  return `${start}${ELLIPSIS}${end}`;
}

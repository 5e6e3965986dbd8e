/**
 * Text from files on a terminal: control characters in an article, a title or a file name
 * must not act on the terminal (set the window title, clear the screen, move the cursor),
 * reorder what follows (bidi controls) or forge lines (a newline in a file name). They are
 * printed as visible escapes instead: `\x1b`, `\u202e`, `\n`.
 */

/**
 * Characters escaped everywhere: C0 controls but tab and line feed, DEL, C1 controls, bidi
 * formatting characters, and the Unicode line and paragraph separators.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** Line breaks, escaped in text that must stay on one line. */
const LINE_BREAK = /\r\n?|\n/gu;

/** A character as a visible escape: `\x1b` below U+0100, `\u202e` above. */
function visible(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Output for a terminal: every unsafe character escaped; line feeds (the output's own
 * lines) and tabs kept.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Text from input that must stay on one line (a file name, a message): breaks escaped too. */
export function oneLine(text: string): string {
  return escapeForTerminal(
    text.replace(LINE_BREAK, (b) => (b === '\n' ? '\\n' : b === '\r' ? '\\r' : '\\r\\n')),
  );
}

/**
 * JSON text with the characters JSON.stringify leaves raw but a terminal would act on (DEL,
 * C1 controls, bidi controls, line separators) written as `\uXXXX`: the same JSON value.
 * They can only stand inside strings, where the escape means the same character.
 */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(
    UNSAFE,
    (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

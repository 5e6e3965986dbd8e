/**
 * Splitting on white space by hand: `text.split(/\s+/u).filter(Boolean)` without a regular
 * expression (the speaker analysis splits every clause before every attribution verb).
 */

/** Whether a UTF-16 code unit is white space as `\s` defines it (all of it is in the BMP). */
export function isWhiteSpace(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 9 && c <= 13)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff;
}

/** The runs of a text between white space: `text.split(/\s+/u).filter(Boolean)`. */
export function splitOnWhiteSpace(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWhiteSpace(text.charCodeAt(i))) {
      if (start >= 0) {
        out.push(text.slice(start, i));
        start = -1;
      }
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) {
    out.push(text.slice(start));
  }
  return out;
}

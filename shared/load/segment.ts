/**
 * Paragraph segmentation of plain text.
 *
 * Two conventions are in use for plain-text articles:
 * - blocks separated by blank lines (a block may hold several lines: a headline and its
 *   sub-headline, a quoted tweet), and
 * - one paragraph per line, when the file has no blank line between its first and last
 *   text lines at all.
 * A whitespace-only line counts as blank. Leading and trailing blank lines separate nothing.
 */

/** A paragraph's position in the (line-ending-normalised) text: half-open `[start, endExclusive)`. */
export interface TextSpan {
  /** Offset of the paragraph's first character. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly endExclusive: number;
}

/** Normalises CRLF and lone CR line endings to LF, the only line ending the engine handles. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Splits text (LF line endings) into paragraph spans.
 *
 * Law: for every span s, `text.slice(s.start, s.endExclusive)` contains no blank line (in
 * block mode) or no line break (in line mode), and spans are ordered and disjoint.
 */
export function paragraphSpans(text: string): ReadonlyArray<TextSpan> {
  const lines: { start: number; end: number; blank: boolean }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: offset, end: offset + line.length, blank: line.trim() === '' });
    offset += line.length + 1;
  }
  const first = lines.findIndex((l) => !l.blank);
  if (first === -1) {
    return [];
  }
  let last = lines.length - 1;
  while (lines[last]?.blank) {
    last--;
  }
  const inner = lines.slice(first, last + 1);
  const blockMode = inner.some((l) => l.blank);
  const spans: TextSpan[] = [];
  let blockStart: number | null = null;
  let blockEnd = 0;
  for (const line of inner) {
    if (line.blank) {
      if (blockStart !== null) {
        spans.push({ start: blockStart, endExclusive: blockEnd });
        blockStart = null;
      }
      continue;
    }
    if (!blockMode) {
      spans.push({ start: line.start, endExclusive: line.end });
      continue;
    }
    blockStart ??= line.start;
    blockEnd = line.end;
  }
  if (blockStart !== null) {
    spans.push({ start: blockStart, endExclusive: blockEnd });
  }
  return spans;
}

/** Splits text into paragraph strings, exactly as they stand in the (LF-normalised) text. */
export function splitParagraphs(text: string): ReadonlyArray<string> {
  const normalized = normalizeLineEndings(text);
  return paragraphSpans(normalized).map((s) => normalized.slice(s.start, s.endExclusive));
}

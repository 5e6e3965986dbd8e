/**
 * Text marking: a cell's text cut into plain and marked runs from its word diffs, the
 * pivot's with what others drop or reword struck, a compared cell's with what it adds or
 * rewords underlined. Joining the runs always gives the cell's text back.
 */
import type { DiffPart, Row } from '../model';
import { elide } from '../text/elide';
import { leadingStampLength } from '../load/metadata';

/** A run of cell text and how it is marked. */
export interface Segment {
  /**
   * `same`: plain text; `del`: missing or reworded in another outlet; `ins`: added or
   * reworded here; `stamp`: a date stamp the tool that saved the page put before the text
   * ("date 2022-02-18"), shown as furniture and never compared.
   */
  readonly kind: 'same' | 'del' | 'ins' | 'stamp';
  /** The exact text (line breaks kept). */
  readonly text: string;
}

/**
 * Marks the pivot's text: every phrase that at least one compared cell drops or rewords is a
 * `del` segment (the union over all cells' diffs). A diff whose base sides do not rebuild the
 * pivot text is ignored rather than mis-marking the text.
 */
export function markPivot(pivotText: string, row: Pick<Row, 'diffs'>): ReadonlyArray<Segment> {
  const ranges: [number, number][] = [];
  for (const diff of row.diffs) {
    if (diff.parts.map((p) => (p.kind === 'insert' ? '' : p.base)).join('') !== pivotText) {
      continue;
    }
    let offset = 0;
    for (const part of diff.parts) {
      if (part.kind === 'insert') {
        continue;
      }
      if (part.kind !== 'equal') {
        ranges.push([offset, offset + part.base.length]);
      }
      offset += part.base.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Union first: overlapping marks ("has been" from one cell, "been forced to admit" from
  // another) become one struck phrase, not two separated by a space.
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    pushSegment(out, 'same', pivotText.slice(at, start));
    pushMarked(out, 'del', pivotText.slice(start, end));
    at = end;
  }
  pushSegment(out, 'same', pivotText.slice(at));
  return withStamp(out);
}

/** What a date stamp is, for its tooltip. */
export const STAMP_TITLE =
  'Date stamp added when the page was saved: not part of the article, not compared';

/** A cell's text unmarked (its date stamp, if any, marked as such). */
export function plainSegments(text: string): ReadonlyArray<Segment> {
  return withStamp([{ kind: 'same', text }]);
}

/**
 * The segments with a leading date stamp in their first plain run cut out as a `stamp`
 * segment. The diff never marks a stamp (`compare.ts` keeps it out of the word diff), so
 * it always lies in a plain run.
 */
function withStamp(segments: Segment[]): Segment[] {
  const first = segments[0];
  const length = first?.kind === 'same' ? leadingStampLength(first.text) : 0;
  if (first === undefined || length === 0) {
    return segments;
  }
  const rest = first.text.slice(length);
  return [
    { kind: 'stamp', text: first.text.slice(0, length) },
    ...(rest === '' ? [] : [{ kind: 'same' as const, text: rest }]),
    ...segments.slice(1),
  ];
}

/**
 * Marks a compared cell's text from its diff: `equal` parts plain, `insert` and `replace`
 * parts as `ins`. Falls back to plain text when the other sides do not rebuild the cell.
 */
export function markOther(text: string, parts: ReadonlyArray<DiffPart>): ReadonlyArray<Segment> {
  if (parts.map((p) => (p.kind === 'delete' ? '' : p.other)).join('') !== text) {
    return plainSegments(text);
  }
  const out: Segment[] = [];
  for (const part of parts) {
    if (part.kind === 'equal') {
      pushSegment(out, 'same', part.other);
    } else if (part.kind !== 'delete') {
      pushMarked(out, 'ins', part.other);
    }
  }
  return withStamp(out);
}

/**
 * Marked text cut to its marks and `words` words of unmarked text on each side of them: a
 * longer unmarked stretch keeps its first and last `words` words around " … " (or only
 * those beside a mark, at either end; see {@link elide}); a date stamp is left out. Marks
 * are kept whole.
 *
 * Example (`words` 2): "The council met on Tuesday to <ins>shut</ins> the library after a
 * long review." → "… Tuesday to <ins>shut</ins> the library …".
 */
export function segmentsInContext(
  segments: ReadonlyArray<Segment>,
  words: number,
): ReadonlyArray<Segment> {
  const shown = segments.filter((s) => s.kind !== 'stamp');
  const out: Segment[] = [];
  shown.forEach((segment, i) => {
    const first = i === 0;
    const last = i === shown.length - 1;
    const text =
      segment.kind !== 'same' || (first && last)
        ? segment.text
        : elide(segment.text, first ? 0 : words, last ? 0 : words);
    pushSegment(out, segment.kind, text);
  });
  return out;
}

/** Pushes a marked run, leaving its leading and trailing whitespace unmarked. */
function pushMarked(out: Segment[], kind: 'del' | 'ins', text: string): void {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, lead = '', core = '', trail = ''] = match ?? [];
  pushSegment(out, 'same', lead);
  pushSegment(out, kind, core);
  pushSegment(out, 'same', trail);
}

/** Pushes a run, merging it into the previous one of the same kind; empty runs are dropped. */
function pushSegment(out: Segment[], kind: Segment['kind'], text: string): void {
  if (text === '') {
    return;
  }
  const last = out[out.length - 1];
  if (last && last.kind === kind) {
    out[out.length - 1] = { kind, text: last.text + text };
  } else {
    out.push({ kind, text });
  }
}

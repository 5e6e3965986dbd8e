/**
 * A word diff in wdiff's notation: `The [-cat-]{+dog+} sat`, deleted words in `[-…-]`,
 * inserted ones in `{+…+}`. The one writer of it: exact (the default) for the tests, which
 * check every space, and styled for the command line's summary (one line, the spaces outside
 * the brackets, long unchanged stretches elided).
 */
import type { DiffPart } from '../model';
import { elide } from '../text/elide';
import { assertNever } from '../util/assert';

/** How {@link wdiff} writes a diff. */
export interface WdiffStyle {
  /** Words of unchanged text kept on each side of a change, the rest elided with `…` (default: all). */
  readonly context?: number;
  /** Writes a piece of text (default: as it is; the summary flattens line breaks). */
  readonly text?: (text: string) => string;
  /** Moves the whitespace a change ends with after its bracket, so the brackets hug the words. */
  readonly hug?: boolean;
  /**
   * An unchanged part whose two sides differ (in what an option ignores, such as quote
   * style): `both` sides as `[=base|other=]` (default), or the `other` side only.
   */
  readonly equal?: 'both' | 'other';
}

/**
 * With the other side written for unchanged text: white space that only the other side has
 * at the end of an unchanged part ("Moon Hyung-bae " against "Moon Hyung-bae", before ", the
 * court's" is replaced by "said") goes to the start of the change after it, which is the other
 * side's too, so that the base's words are not written apart from their punctuation.
 */
function otherSpacesForward(parts: ReadonlyArray<DiffPart>): ReadonlyArray<DiffPart> {
  const out = [...parts];
  out.forEach((part, i) => {
    const next = out[i + 1];
    if (part.kind !== 'equal' || !next || (next.kind !== 'replace' && next.kind !== 'insert')) {
      return;
    }
    const otherSpace = /\s*$/u.exec(part.other)?.[0] ?? '';
    const baseSpace = /\s*$/u.exec(part.base)?.[0] ?? '';
    if (otherSpace.length > baseSpace.length && otherSpace.endsWith(baseSpace)) {
      const moved = otherSpace.slice(0, otherSpace.length - baseSpace.length);
      out[i] = { ...part, other: part.other.slice(0, part.other.length - moved.length) };
      out[i + 1] = { ...next, other: moved + next.other };
    }
  });
  return out;
}

/** The diff `parts` in wdiff's notation. */
export function wdiff(diffParts: ReadonlyArray<DiffPart>, style: WdiffStyle = {}): string {
  const parts = style.equal === 'other' ? otherSpacesForward(diffParts) : diffParts;
  const text = style.text ?? ((t: string) => t);
  const context = style.context ?? Infinity;
  const bracket = (open: string, changed: string, close: string): string => {
    const written = text(changed);
    const body = style.hug ? written.trimEnd() : written;
    return `${open}${body}${close}${written.slice(body.length)}`;
  };
  let out = '';
  parts.forEach((part, i) => {
    switch (part.kind) {
      case 'equal': {
        const same =
          style.equal === 'other'
            ? text(part.other)
            : part.base === part.other
              ? text(part.base)
              : `[=${text(part.base)}|${text(part.other)}=]`;
        out +=
          context === Infinity
            ? same
            : elide(same, i > 0 ? context : 0, i < parts.length - 1 ? context : 0);
        return;
      }
      case 'delete':
        out += bracket('[-', part.base, '-]');
        return;
      case 'insert':
        out += bracket('{+', part.other, '+}');
        return;
      case 'replace': {
        // The spaces between the two wordings are the inserted side's.
        const base = text(part.base);
        out += `[-${style.hug ? base.trimEnd() : base}-]${bracket('{+', part.other, '+}')}`;
        return;
      }
      default:
        assertNever(part, 'unknown diff part');
    }
  });
  return out;
}

/** Differences and rows in words, for the differences list and the presentation (pure). */
import type { Change, Difference, ViewRow } from '../shared/view-model/view-model';
import { paragraphNumber } from '../shared/view-model/display';

/** A changed phrase as the list shows it: struck-through and underlined words. */
export interface ChangePiece {
  /** Words of the other text missing or reworded here ('' for none). */
  readonly removed: string;
  /** Words added or reworded here ('' for none). */
  readonly added: string;
}

/** Changes listed per difference; the rest are counted. */
export const MAX_LISTED_CHANGES = 2;

/** Whether text carries a word (letters or digits), not just quotation marks or commas. */
const hasWord = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/**
 * A phrase without the quotation marks a word diff leaves dangling at its edges ("were “"
 * → "were"); the list marks phrases with <del>/<ins>, so no quotes of its own are added.
 */
export function cleanPhrase(text: string): string {
  return text
    .replace(/^[\s"'“”‘’,;:.]+/u, '')
    .replace(/[\s"'“”‘’,;:]+$/u, '')
    .replace(/\s+/gu, ' ');
}

/**
 * The changes worth listing: those with a word on either side (a change of a quotation mark
 * or a comma alone is visible in the comparison, but says nothing in a list).
 */
export function wordChanges(changes: ReadonlyArray<Change>): ReadonlyArray<ChangePiece> {
  return changes
    .map((c) => ({ removed: cleanPhrase(c.base), added: cleanPhrase(c.other) }))
    .filter((p) => hasWord(p.removed) || hasWord(p.added))
    .map((p) => ({
      removed: hasWord(p.removed) ? p.removed : '',
      added: hasWord(p.added) ? p.added : '',
    }));
}

/** A difference as a list item: whose it is, what kind, and what changed. */
export interface DifferenceLine {
  /** "reworded", "only in", "moved". */
  readonly what: string;
  /** The outlet concerned. */
  readonly who: string;
  /** Changed phrases (wording), the excerpt (only in), or nothing. */
  readonly pieces: ReadonlyArray<ChangePiece>;
  /** Plain text after the pieces: the excerpt, the move, "2 more changes". */
  readonly note: string;
}

/** Describes a difference for the list. */
export function describeDifference(d: Difference, name: (k: number) => string): DifferenceLine {
  switch (d.kind) {
    case 'wording': {
      const pieces = wordChanges(d.changes);
      const rest = pieces.length - MAX_LISTED_CHANGES;
      return {
        what: 'reworded',
        who: name(d.article),
        pieces: pieces.slice(0, MAX_LISTED_CHANGES),
        note:
          pieces.length === 0
            ? 'punctuation only'
            : rest > 0
              ? `and ${rest} more ${rest === 1 ? 'change' : 'changes'}`
              : '',
      };
    }
    case 'unique':
      return { what: 'only in', who: name(d.article), pieces: [], note: d.excerpt };
    case 'moved':
      return {
        what: 'moved',
        who: name(d.article),
        pieces: [],
        note: `paragraph ${paragraphNumber(d.move.paragraph)} of ${d.move.of} there`,
      };
  }
}

/**
 * What differs in a row among the outlets shown, in a line a class can read:
 * "reworded in #2, #3 · only in #4 · moved in #5 · not in #3".
 */
export function describeRow(
  row: ViewRow,
  differences: ReadonlyArray<Difference>,
  shown: ReadonlyArray<number>,
  name: (k: number) => string,
): string {
  /** "reworded in #2, #3": the outlets with a difference of this kind in the row, or ''. */
  const part = (kind: Difference['kind'], words: string): string => {
    const names = new Set(
      differences.filter((d) => d.row === row.index && d.kind === kind).map((d) => name(d.article)),
    );
    return names.size > 0 ? `${words} ${[...names].join(', ')}` : '';
  };
  const missing = shown.filter((k) => row.cells[k]?.role === 'empty').map(name);
  const parts = [
    part('wording', 'reworded in'),
    part('unique', 'only in'),
    part('moved', 'moved in'),
    missing.length && row.kind !== 'unique' ? `not in ${missing.join(', ')}` : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

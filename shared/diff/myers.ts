/**
 * Myers's O(ND) diff of two lists, exactly as jsdiff's `diffArrays` computes it: the same
 * search, the same choice between equally short edit scripts, so the same script (a law the
 * tests check against jsdiff). What it saves is jsdiff's work around the search: a path
 * object per step of the search, an object per edit and the slices of the lists it would
 * hold. A run of word diffs makes thousands of these searches.
 */

/** A run of the edit script: `count` items equal on both sides, added, or removed. */
export interface Edit {
  readonly kind: 'equal' | 'insert' | 'delete';
  readonly count: number;
}

/** An edit with the one before it on its path (a path's edits are linked back to front). */
interface PathEdit extends Edit {
  readonly previous: PathEdit | null;
}

/**
 * The shortest edit script from `a` to `b` (items compared with `===`), as runs of equal,
 * inserted (from `b`) and deleted (from `a`) items, in order; undefined when it takes more
 * than `maxEditLength` insertions and deletions.
 */
export function diffLists<T>(
  a: ReadonlyArray<T>,
  b: ReadonlyArray<T>,
  maxEditLength: number,
): ReadonlyArray<Edit> | undefined {
  const oldLen = a.length;
  const newLen = b.length;
  const maxEdits = Math.min(maxEditLength, oldLen + newLen);
  // The furthest path on each diagonal (d = position in `a` − position in `b`, offset by
  // `mid`): how far it reached in `a`, and its last edit. `undefined`: no path there (yet, or
  // any more); null: a path with no edit so far.
  const mid = maxEdits + 1;
  const reached = new Int32Array(2 * maxEdits + 3);
  const lastEdit: Array<PathEdit | null | undefined> = new Array<undefined>(2 * maxEdits + 3);
  let oldPos = -1;
  let newPos = -1;
  let edit: PathEdit | null = null;
  let equal = equalRun(a, b, oldPos, newPos);
  if (equal > 0) {
    oldPos += equal;
    newPos += equal;
    edit = { kind: 'equal', count: equal, previous: edit };
  }
  if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
    return script(edit);
  }
  reached[mid] = oldPos;
  lastEdit[mid] = edit;
  // Once a path reaches the end of `a` (of `b`), the diagonals beyond it need more edits.
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let edits = 1; edits <= maxEdits; edits++) {
    for (let d = Math.max(minDiagonal, -edits); d <= Math.min(maxDiagonal, edits); d += 2) {
      const removeAt = mid + d - 1;
      const addAt = mid + d + 1;
      const removePath = lastEdit[removeAt];
      const addPath = lastEdit[addAt];
      if (removePath !== undefined) {
        lastEdit[removeAt] = undefined;
      }
      const canAdd =
        addPath !== undefined &&
        (reached[addAt] as number) - d >= 0 &&
        (reached[addAt] as number) - d < newLen;
      const canRemove = removePath !== undefined && (reached[removeAt] as number) + 1 < oldLen;
      if (!canAdd && !canRemove) {
        lastEdit[mid + d] = undefined;
        continue;
      }
      // The path that reached further in `a` goes on (a tie: the one from below): from the
      // diagonal above by an insertion, from the one below by a deletion.
      if (!canRemove || (canAdd && (reached[removeAt] as number) < (reached[addAt] as number))) {
        oldPos = reached[addAt] as number;
        edit = extended(addPath as PathEdit | null, 'insert');
      } else {
        oldPos = (reached[removeAt] as number) + 1;
        edit = extended(removePath as PathEdit | null, 'delete');
      }
      newPos = oldPos - d;
      equal = equalRun(a, b, oldPos, newPos);
      if (equal > 0) {
        oldPos += equal;
        newPos += equal;
        edit = { kind: 'equal', count: equal, previous: edit };
      }
      if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
        return script(edit);
      }
      reached[mid + d] = oldPos;
      lastEdit[mid + d] = edit;
      if (oldPos + 1 >= oldLen) {
        maxDiagonal = Math.min(maxDiagonal, d - 1);
      }
      if (newPos + 1 >= newLen) {
        minDiagonal = Math.max(minDiagonal, d + 1);
      }
    }
  }
  return undefined;
}

/** How many items are equal in `a` after `oldPos` and in `b` after `newPos`. */
function equalRun<T>(
  a: ReadonlyArray<T>,
  b: ReadonlyArray<T>,
  oldPos: number,
  newPos: number,
): number {
  let count = 0;
  while (
    oldPos + count + 1 < a.length &&
    newPos + count + 1 < b.length &&
    a[oldPos + count + 1] === b[newPos + count + 1]
  ) {
    count++;
  }
  return count;
}

/** A path's edits with one more insertion or deletion (joined to its last edit if alike). */
function extended(last: PathEdit | null, kind: 'insert' | 'delete'): PathEdit {
  return last !== null && last.kind === kind
    ? { kind, count: last.count + 1, previous: last.previous }
    : { kind, count: 1, previous: last };
}

/** A path's edits in order. */
function script(last: PathEdit | null): ReadonlyArray<Edit> {
  const edits: Edit[] = [];
  for (let edit = last; edit !== null; edit = edit.previous) {
    edits.push(edit);
  }
  return edits.reverse();
}

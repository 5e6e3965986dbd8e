import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../util/random';
import { diffLists, type Edit } from './myers';

/** jsdiff's `diffArrays` as runs of equal, inserted and deleted items. */
function jsdiff<T>(
  a: ReadonlyArray<T>,
  b: ReadonlyArray<T>,
  maxEditLength: number,
): ReadonlyArray<Edit> | undefined {
  return diffArrays(a as T[], b as T[], { maxEditLength })?.map((c) => ({
    kind: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    count: c.count,
  }));
}

const plain = (edits: ReadonlyArray<Edit> | undefined) =>
  edits?.map((e) => ({ kind: e.kind, count: e.count }));

describe('diffLists', () => {
  it('should give the edit script jsdiff gives, tie for tie, and give up where it does', () => {
    const next = mulberry32(15);
    for (let n = 0; n < 3000; n++) {
      const letters = 1 + Math.floor(next() * 6);
      const list = (length: number) =>
        Array.from({ length }, () => 'abcdef'[Math.floor(next() * letters)] as string);
      const a = list(Math.floor(next() * 25));
      // Often a variant of `a` (as two outlets' paragraphs are), else another list.
      const b =
        next() < 0.5
          ? a.flatMap((x) => (next() < 0.2 ? [] : next() < 0.2 ? [x, 'z'] : [x]))
          : list(Math.floor(next() * 25));
      const max = next() < 0.3 ? Math.floor(next() * 10) : 4000;
      expect(plain(diffLists(a, b, max))).toEqual(jsdiff(a, b, max));
    }
  });

  it('should cover both lists, in order', () => {
    expect(plain(diffLists(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'], 10))).toEqual([
      { kind: 'equal', count: 1 },
      { kind: 'delete', count: 1 },
      { kind: 'insert', count: 1 },
      { kind: 'equal', count: 2 },
      { kind: 'insert', count: 1 },
    ]);
    expect(diffLists([], [], 10)).toEqual([]);
    expect(plain(diffLists(['a'], [], 10))).toEqual([{ kind: 'delete', count: 1 }]);
    expect(diffLists(['a', 'b'], ['c', 'd'], 3)).toBeUndefined();
  });
});

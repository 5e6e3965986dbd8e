import { describe, expect, it } from 'vitest';
import type { DiffPart, Row } from '../model';
import { withIndices } from '../testing/indices';
import { markOther, markPivot, type Segment } from './segments';

/** Segments as one readable line: "The <del>cat</del> sat". */
function show(segments: ReadonlyArray<Segment>): string {
  return segments
    .map((s) => (s.kind === 'same' ? s.text : `<${s.kind}>${s.text}</${s.kind}>`))
    .join('');
}

function sharedRow(diffs: ReadonlyArray<ReadonlyArray<DiffPart>>): Row {
  return withIndices<Row>({
    kind: 'shared',
    cells: [[0], ...diffs.map(() => [0])],
    moved: [],
    similarity: 0.5,
    confidence: 0.5,
    manual: false,
    pivot: 0,
    diffs: diffs.map((parts, i) => ({ article: i + 1, parts, sameness: 0.5 })),
  });
}

describe('markPivot', () => {
  it('should strike what any compared cell deletes or replaces, never inserts', () => {
    const row = sharedRow([
      [
        { kind: 'equal', base: 'The ', other: 'The ' },
        { kind: 'replace', base: 'cat', other: 'dog' },
        { kind: 'equal', base: ' sat on the mat', other: ' sat on the mat' },
        { kind: 'insert', other: ' today' },
      ],
      [
        { kind: 'equal', base: 'The cat sat ', other: 'The cat sat ' },
        { kind: 'delete', base: 'on the mat' },
      ],
    ]);
    expect(show(markPivot('The cat sat on the mat', row))).toBe(
      'The <del>cat</del> sat <del>on the mat</del>',
    );
  });

  it('should merge overlapping marks and keep edge whitespace unmarked', () => {
    const row = sharedRow([
      [
        { kind: 'delete', base: 'a b ' },
        { kind: 'equal', base: 'c d', other: 'c d' },
      ],
      [
        { kind: 'equal', base: 'a ', other: 'a ' },
        { kind: 'delete', base: 'b c ' },
        { kind: 'equal', base: 'd', other: 'd' },
      ],
    ]);
    expect(show(markPivot('a b c d', row))).toBe('<del>a b c</del> d');
  });

  it('should ignore a diff that does not rebuild the pivot text', () => {
    const row = sharedRow([[{ kind: 'delete', base: 'something else' }]]);
    expect(show(markPivot('The cat', row))).toBe('The cat');
  });
});

describe('markOther', () => {
  it('should underline inserted and replacing phrases only', () => {
    const parts: DiffPart[] = [
      { kind: 'insert', other: 'Today ' },
      { kind: 'equal', base: 'the ', other: 'the ' },
      { kind: 'replace', base: 'cat', other: 'dog' },
      { kind: 'delete', base: ' quietly' },
      { kind: 'equal', base: ' sat\n\nThen', other: ' sat\n\nThen' },
    ];
    expect(show(markOther('Today the dog sat\n\nThen', parts))).toBe(
      '<ins>Today</ins> the <ins>dog</ins> sat\n\nThen',
    );
  });

  it('should fall back to plain text when the parts do not rebuild the cell', () => {
    expect(show(markOther('The dog', [{ kind: 'insert', other: 'A cat' }]))).toBe('The dog');
  });
});

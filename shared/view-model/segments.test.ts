import { describe, expect, it } from 'vitest';
import type { DiffPart, Row } from '../model';
import { withIndices } from '../testing/indices';
import { markOther, markPivot, plainSegments, segmentsInContext, type Segment } from './segments';

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

describe('date stamps', () => {
  const stamp = ' date 2022-02-18 ';
  const rest = 'The cat sat on the mat';

  it('should mark the stamp of a pivot, a compared cell and a plain cell as furniture', () => {
    const parts: DiffPart[] = [
      { kind: 'equal', base: stamp, other: 'date 2022-02-17 ' },
      { kind: 'equal', base: 'The ', other: 'The ' },
      { kind: 'replace', base: 'cat', other: 'dog' },
      { kind: 'equal', base: ' sat on the mat', other: ' sat on the mat' },
    ];
    expect(show(markPivot(stamp + rest, sharedRow([parts])))).toBe(
      '<stamp> date 2022-02-18 </stamp>The <del>cat</del> sat on the mat',
    );
    expect(show(markOther('date 2022-02-17 The dog sat on the mat', parts))).toBe(
      '<stamp>date 2022-02-17 </stamp>The <ins>dog</ins> sat on the mat',
    );
    expect(show(plainSegments(stamp + rest))).toBe(`<stamp>${stamp}</stamp>${rest}`);
  });

  it('should leave text without a stamp, or with a date later on, as it was', () => {
    expect(plainSegments(rest)).toEqual([{ kind: 'same', text: rest }]);
    const dated = 'Published on 2022-02-18, the report said';
    expect(plainSegments(dated)).toEqual([{ kind: 'same', text: dated }]);
    expect(show(plainSegments('date 2022-02-18'))).toBe('<stamp>date 2022-02-18</stamp>');
  });
});

describe('segmentsInContext', () => {
  const marked = markOther('The council met on Tuesday to shut the library after a long review.', [
    {
      kind: 'equal',
      base: 'The council met on Tuesday to ',
      other: 'The council met on Tuesday to ',
    },
    { kind: 'replace', base: 'close', other: 'shut' },
    {
      kind: 'equal',
      base: ' the library after a long review.',
      other: ' the library after a long review.',
    },
  ]);

  it('should keep the marks whole with a few words of their sentence on each side', () => {
    expect(show(segmentsInContext(marked, 2))).toBe('… Tuesday to <ins>shut</ins> the library …');
    // Short stretches stay whole.
    expect(show(segmentsInContext(marked, 6))).toBe(show(marked));
  });

  it('should cut a long stretch between two marks in its middle', () => {
    const two: ReadonlyArray<Segment> = [
      { kind: 'ins', text: 'Banners' },
      { kind: 'same', text: ' were seen at the town hall all day long on ' },
      { kind: 'ins', text: 'Friday' },
    ];
    expect(show(segmentsInContext(two, 2))).toBe(
      '<ins>Banners</ins> were seen … long on <ins>Friday</ins>',
    );
    expect(show(segmentsInContext(two, 5))).toBe(show(two));
  });

  it('should leave out a date stamp, and leave unmarked text whole', () => {
    const stamped: ReadonlyArray<Segment> = [
      { kind: 'stamp', text: 'date 2022-02-18 ' },
      { kind: 'same', text: 'one two three four ' },
      { kind: 'ins', text: 'five' },
    ];
    expect(show(segmentsInContext(stamped, 2))).toBe('… three four <ins>five</ins>');
    expect(show(segmentsInContext([{ kind: 'same', text: 'one two three four' }], 1))).toBe(
      'one two three four',
    );
  });

  it('should not put an ellipsis in place of a single word', () => {
    const short: ReadonlyArray<Segment> = [
      { kind: 'same', text: 'one two three ' },
      { kind: 'ins', text: 'four' },
    ];
    expect(show(segmentsInContext(short, 2))).toBe(show(short));
  });
});

import { describe, expect, it } from 'vitest';
import { articleIndex, paraIndex, type Comparison } from '../model';
import { moveParagraphToRow } from './alignment-edits';
import { rowAnchor } from './anchors';
import { codingsCsv } from './codings-csv';
import { compareProject } from './compare-project';
import { addCode, addNote, applyCode, setBase, setDetails } from './edits';
import { annotatedProject, bridgeProject, itemsOf, ok, T0 } from '../testing/project';
import type { ParagraphRef, Project } from './types';
import { buildViewModel } from '../view-model/view-model';

/** Reads CSV text per RFC 4180 (for the tests: checks the structure, not just the bytes). */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      throw new Error(`unquoted ${JSON.stringify(ch)} at ${i}`);
    }
  }
  expect(field).toBe('');
  expect(record).toEqual([]);
  return records;
}

const rowOf = (c: Comparison, { article, paragraph }: ParagraphRef): number =>
  c.rows.findIndex((r) => r.cells[article]?.includes(paraIndex(paragraph)));

/** The columns before the difference number came: a script may read them by position. */
const EARLIER_HEADER = [
  'story',
  'row',
  'item',
  'outlets',
  'code',
  'note',
  'The Herald',
  'Courier',
  'gazette.txt',
];

const HEADER = [...EARLIER_HEADER, 'difference'];

describe('codingsCsv', () => {
  it('should write one line per code applied, with the notes and each side', () => {
    const project = annotatedProject();
    const c = compareProject(project);
    const text = codingsCsv(project, c, itemsOf(project, c), { bom: false });
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...lines] = readCsv(text);
    expect(header).toEqual(HEADER);
    const row = c.rows[1]!;
    // The difference's number, as the app and the report show it.
    const difference = buildViewModel(c).differences.find(
      (d) => d.kind === 'wording' && d.row === 1 && d.article === 1,
    );
    expect(difference).toBeDefined();
    expect(lines).toEqual([
      [
        'Bridge vote',
        '2',
        'row',
        'The Herald; Courier; gazette.txt',
        'Framing',
        'All three lead with the vote.',
        c.articles[0]!.paragraphs[row.cells[0]![0]!]!.text,
        c.articles[1]!.paragraphs[row.cells[1]![0]!]!.text,
        c.articles[2]!.paragraphs[row.cells[2]![0]!]!.text,
        '',
      ],
      // The difference: the codebook's order (Framing, then Figure), its note on each line.
      ...['Framing', 'Figure'].map((code) => [
        'Bridge vote',
        '2',
        'difference',
        'The Herald; Courier',
        code,
        'Forced to admit: loaded.',
        'The council approved the new',
        'Councillors backed the',
        '',
        String(difference?.id),
      ]),
    ]);
  });

  it("should trim the ends of a difference's words, keeping the spaces inside", () => {
    const project = annotatedProject();
    const c = compareProject(project);
    const items = itemsOf(project, c).map((item) =>
      item.target.kind === 'difference'
        ? {
            ...item,
            target: {
              ...item.target,
              sides: [
                { ...item.target.sides[0], text: 'now-former ' },
                { ...item.target.sides[1], text: ' now  a former\u00a0' },
              ] as const,
            },
          }
        : item,
    );
    const [, ...lines] = readCsv(codingsCsv(project, c, items, { bom: false }));
    const onDifference = lines.find((l) => l[2] === 'difference');
    expect(onDifference?.slice(6, 8)).toEqual(['now-former', 'now  a former']);
  });

  it('should keep every column of earlier versions at its place, the difference number last', () => {
    // A script reading the columns by position (R's df[, 5] for the code, df[, 7] for the
    // first outlet) finds them where it did before the number came.
    const project = annotatedProject();
    const c = compareProject(project);
    const lines = readCsv(codingsCsv(project, c, itemsOf(project, c), { bom: false }));
    expect(lines[0]?.slice(0, EARLIER_HEADER.length)).toEqual(EARLIER_HEADER);
    expect(lines[0]?.at(-1)).toBe('difference');
    const onDifference = lines.find((l) => l[2] === 'difference');
    expect(onDifference?.[4]).toBe('Framing');
    expect(onDifference?.[6]).toBe('The council approved the new');
    expect(onDifference?.at(-1)).toMatch(/^\d+$/u);
  });

  it('should write notes without a code as lines with an empty code, and start with a BOM', () => {
    let project = bridgeProject();
    const c = compareProject(project);
    project = ok(addNote(project, rowAnchor(c, 4)!, 'Only two report the mayor.', T0)).project;
    project = ok(
      addNote(project, rowAnchor(c, 4)!, 'Herald first.', '2025-03-04T09:00:00.000Z'),
    ).project;
    const text = codingsCsv(project, c, itemsOf(project, c));
    expect(text.startsWith('\uFEFF"story"')).toBe(true);
    expect(readCsv(text.slice(1))).toEqual([
      [
        'story',
        'row',
        'item',
        'outlets',
        'code',
        'note',
        'herald.txt',
        'courier.txt',
        'gazette.txt',
        'difference',
      ],
      [
        'Bridge vote',
        '5',
        'row',
        'herald.txt; courier.txt',
        '',
        'Herald first.\n\nOnly two report the mayor.',
        'The mayor said the vote was a victory for the city.',
        'A victory for the whole city, the mayor said of the vote.',
        '',
        '',
      ],
    ]);
  });

  it('should name an unnamed story as its report does, not by an article about another story', () => {
    const named = ok(
      addNote(bridgeProject(), rowAnchor(compareProject(bridgeProject()), 0)!, 'Lead.', T0),
    ).project;
    const titles = [
      { title: 'herald', titleSource: 'file-name' },
      { title: 'Another story altogether', titleSource: 'text' },
      { title: 'Bridge approved', titleSource: 'text' },
    ] as const;
    const project: Project = {
      ...named,
      story: '',
      articles: named.articles.map((a, k) => ({ ...a, detected: { ...a.detected, ...titles[k] } })),
    };
    // The second article is about another story (as the engine may judge it).
    const comparison: Comparison = { ...compareProject(project), offTopic: [articleIndex(1)] };
    const rows = readCsv(
      codingsCsv(project, comparison, itemsOf(project, comparison), { bom: false }),
    );
    expect(rows[1]?.[0]).toBe('Bridge approved');
  });

  it('should number rows as they stand now (after a base change or a correction)', () => {
    let project = annotatedProject();
    project = ok(setBase(project, 1)).project;
    const c = compareProject(project);
    const lines = readCsv(codingsCsv(project, c, itemsOf(project, c), { bom: false })).slice(1);
    expect(lines.map((l) => l[1])).toEqual(
      Array(3).fill(String(rowOf(c, { article: 0, paragraph: 0 }) + 1)),
    );
    const moved = ok(
      moveParagraphToRow(
        project,
        c,
        { article: 2, paragraph: 0 },
        rowOf(c, { article: 0, paragraph: 3 }),
      ),
    ).project;
    const after = compareProject(moved);
    const row = readCsv(codingsCsv(moved, after, itemsOf(moved, after), { bom: false }))[1]!;
    expect(row[3]).toBe('The Herald; Courier');
    expect(row[8]).toBe('');
  });

  it('should keep hostile text as data: quotes, commas, line breaks and formulas', () => {
    let project: Project = bridgeProject();
    project = ok(
      setDetails(project, 0, { outlet: '=HYPERLINK("http://x.example","click")' }),
    ).project;
    project = ok(setDetails(project, 1, { outlet: 'Courier, "the"' })).project;
    const c = compareProject(project);
    const code = ok(addCode(project, { name: '@SUM(A1:A9)', colour: '#000000' }));
    project = ok(applyCode(code.project, code.id, rowAnchor(c, 1)!, T0)).project;
    project = ok(addNote(project, rowAnchor(c, 1)!, '-2+3\r\n"quoted", and more', T0)).project;
    const text = codingsCsv(project, c, itemsOf(project, c), { bom: false });
    const [header, line] = readCsv(text);
    expect(header!.slice(6, -1)).toEqual([
      `'=HYPERLINK("http://x.example","click")`,
      'Courier, "the"',
      'gazette.txt',
    ]);
    expect(line!.slice(3, 6)).toEqual([
      `'=HYPERLINK("http://x.example","click"); Courier, "the"; gazette.txt`,
      "'@SUM(A1:A9)",
      `'-2+3\r\n"quoted", and more`,
    ]);
  });
});

describe('codingsCsv fields', () => {
  const project = bridgeProject();
  const comparison = compareProject(project);
  /** The note field of the one line a project with this note gives, as written. */
  const noteField = (note: string): string => {
    const annotated = ok(addNote(project, rowAnchor(comparison, 0)!, note, T0)).project;
    const line =
      codingsCsv(annotated, comparison, itemsOf(annotated, comparison), { bom: false }).split(
        '\r\n',
      )[1] ?? '';
    // story, row, item, outlets and an empty code come first.
    const before = /^(?:"(?:[^"]|"")*",){4}"",/u.exec(line)?.[0] ?? '';
    expect(before).not.toBe('');
    return line.slice(before.length, line.indexOf('","', before.length) + 1);
  };

  it('should quote every field and double its quotes', () => {
    expect(noteField('plain')).toBe('"plain"');
    expect(noteField('say "no", twice\nthen')).toBe('"say ""no"", twice\nthen"');
  });

  it('should defuse what a spreadsheet would run as a formula (OWASP)', () => {
    for (const formula of [
      '=1+1',
      '+1',
      '-1',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '\n1',
      ' =1',
      '\u00a0+1',
      '＝1',
      '＋1',
      '－1',
      '＠A',
    ]) {
      expect(noteField(formula)).toBe(`"'${formula}"`);
    }
    for (const text of ['a=1', 'e-mail', '1-2', "'quoted'", 'x @ y']) {
      expect(noteField(text)).toBe(`"${text}"`);
    }
  });
});

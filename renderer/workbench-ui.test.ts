import { describe, expect, it } from 'vitest';
import { compareArticles } from '../shared/compare';
import { rowIndex, type Article } from '../shared/model';
import { SAMPLE_ARTICLES } from '../shared/testing/sample-articles';
import { compareProject } from '../shared/project/compare-project';
import { annotatedProject, itemsOf } from '../shared/testing/project';
import { DIFFERENCE_NO_LONGER_FOUND } from '../shared/view-model/display';
import { buildViewModel } from '../shared/view-model/view-model';
import { annotationTargets, groupedTargets, itemOfTarget } from './components/AnnotateDialog';
import { differenceLabel } from './components/AnnotationStrip';
import { detailsChange } from './components/DetailsForm';
import { filterItems } from './components/NotesPanel';
import { isProjectFile, MAX_PROJECT_BYTES } from '../shared/ipc';
import { readProjectFile } from './api/web-api';
import { openedProject, splitProjectFiles } from './load';
import { codesFileName, projectFileName } from './report-file';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('the details form', () => {
  const detected = { outlet: null, title: 'Bridge approved', date: '2025-03-04', url: null };
  it('should set what differs from the detected values, and say none for an emptied field', () => {
    const values = { outlet: 'The Herald', title: 'Bridge approved', date: '', url: '' };
    expect(detailsChange(values, detected, {})).toEqual({
      set: { outlet: 'The Herald', date: null },
      reset: [],
    });
  });

  it('should forget the user value a field was brought back to', () => {
    const values = { outlet: '', title: 'Bridge approved', date: '2025-03-04', url: '' };
    expect(detailsChange(values, detected, { outlet: 'X', date: '2025-01-01' })).toEqual({
      set: {},
      reset: ['outlet', 'date'],
    });
  });
});

describe('the notes and codes of a row', () => {
  const project = annotatedProject();
  const comparison = compareProject(project);
  const items = itemsOf(project, comparison);
  const view = buildViewModel(comparison);
  const name = (k: number): string => `#${k + 1}`;

  it('should offer the row and each of its differences, and find what is on each', () => {
    const difference = items.find((i) => i.target.kind === 'difference');
    const row = difference?.row ?? rowIndex(0);
    const targets = annotationTargets(comparison, row, name, view);
    expect(targets[0]).toMatchObject({
      key: 'row',
      label: `The whole row ${row + 1}`,
      group: null,
    });
    const key = `${difference?.part?.article}:${difference?.part?.index}`;
    const target = targets.find((t) => t.key === key);
    // The difference by its words, under its cell's outlet and the number the differences
    // list gives the cell's rewording.
    const number = view.differences.find(
      (d) => d.kind === 'wording' && d.row === row && d.article === difference?.part?.article,
    )?.id;
    expect(number).toBeGreaterThan(0);
    expect(target?.label).toMatch(/^“.*”/u);
    expect(target?.group).toBe(`#${(difference?.part?.article ?? 0) + 1}: difference ${number}`);
    const rowItems = items.filter((i) => i.row === row);
    expect(itemOfTarget(rowItems, key)).toBe(difference);
    expect(annotationTargets(comparison, rowIndex(comparison.rows.length), name, view)).toEqual([]);
  });

  it("should list a cell's phrases apart, by their words, under its one number", () => {
    // A cell reworded in several phrases is one difference: its phrases are told apart by
    // their words and share one group naming the number.
    const c = compareArticles(SAMPLE_ARTICLES);
    const v = buildViewModel(c);
    const found = c.rows.flatMap((row, r) =>
      row.diffs
        .filter((d) => d.parts.filter((p) => p.kind !== 'equal').length >= 2)
        .map((d) => ({ r: rowIndex(r), article: d.article })),
    )[0];
    expect(found).toBeDefined();
    const { r, article } = found!;
    const number = v.differences.find(
      (d) => d.kind === 'wording' && d.row === r && d.article === article,
    )?.id;
    const targets = annotationTargets(c, r, name, v);
    const phrases = targets.filter((t) => t.key.startsWith(`${article}:`));
    expect(phrases.length).toBeGreaterThanOrEqual(2);
    expect(new Set(phrases.map((t) => t.label)).size).toBe(phrases.length);
    expect(phrases.map((t) => t.label).join(' ')).not.toMatch(/difference/u);
    expect(new Set(phrases.map((t) => t.group))).toEqual(
      new Set([`#${article + 1}: difference ${number}`]),
    );
    // Shown as one <optgroup> per cell, the row's choice on its own.
    const runs = groupedTargets(targets);
    expect(runs[0]).toEqual({ group: null, targets: [targets[0]] });
    expect(runs.filter((g) => g.group === `#${article + 1}: difference ${number}`)).toEqual([
      { group: `#${article + 1}: difference ${number}`, targets: phrases },
    ]);
    expect(runs.flatMap((g) => g.targets)).toEqual(targets);
  });

  it('should name a change of punctuation by its marks, not as a speck in quotation marks', () => {
    const told = (text: string, file: string): Article => ({
      file,
      title: file,
      titleSource: 'text',
      outlet: null,
      date: null,
      paragraphs: [
        {
          text: 'The council approved the new bridge over the river on Tuesday.',
          boilerplate: null,
        },
        { text, boilerplate: null },
      ],
    });
    const c = compareArticles([
      told('The mayor said the vote was close, and the work starts in May.', 'a.txt'),
      told('The mayor said the vote was close; and the work starts in May!', 'b.txt'),
    ]);
    const r = c.rows.findIndex((row) =>
      row.diffs.some((d) => d.parts.some((p) => p.kind !== 'equal')),
    );
    expect(r).toBeGreaterThanOrEqual(0);
    const labels = annotationTargets(c, rowIndex(r), name, buildViewModel(c))
      .slice(1)
      .map((t) => t.label);
    expect(labels).toContain('comma → semicolon');
    expect(labels).toContain('full stop → exclamation mark');
  });

  it('should name a noted difference by its number and its words, or say it is no longer found', () => {
    const difference = items.find((i) => i.target.kind === 'difference')!;
    const number = view.differences.find(
      (d) =>
        d.kind === 'wording' && d.row === difference.row && d.article === difference.part?.article,
    )?.id;
    expect(difference.difference).toBe(number);
    expect(differenceLabel(difference, name)).toMatch(
      new RegExp(`^difference ${number}, “[^”]+” \\(#1\\) / “[^”]+” \\(#2\\)$`, 'u'),
    );
    expect(differenceLabel({ ...difference, difference: null }, name)).toMatch(
      new RegExp(`^${DIFFERENCE_NO_LONGER_FOUND}, “[^”]+” \\(#1\\)`, 'u'),
    );
    expect(
      differenceLabel(
        items.find((i) => i.target.kind === 'row')!,
        name,
      ),
    ).toBeNull();
    // The Notes tab finds it by its number too.
    expect(filterItems(items, { kind: 'all', code: '', text: `difference ${number}` })).toEqual([
      difference,
    ]);
  });

  it('should filter by kind, code and words', () => {
    const framing = project.codebook.find((c) => c.name === 'Framing')?.id ?? '';
    const figure = project.codebook.find((c) => c.name === 'Figure')?.id ?? '';
    expect(filterItems(items, { kind: 'all', code: '', text: '' })).toHaveLength(2);
    expect(filterItems(items, { kind: 'all', code: figure, text: '' })).toHaveLength(1);
    expect(filterItems(items, { kind: 'all', code: framing, text: '' })).toHaveLength(2);
    expect(filterItems(items, { kind: 'notes', code: '', text: 'LEAD WITH' })).toHaveLength(1);
    expect(filterItems(items, { kind: 'codes', code: '', text: 'nothing like this' })).toEqual([]);
  });
});

describe('project files', () => {
  it('should know a project among dropped files by its name and its first bytes', () => {
    const project = {
      file: 'bridge.news-compare.json',
      bytes: bytes('{\n  "format": "news-compare-project",'),
    };
    const lexicon = { file: 'verbs.json', bytes: bytes('{"verbs":{}}') };
    const article = { file: 'herald.txt', bytes: bytes('"news-compare-project"') };
    expect([project, lexicon, article].map((f) => isProjectFile(f.file, f.bytes))).toEqual([
      true,
      false,
      false,
    ]);
    const split = splitProjectFiles({ files: [article, project], unreadable: [] });
    expect(split.projects).toEqual([
      {
        ok: true,
        file: 'bridge.news-compare.json',
        name: 'bridge.news-compare.json',
        text: '{\n  "format": "news-compare-project",',
      },
    ]);
    expect(split.articles.files).toEqual([article]);
  });

  it('should refuse a dropped project over the size limit, as web mode refuses one it opens', () => {
    const head = bytes('{\n  "format": "news-compare-project",');
    const large = new Uint8Array(MAX_PROJECT_BYTES + 1);
    large.set(head);
    const split = splitProjectFiles({
      files: [{ file: '/home/me/huge.news-compare.json', bytes: large }],
      unreadable: [],
    });
    expect(split.projects).toEqual([
      {
        ok: false,
        file: '/home/me/huge.news-compare.json',
        message: 'huge.news-compare.json: the file is over the 192.0 MiB limit for a project.',
      },
    ]);
  });

  it('should say the same of a project that is not UTF-8, dropped or opened', async () => {
    const damaged = new Uint8Array([
      ...bytes('{"format": "news-compare-project", "story": "'),
      0xff,
    ]);
    const message =
      'cut.news-compare.json: the project is not UTF-8 text: the file is damaged or not a project.';
    expect(openedProject('/home/me/cut.news-compare.json', damaged, 'f3')).toEqual({
      ok: false,
      file: '/home/me/cut.news-compare.json',
      message,
    });
    expect(await readProjectFile(new File([damaged], 'cut.news-compare.json'))).toEqual({
      ok: false,
      file: 'cut.news-compare.json',
      message,
    });
    expect(openedProject('/home/me/a.json', bytes('{}'), 'f3')).toEqual({
      ok: true,
      file: '/home/me/a.json',
      name: 'a.json',
      text: '{}',
      id: 'f3',
    });
  });

  it('should name saved projects and codes after the story', () => {
    expect(projectFileName('Bridge vote: the council decides')).toBe(
      'bridge-vote-the-council-decides.news-compare.json',
    );
    expect(codesFileName('')).toBe('news-comparison-codes.csv');
  });
});

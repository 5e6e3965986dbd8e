/**
 * The CLI on projects, run as a subprocess: `--save` then `--project` without the source
 * files, a manual link written by hand, damaged and newer projects, details files, and the
 * notes and codes in the JSON, the report, the summary and `--codes-csv`.
 */
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareProject } from '../shared/project/compare-project';
import {
  addCode,
  addNote,
  applyCode,
  differenceAnchor,
  parseProject,
  rowAnchor,
  serializeProject,
  type Project,
} from '../shared/project';
import { paraIndex } from '../shared/model';
import type { JsonDocument } from './json';
import { runCli } from './run-cli';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = readdirSync(join(ROOT, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .slice(0, 4);

const run = (args: ReadonlyArray<string>) => runCli(args);

function ok<T>(result: { ok: true; project: T } | { ok: false; message: string }): T {
  if (!result.ok) {
    throw new Error(result.message);
  }
  return result.project;
}

let tmp = '';
/** A project saved from copies of four seeds, the copies since removed. */
let saved = '';
/** The JSON of the comparison of those copies, before they were removed. */
let before: JsonDocument;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'compare-project-'));
  const copies = SEEDS.map((name) => {
    const copy = join(tmp, name);
    copyFileSync(join(ROOT, 'seeds', name), copy);
    return copy;
  });
  saved = join(tmp, 'story.news-compare.json');
  const made = await run(['--save', saved, '--json', ...copies]);
  expect(made.code).toBe(0);
  expect(made.stderr).toContain(`project written to ${saved}`);
  before = JSON.parse(made.stdout) as JsonDocument;
  for (const copy of copies) {
    rmSync(copy);
  }
}, 60_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function readSaved(): Project {
  return ok(parseProject(readFileSync(saved, 'utf8'), saved));
}

describe('compare --save and --project', () => {
  it('should reopen a project without its source files and give the same rows', async () => {
    const reopened = await run(['--project', saved, '--json']);
    expect(reopened.code).toBe(0);
    const after = JSON.parse(reopened.stdout) as JsonDocument;
    expect(after.rows).toEqual(before.rows);
    expect(after.links).toEqual(before.links);
    expect(after.articles.map((a) => a.file)).toEqual(before.articles.map((a) => a.file));
    expect(after.notes).toEqual([]);
  }, 60_000);

  it('should honour a manual link written by hand in the project file', async () => {
    const project = readSaved();
    const comparison = compareProject(project);
    // Two paragraphs of articles 0 and 1 (neither boilerplate) that the engine left apart.
    const rowOf = (k: number, p: number): number =>
      comparison.rows.findIndex((r) => r.cells[k]?.includes(paraIndex(p)));
    const free = (k: number): number[] =>
      (project.articles[k]?.paragraphs ?? []).flatMap((p, i) =>
        p.boilerplate === null ? [i] : [],
      );
    let pair: [number, number] | null = null;
    for (const p of free(0)) {
      const q = free(1).find((q) => rowOf(0, p) !== rowOf(1, q));
      if (q !== undefined) {
        pair = [p, q];
        break;
      }
    }
    if (pair === null) {
      throw new Error('every two paragraphs already share a row');
    }
    const json = JSON.parse(readFileSync(saved, 'utf8')) as {
      manual: { links: unknown[] };
    };
    json.manual.links.push({ a: 0, paragraphA: pair[0], b: 1, paragraphB: pair[1] });
    const edited = join(tmp, 'edited.news-compare.json');
    writeFileSync(edited, JSON.stringify(json, null, 2));
    const result = await run(['--project', edited, '--json']);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as JsonDocument;
    const row = doc.rows.find((r) => r.cells[0]?.includes(pair[0]));
    expect(row?.cells[1]).toContain(pair[1]);
    expect(row?.manual).toBe(true);
    expect(doc.links).toContainEqual({
      a: 0,
      paragraphA: pair[0],
      b: 1,
      paragraphB: pair[1],
      confidence: 1,
      manual: true,
    });
    // The summary says the row was corrected; so does the report.
    const report = join(tmp, 'edited.html');
    const summary = await run(['--project', edited, '--html', report]);
    expect(summary.code).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('corrected by hand');
  }, 60_000);

  it('should refuse a truncated project with exit code 2, naming the file', async () => {
    const cut = join(tmp, 'cut.news-compare.json');
    const text = readFileSync(saved, 'utf8');
    writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
    const result = await run(['--project', cut, '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`error: ${cut}: not a readable project`);
  }, 60_000);

  it('should refuse a project of a newer version, and one that is not UTF-8', async () => {
    const newer = join(tmp, 'newer.news-compare.json');
    writeFileSync(newer, readFileSync(saved, 'utf8').replace('"version": 1', '"version": 4'));
    const result = await run(['--project', newer]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error: ${newer} was saved by a newer version`);
    expect(result.stderr).toMatch(/newer version of News Compare/u);
    const binary = join(tmp, 'binary.news-compare.json');
    writeFileSync(binary, Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x7d]));
    const bad = await run(['--project', binary]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${binary}: the project is not UTF-8 text`);
    const missing = await run(['--project', join(tmp, 'nowhere.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such project file; check the path.');
    const twoSeeds = SEEDS.slice(0, 2).map((name) => join(ROOT, 'seeds', name));
    const noDetails = await run(['--details', join(tmp, 'nowhere.json'), ...twoSeeds]);
    expect(noDetails.code).toBe(2);
    expect(noDetails.stderr).toContain('no such details file; check the path.');
  }, 60_000);

  it('should put notes and codes in the JSON, the summary, the report and the codes CSV', async () => {
    let project = readSaved();
    const comparison = compareProject(project);
    const shared = comparison.rows.findIndex((r) => r.diffs.some((d) => d.parts.length > 1));
    const diff = comparison.rows[shared]?.diffs.find((d) => d.parts.length > 1);
    const part = diff?.parts.findIndex((p) => p.kind !== 'equal') ?? -1;
    const row = rowAnchor(comparison, shared);
    const difference = differenceAnchor(comparison, shared, diff?.article ?? -1, part);
    if (row === null || difference === null) {
      throw new Error('no difference in the seeds');
    }
    const added = addCode(project, { name: 'Loaded verb', colour: '#cc3300' });
    if (!added.ok) {
      throw new Error(added.message);
    }
    project = added.project;
    project = ok(addNote(project, row, 'Note <b>one</b> on the row', '2025-03-04T10:00:00.000Z'));
    project = ok(applyCode(project, added.id, difference, '2025-03-04T10:01:00.000Z'));
    const annotated = join(tmp, 'annotated.news-compare.json');
    writeFileSync(annotated, serializeProject(project));
    const csv = join(tmp, 'codes.csv');
    const html = join(tmp, 'annotated.html');
    const result = await run([
      '--project',
      annotated,
      '--json',
      '--codes-csv',
      csv,
      '--html',
      html,
    ]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as JsonDocument;
    // The code on a difference carries the difference's number, the same everywhere.
    const number = doc.rows[shared]?.diffs.find((d) => d.article === diff?.article)?.difference;
    expect(number).toBeGreaterThan(0);
    expect(doc.notes).toEqual([
      expect.objectContaining({
        row: shared,
        target: 'row',
        difference: null,
        text: 'Note <b>one</b> on the row',
      }),
    ]);
    expect(doc.codings).toEqual([
      expect.objectContaining({
        row: shared,
        target: 'difference',
        difference: number,
        name: 'Loaded verb',
      }),
    ]);
    expect(doc.codebook).toEqual([
      { id: added.id, name: 'Loaded verb', colour: '#cc3300', description: null },
    ]);
    const text = readFileSync(csv, 'utf8');
    // The difference's number comes last, after the outlets' columns.
    const lines = text.split('\r\n');
    expect(lines[0]).toMatch(
      /^\uFEFF"story","row","item","outlets","code","note",.*,"difference"$/u,
    );
    expect(lines.find((l) => l.includes(`"${shared + 1}","difference",`))).toMatch(
      new RegExp(`,"${number}"$`, 'u'),
    );
    expect(lines.find((l) => l.includes(`"${shared + 1}","row",`))).toMatch(/,""$/u);
    expect(text).toContain('"Loaded verb"');
    expect(text).toContain('"Note <b>one</b> on the row"');
    const report = readFileSync(html, 'utf8');
    expect(report).toContain('Note &lt;b&gt;one&lt;/b&gt; on the row');
    expect(report).toContain('Loaded verb');
    expect(report).toContain(
      `<span class="about">On <a href="#d-${number}">difference ${number}</a>: `,
    );
    expect(report).toContain(
      `<li id="d-${number}"><p><strong><a href="#d-${number}">Difference ${number}</a></strong> · <a href="#r-${shared + 1}">`,
    );
    const summary = await run(['--project', annotated]);
    // Rows numbered as the rest of the summary numbers them (`#N`, 0-based) and as the
    // report does, beside the difference's number.
    const where = `#${shared} (row ${shared + 1} in the report)`;
    expect(summary.stdout).toContain(`\n  ${where}\n    note: Note <b>one</b> on the row\n`);
    expect(summary.stdout).toContain(`\n  ${where} difference ${number} [`);
    expect(summary.stdout).toMatch(/\{Loaded verb\}\n/u);
  }, 60_000);

  it('should set outlets from a details file, and refuse a bad one', async () => {
    const details = join(tmp, 'details.json');
    writeFileSync(
      details,
      JSON.stringify({
        [SEEDS[0] as string]: { outlet: 'The First Outlet', url: 'https://first.example/a' },
        // Any path to the file names it, not only the one it was given by.
        [`${tmp}/sub/../${SEEDS[1] as string}`]: { outlet: 'The Second Outlet' },
      }),
    );
    const resaved = join(tmp, 'named.news-compare.json');
    const result = await run([
      '--project',
      saved,
      '--details',
      details,
      '--json',
      '--save',
      resaved,
    ]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as JsonDocument;
    expect(doc.articles.slice(0, 2).map((a) => [a.outlet, a.url])).toEqual([
      ['The First Outlet', 'https://first.example/a'],
      ['The Second Outlet', null],
    ]);
    const named = ok(parseProject(readFileSync(resaved, 'utf8'), resaved));
    expect(named.articles[0]?.user).toEqual({
      outlet: 'The First Outlet',
      url: 'https://first.example/a',
    });
    writeFileSync(details, JSON.stringify({ 'no-such.txt': { outlet: 'X' } }));
    const bad = await run(['--project', saved, '--details', details]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${details}: "no-such.txt" names none of the articles compared`);
    // A path names only the file at that path, never one of the same name elsewhere.
    const elsewhere = join('elsewhere', basename(SEEDS[0] as string));
    writeFileSync(details, JSON.stringify({ [elsewhere]: { outlet: 'X' } }));
    const wrong = await run(['--project', saved, '--details', details]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(`"${elsewhere}" names none of the articles compared`);
  }, 60_000);
});

describe('compare: the base of a project made of files whose first is off topic', () => {
  it('should follow, and save, the first article on the story, as without --save', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compare-first-off-'));
    // Named to come first: an article about a harbour festival, beside four seeds.
    writeFileSync(
      join(dir, '0-festival.txt'),
      Array.from(
        { length: 12 },
        (_, i) =>
          `Stall ${i + 1} at the harbour festival sold ${['smoked fish', 'lemon cake', 'cider', 'oysters'][i % 4]} to visitors from ${['Brest', 'Cork', 'Vigo'][i % 3]} until the tide turned.`,
      ).join('\n\n'),
    );
    const files = [
      join(dir, '0-festival.txt'),
      ...SEEDS.map((name) => {
        copyFileSync(join(ROOT, 'seeds', name), join(dir, name));
        return join(dir, name);
      }),
    ];
    const project = join(dir, 'story.news-compare.json');
    const plain = JSON.parse((await run(['--json', ...files])).stdout) as JsonDocument;
    const withSave = await run(['--json', '--save', project, ...files]);
    expect(withSave.code).toBe(0);
    expect(plain.base).toBe(1);
    expect((JSON.parse(withSave.stdout) as JsonDocument).base).toBe(1);
    expect(ok(parseProject(readFileSync(project, 'utf8'), project)).base).toBe(1);
    // The summary says why the base is not [0], and only when that is why.
    expect((await run(files)).stdout).toContain(
      'rows follow the base, [1], the first article not off topic)',
    );
    expect((await run(['--base', '3', ...files])).stdout).toContain('rows follow the base, [3])');
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

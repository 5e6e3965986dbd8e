/**
 * Batch mode (`--batch DIR --out FILE`), through the built command: a few small stories and
 * a broken one, compared on worker threads, one line per story in the folders' order.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  lstatSync,
  readFileSync,
  realpathSync,
  statSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  batchOutputProblems,
  interruptedMessage,
  isBatch,
  jobsNote,
  parseBatchArgs,
  planOutput,
  progressLine,
  realPathOf,
} from './batch';
import { failureLine } from './batch-story';
import { CLI_ENTRY } from '../scripts/build-cli.mjs';
import { REPO_ROOT, runCli, type CliRun } from './run-cli';

const run = (args: ReadonlyArray<string>) => runCli(args);

/**
 * What a run said on stderr after the note a `--jobs` above this machine's CPUs starts with
 * (which depends on the machine: the note has a test of its own, on one CPU).
 */
const afterJobsNote = (r: CliRun): string =>
  r.stderr.replace(/^note: --jobs \d+ is more than the \d+ CPUs? available; using \d+\n/u, '');

/**
 * Runs the built command on one CPU (with `taskset`, pinned to the first this process may
 * use), so that the CPUs available to it are known whatever the machine.
 */
function runOnOneCpu(args: ReadonlyArray<string>): Promise<CliRun> {
  const allowed = /^Cpus_allowed_list:\s*(\d+)/mu.exec(readFileSync('/proc/self/status', 'utf8'));
  const cpu = allowed?.[1] ?? '0';
  return new Promise((resolve) => {
    const child = spawn('taskset', ['-c', cpu, process.execPath, CLI_ENTRY, ...args], {
      cwd: REPO_ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const SEEDS = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join('seeds', f));

let tmp = '';
let stories = '';

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'batch-'));
  stories = join(tmp, 'stories');
  const story = (name: string, files: ReadonlyArray<string>) => {
    mkdirSync(join(stories, name), { recursive: true });
    for (const file of files) {
      copyFileSync(file, join(stories, name, file.split('/').pop() as string));
    }
  };
  // Named so that the folders' order differs from the order they were made in.
  story('c-three', SEEDS.slice(0, 3));
  story('a-two', SEEDS.slice(1, 3));
  story('b-broken', SEEDS.slice(0, 1));
  story('d-all', SEEDS);
  mkdirSync(join(stories, 'e-empty'));
  // Files that are not articles: said in the story's line, except hidden ones.
  writeFileSync(join(stories, 'e-empty', 'notes'), 'a note with no extension');
  // Nor are the articles of a folder inside a story: said in its line, except hidden ones.
  story('e-empty/raw', SEEDS.slice(0, 2));
  story('e-empty/.cache', SEEDS.slice(0, 2));
  writeFileSync(join(stories, 'd-all', 'facts.json'), '{}');
  writeFileSync(join(stories, 'd-all', '.DS_Store'), 'x');
  // A link to a folder is a story too.
  symlinkSync(join(stories, 'a-two'), join(stories, 'f-link'));
  // A file beside the stories is no story, nor is a hidden folder.
  writeFileSync(join(stories, 'notes.txt'), 'not a story');
  mkdirSync(join(stories, '.git'));
  writeFileSync(join(stories, '.git', 'HEAD'), 'ref: refs/heads/main\n');
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('compare --batch', () => {
  it('should write one line per story in the folders’ order, failures with their error', async () => {
    const out = join(tmp, 'out.jsonl');
    const html = join(tmp, 'reports');
    const r = await run(['--batch', stories, '--out', out, '--html-dir', html, '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    // Not a terminal: no progress, only the summary.
    expect(afterJobsNote(r)).toBe(
      `6 stories written to ${out}; 2 could not be compared (see "error" in their lines)\n`,
    );
    const lines = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.folder, l.ok])).toEqual([
      ['a-two', true],
      ['b-broken', false],
      ['c-three', true],
      ['d-all', true],
      ['e-empty', false],
      ['f-link', true],
    ]);
    expect(lines[1]?.error).toMatch(/at least two articles/u);
    const notRead = (line: Record<string, unknown> | undefined) =>
      (line?.skipped as ReadonlyArray<{ file: string; code: string }>).map((s) => [
        s.file.split('/').pop(),
        s.code,
      ]);
    expect(notRead(lines[3])).toEqual([['facts.json', 'NOT_AN_ARTICLE']]);
    expect(notRead(lines[4])).toEqual([
      ['notes', 'NOT_AN_ARTICLE'],
      ['raw', 'NOT_AN_ARTICLE'],
    ]);
    expect((lines[4]?.skipped as ReadonlyArray<{ message: string }>)[1]?.message).toContain(
      'not read: a folder inside the story',
    );
    // Each story's line is the command's JSON document for its files.
    const single = await run([
      '--json',
      ...readdirSync(join(stories, 'c-three')).map((f) => join(stories, 'c-three', f)),
    ]);
    const { folder: _f, ok: _o, report, ...doc } = lines[2] as Record<string, unknown>;
    expect(doc).toEqual(JSON.parse(single.stdout));
    expect(report).toBe(join(html, 'c-three.html'));
    expect(readdirSync(html).sort()).toEqual([
      'a-two.html',
      'c-three.html',
      'd-all.html',
      'f-link.html',
    ]);
    expect(readFileSync(join(html, 'd-all.html'), 'utf8')).toMatch(/^<!doctype html>/iu);
    expect(existsSync(`${out}.partial`)).toBe(false);
  }, 120_000);

  it('should write the same file whatever the number of workers', async () => {
    const one = join(tmp, 'one.jsonl');
    const three = join(tmp, 'three.jsonl');
    const [a, b] = await Promise.all([
      run(['--batch', stories, '--out', one, '--jobs', '1']),
      run(['--batch', stories, '--out', three, '--jobs', '3']),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(readFileSync(three, 'utf8')).toBe(readFileSync(one, 'utf8'));
    expect(afterJobsNote(b)).toBe(
      `6 stories written to ${three}; 2 could not be compared (see "error" in their lines)\n`,
    );
  }, 120_000);

  it('should bring --jobs down to the CPUs available, and say so once when that is fewer workers', async () => {
    const one = join(tmp, 'one-cpu-jobs-1.jsonl');
    const many = join(tmp, 'one-cpu-jobs-9999.jsonl');
    const [a, b] = await Promise.all([
      runOnOneCpu(['--batch', stories, '--out', one, '--jobs', '1']),
      runOnOneCpu(['--batch', stories, '--out', many, '--jobs', '9999']),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stderr).toBe(
      `6 stories written to ${one}; 2 could not be compared (see "error" in their lines)\n`,
    );
    expect(b.stderr).toBe(
      `note: --jobs 9999 is more than the 1 CPU available; using 1\n6 stories written to ${many}; 2 could not be compared (see "error" in their lines)\n`,
    );
    expect(readFileSync(many, 'utf8')).toBe(readFileSync(one, 'utf8'));
    // One story: one worker, whatever --jobs says, so no note.
    const single = join(tmp, 'single');
    mkdirSync(join(single, 'only'), { recursive: true });
    for (const file of SEEDS.slice(0, 2)) {
      copyFileSync(file, join(single, 'only', file.split('/').pop() as string));
    }
    const out = join(tmp, 'single.jsonl');
    const c = await runOnOneCpu(['--batch', single, '--out', out, '--jobs', '4']);
    expect([c.code, c.stderr]).toEqual([0, `1 story written to ${out}\n`]);
  }, 120_000);

  it('should refuse a batch without --out, with files, or of a folder that does not exist', async () => {
    const missing = await run(['--batch', stories]);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'error: --batch needs --out FILE (the JSON Lines file to write)\n',
    ]);
    const files = await run(['--batch', stories, '--out', join(tmp, 'x.jsonl'), 'a.txt']);
    expect(files.code).toBe(2);
    expect(files.stderr).toMatch(/takes no FILE/u);
    const nowhere = await run(['--batch', join(tmp, 'nowhere'), '--out', join(tmp, 'y.jsonl')]);
    expect([nowhere.code, nowhere.stderr]).toEqual([
      2,
      `error: ${join(tmp, 'nowhere')}: no such folder.\n`,
    ]);
    expect(existsSync(join(tmp, 'y.jsonl'))).toBe(false);
  }, 60_000);

  it('should refuse outputs that would overwrite an article or be read as one, writing nothing', async () => {
    const article = join(stories, 'a-two', readdirSync(join(stories, 'a-two'))[0] as string);
    const before = readFileSync(article, 'utf8');
    const over = await run(['--batch', stories, '--out', article]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('--out is inside the story folder "a-two"');
    expect(readFileSync(article, 'utf8')).toBe(before);
    const reports = join(stories, 'reports');
    const inside = await run([
      '--batch',
      stories,
      '--out',
      join(tmp, 'z.jsonl'),
      '--html-dir',
      reports,
    ]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('--html-dir is inside');
    expect(existsSync(reports)).toBe(false);
    expect(existsSync(join(tmp, 'z.jsonl'))).toBe(false);
  }, 60_000);

  it('should give every story a report of its own, on any disk, whatever its folder’s name', async () => {
    const names = join(tmp, 'names');
    // Two folders one file apart on a disk that does not tell case apart, and a folder
    // named as long as a disk allows (255 bytes), whose name with ".html" is too long.
    const long = `${'Council votes to close the Riverside library – '.repeat(6)}`.slice(0, 120);
    const longName = `${long}${'é'.repeat((255 - Buffer.byteLength(long)) >> 1)}`;
    for (const folder of ['Story', 'story', longName]) {
      mkdirSync(join(names, folder), { recursive: true });
      for (const seed of SEEDS.slice(0, 2)) {
        copyFileSync(seed, join(names, folder, seed.split('/').pop() as string));
      }
    }
    const out = join(tmp, 'names.jsonl');
    const html = join(tmp, 'names-reports');
    const r = await run(['--batch', names, '--out', out, '--html-dir', html, '--jobs', '1']);
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    // In the folders' order: "C…" (the long one), "Story", "story".
    expect(lines.map((l) => [l.folder, l.ok, l.error])).toEqual(
      [longName, 'Story', 'story'].map((folder) => [folder, true, undefined]),
    );
    const reports = lines.map((l) => (l.report as string).slice(html.length + 1));
    expect(reports.slice(1)).toEqual(['Story.html', 'story~2.html']);
    expect(Buffer.byteLength(reports[0] as string)).toBeLessThanOrEqual(143);
    expect(longName.startsWith((reports[0] as string).replace(/\.html$/u, ''))).toBe(true);
    expect(readdirSync(html).sort()).toEqual([...reports].sort());
  }, 60_000);

  it('should make a missing --html-dir in a folder that exists, and no folders above it', async () => {
    const deep = join(tmp, 'no-such', 'reports');
    const r = await run(['--batch', stories, '--out', join(tmp, 'deep.jsonl'), '--html-dir', deep]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${deep}: cannot write: its folder does not exist`);
    expect(existsSync(join(tmp, 'no-such'))).toBe(false);
    expect(existsSync(join(tmp, 'deep.jsonl'))).toBe(false);
    // A file of that name is in the way: said before any story is compared.
    const file = join(tmp, 'reports-file');
    writeFileSync(file, 'not a folder\n');
    const blocked = await run([
      '--batch',
      stories,
      '--out',
      join(tmp, 'b.jsonl'),
      '--html-dir',
      file,
    ]);
    expect(blocked.code).toBe(3);
    expect(blocked.stderr).toContain(`${file}: cannot write: a file of that name is in the way`);
    expect(existsSync(join(tmp, 'b.jsonl'))).toBe(false);
  }, 60_000);

  it('should write through a link given as --out, and leave /dev/null a device', async () => {
    const target = join(tmp, 'linked-target.jsonl');
    writeFileSync(target, 'the previous run\n');
    const link = join(tmp, 'linked.jsonl');
    symlinkSync(target, link);
    const r = await run(['--batch', stories, '--out', link, '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8').split('\n')).toHaveLength(7);
    const discarded = await run(['--batch', stories, '--out', '/dev/null', '--jobs', '1']);
    expect(discarded.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(existsSync('/dev/null.partial')).toBe(false);
    // The command's output piped by a shell, named by a link that leads to no path
    // (/proc/self/fd/1, as /dev/stdout is): the lines come down the pipe.
    const piped = execFileSync(
      'sh',
      [
        '-c',
        '"$0" "$1" --batch "$2" --out /proc/self/fd/1 --jobs 1 | cat',
        process.execPath,
        CLI_ENTRY,
        stories,
      ],
      { encoding: 'utf8', cwd: REPO_ROOT },
    );
    expect(piped.trim().split('\n')).toHaveLength(6);
  }, 120_000);

  it('should stop with one line and exit code 3 when --out cannot be written mid-run', async () => {
    // /dev/full takes the lines as they come and fails every write, as a full disk does.
    const r = await run(['--batch', stories, '--out', '/dev/full', '--jobs', '1']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      'error: /dev/full: cannot write: the disk is full; free some space or choose another disk (ENOSPC).\n',
    );
  }, 60_000);

  it('should name the full disk, not the closed stream, when quick stories outrun the error', async () => {
    // Stories of two short articles each: their lines come faster than the disk's refusal
    // of the first, and the next write then meets a stream already closed.
    const quick = mkdtempSync(join(tmpdir(), 'batch-quick-'));
    for (let i = 1; i <= 4; i++) {
      mkdirSync(join(quick, `s${i}`));
      writeFileSync(
        join(quick, `s${i}`, 'a.txt'),
        'The council closed the bridge on Monday.\n\nEngineers said repairs take weeks.\n',
      );
      writeFileSync(
        join(quick, `s${i}`, 'b.txt'),
        'The bridge was closed by the council on Monday.\n\nRepairs will take weeks, engineers said.\n',
      );
    }
    for (const jobs of [1, 4]) {
      const r = await run(['--batch', quick, '--out', '/dev/full', '--jobs', String(jobs)]);
      expect(r.code).toBe(3);
      expect(afterJobsNote(r)).toBe(
        'error: /dev/full: cannot write: the disk is full; free some space or choose another disk (ENOSPC).\n',
      );
    }
    rmSync(quick, { recursive: true, force: true });
  }, 60_000);

  it('should start the error on a line of its own after the progress on a terminal', () => {
    // `script` runs the command on a terminal of its own and copies what it writes there.
    const r = spawnSync(
      'script',
      [
        '-qec',
        `"${process.execPath}" "${CLI_ENTRY}" --batch "${stories}" --out /dev/full --jobs 1`,
        '/dev/null',
      ],
      { encoding: 'utf8', cwd: REPO_ROOT },
    );
    expect(r.status).toBe(3);
    // The progress line may end with the time left or the failures so far, when a story
    // is done before the full disk's error comes back.
    expect(r.stdout).toMatch(
      /stories \(\d+%\)[^\r\n]*\r?\nerror: \/dev\/full: cannot write: the disk is full/u,
    );
  }, 60_000);

  it('should say why a story folder named in Latin-1 cannot be read', async () => {
    const latin = join(tmp, 'latin');
    mkdirSync(Buffer.concat([Buffer.from(`${latin}/caf`), Buffer.from([0xe9])]), {
      recursive: true,
    });
    // A link to a story, named in Latin-1 too, gets its line as well.
    symlinkSync(stories, Buffer.concat([Buffer.from(`${latin}/link-`), Buffer.from([0xe9])]));
    const out = join(tmp, 'latin.jsonl');
    const r = await run(['--batch', latin, '--out', out]);
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((line) => [line.folder, line.ok, line.error])).toEqual(
      ['caf', 'link-'].map((name) => [
        `${name}\uFFFD`,
        false,
        `${latin}/${name}\uFFFD: cannot read the story's folder (ENOENT) (its name is not valid UTF-8, as a name written in Latin-1 or another old encoding; rename it).`,
      ]),
    );
  }, 60_000);

  it('should refuse outputs reached through a link to the batch folder', async () => {
    const link = join(tmp, 'stories-link');
    symlinkSync(stories, link);
    const article = join(stories, 'a-two', readdirSync(join(stories, 'a-two'))[0] as string);
    const before = readFileSync(article, 'utf8');
    const r = await run(['--batch', link, '--out', article]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out is inside the story folder "a-two"');
    expect(readFileSync(article, 'utf8')).toBe(before);
  }, 60_000);

  it('should leave --out as it was when stopped by Ctrl-C, and say where the lines so far are', async () => {
    const many = join(tmp, 'many');
    mkdirSync(many, { recursive: true });
    for (let k = 0; k < 60; k++) {
      symlinkSync(join(stories, 'd-all'), join(many, `s${String(k).padStart(2, '0')}`));
    }
    const out = join(tmp, 'kept.jsonl');
    writeFileSync(out, 'the previous run\n');
    const child = spawn(process.execPath, [
      CLI_ENTRY,
      '--batch',
      many,
      '--out',
      out,
      '--jobs',
      '1',
    ]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    // Stopped once the first story's line is in.
    const partial = `${out}.partial`;
    while (!existsSync(partial) || readFileSync(partial, 'utf8') === '') {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(readFileSync(out, 'utf8')).toBe('the previous run\n');
    expect(stderr).toMatch(/^interrupted after \d+ of 60 stories: /u);
    expect(stderr).toContain(
      `their lines are in ${partial}; ${out} is as it was before this run.\n`,
    );
    const lines = readFileSync(partial, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect((JSON.parse(line) as { folder: string }).folder).toMatch(/^s\d\d$/u);
    }
  }, 120_000);

  it('should refuse a folder with no story folders in it', async () => {
    const flat = join(tmp, 'flat');
    mkdirSync(flat, { recursive: true });
    copyFileSync(SEEDS[0] as string, join(flat, 'a.txt'));
    const r = await run(['--batch', flat, '--out', join(tmp, 'flat.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no story folders in it');
    expect(existsSync(join(tmp, 'flat.jsonl'))).toBe(false);
  }, 60_000);
});

describe('batchOutputProblems', () => {
  const paths = (out: string, htmlDir: string | null, lexicon: string | null = null) => ({
    dir: '/b',
    out,
    htmlDir,
    lexicon,
  });

  it('should allow outputs outside the batch folder or beside its story folders', () => {
    expect(batchOutputProblems(paths('/out.jsonl', '/reports'))).toEqual([]);
    expect(batchOutputProblems(paths('/b/out.jsonl', '/b'))).toEqual([]);
    expect(batchOutputProblems(paths('/bb/x/out.jsonl', '/b2/reports'))).toEqual([]);
    expect(
      batchOutputProblems(paths('/r/all.jsonl', '/r', '/lex.json'), undefined, ['s1']),
    ).toEqual([]);
  });

  it('should refuse an output file in a story folder and reports in any folder inside', () => {
    expect(batchOutputProblems(paths('/b/s1/out.jsonl', null))).toHaveLength(1);
    expect(batchOutputProblems(paths('/b/s1/deeper/out.jsonl', null))).toHaveLength(1);
    expect(batchOutputProblems(paths('/out.jsonl', '/b/reports'))).toHaveLength(1);
    expect(batchOutputProblems(paths('/b/s1/x.jsonl', '/b/s1'))).toHaveLength(2);
    // A story folder whose name starts with two dots is inside the batch folder too.
    expect(batchOutputProblems(paths('/b/..drafts/out.jsonl', '/b/..reports'))).toHaveLength(2);
  });

  it('should judge the paths with links followed, and name them as given', () => {
    // "/link" is a link to the batch folder "/b", and "/r" one to "/b/reports".
    const given = { dir: '/link', out: '/b/s1/a.txt', htmlDir: '/r', lexicon: null };
    const real = { dir: '/b', out: '/b/s1/a.txt', htmlDir: '/b/reports', lexicon: null };
    expect(batchOutputProblems(given, given)).toEqual([]);
    const problems = batchOutputProblems(given, real);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^\/b\/s1\/a\.txt: --out is inside the story folder "s1" of \/link/u,
    );
    expect(problems[1]).toMatch(/^\/r: --html-dir is inside \/link/u);
  });

  it('should refuse --out that is a story’s report or the lexicon the run reads', () => {
    const report = batchOutputProblems(paths('/r/s2.html', '/r'), undefined, ['s1', 's2']);
    expect(report).toEqual([
      '/r/s2.html: --out is the report of the story "s2" in --html-dir /r, and one would overwrite the other; give --out another name.',
    ]);
    expect(batchOutputProblems(paths('/r/s3.html', '/r'), undefined, ['s1', 's2'])).toEqual([]);
    // The reports' names as written: one the same but for case, one made unique.
    expect(batchOutputProblems(paths('/r/S2.html', '/r'), undefined, ['s1', 's2'])).toEqual([
      '/r/S2.html: --out is the report of the story "s2" in --html-dir /r, and one would overwrite the other; give --out another name.',
    ]);
    expect(batchOutputProblems(paths('/r/s2~2.html', '/r'), undefined, ['S2', 's2'])).toEqual([
      '/r/s2~2.html: --out is the report of the story "s2" in --html-dir /r, and one would overwrite the other; give --out another name.',
    ]);
    expect(batchOutputProblems(paths('/lex.json', null, '/lex.json'))).toEqual([
      '/lex.json: --out is the lexicon file the run reads (--lexicon /lex.json); give --out another name.',
    ]);
  });
});

describe('realPathOf', () => {
  it('should follow links in the part of a path that exists and keep the rest', async () => {
    const target = join(tmp, 'real-target');
    mkdirSync(target, { recursive: true });
    const link = join(tmp, 'real-link');
    symlinkSync(target, link);
    const real = realpathSync(target);
    expect(await realPathOf(link)).toBe(real);
    expect(await realPathOf(join(link, 'new', 'out.jsonl'))).toBe(join(real, 'new', 'out.jsonl'));
  });
});

describe('planOutput', () => {
  it('should write a file through a partial file beside it, through a link to its target', async () => {
    const fresh = join(tmp, 'plan-new.jsonl');
    expect(await planOutput(fresh)).toEqual({
      ok: true,
      plan: { write: `${fresh}.partial`, renameTo: fresh },
    });
    const target = join(tmp, 'plan-target.jsonl');
    writeFileSync(target, 'old\n');
    const link = join(tmp, 'plan-link.jsonl');
    symlinkSync(target, link);
    const real = realpathSync(target);
    expect(await planOutput(link)).toEqual({
      ok: true,
      plan: { write: `${real}.partial`, renameTo: real },
    });
    // A link to a file not written yet: that file, not the link replaced by a file; and
    // the checks judge that file (here it would be inside a story folder).
    const intoStory = join(tmp, 'plan-into-story.jsonl');
    symlinkSync(join(stories, 'a-two', 'new.txt'), intoStory);
    expect(await realPathOf(intoStory)).toBe(join(realpathSync(stories), 'a-two', 'new.txt'));
    const dangling = join(tmp, 'plan-dangling.jsonl');
    symlinkSync('plan-later.jsonl', dangling);
    const later = join(tmp, 'plan-later.jsonl');
    expect(await planOutput(dangling)).toEqual({
      ok: true,
      plan: { write: `${later}.partial`, renameTo: later },
    });
  });

  it('should write what is not a file as the lines come, and refuse a folder', async () => {
    expect(await planOutput('/dev/null')).toEqual({
      ok: true,
      plan: { write: '/dev/null', renameTo: null },
    });
    // A link to a pipe (as /dev/stdout is when the output is piped): the pipe, never a
    // file renamed over the link.
    const fifo = join(tmp, 'plan-fifo');
    execFileSync('mkfifo', [fifo]);
    const toPipe = join(tmp, 'plan-to-pipe');
    symlinkSync(fifo, toPipe);
    expect(await planOutput(toPipe)).toEqual({
      ok: true,
      plan: { write: toPipe, renameTo: null },
    });
    expect(await planOutput(tmp)).toEqual({
      ok: false,
      message: `${tmp}: --out is a folder; give the file to write.`,
    });
  });
});

describe('interruptedMessage', () => {
  it('should say how far the batch got, where its lines are, and that --out is untouched', () => {
    expect(interruptedMessage(3, 10, 'o.jsonl', true)).toBe(
      'interrupted after 3 of 10 stories: their lines are in o.jsonl.partial; o.jsonl is as it was before this run.\n',
    );
    expect(interruptedMessage(0, 1, 'o.jsonl', false)).toBe(
      'interrupted after 0 of 1 story: their lines are in o.jsonl.partial; o.jsonl was not written.\n',
    );
  });
});

describe('progressLine', () => {
  it('should say how many stories are done, how many failed and about how long is left', () => {
    expect(progressLine(0, 200, 0, 0)).toBe('0/200 stories (0%)');
    expect(progressLine(50, 200, 2, 10_000)).toBe(
      '50/200 stories (25%), 2 failed, about 30 s left',
    );
    expect(progressLine(10, 1000, 0, 10_000)).toBe('10/1000 stories (1%), about 17 min left');
    expect(progressLine(200, 200, 0, 40_000)).toBe('200/200 stories (100%)');
  });
});

describe('parseBatchArgs', () => {
  it('should read the batch options and leave the rest to the usual parser', () => {
    const r = parseBatchArgs(
      ['--batch=in', '--out', 'o.jsonl', '--ignore-case', '--jobs', '3', '--html-dir', 'h'],
      8,
    );
    expect(r).toEqual({
      ok: true,
      capped: null,
      options: expect.objectContaining({
        dir: 'in',
        out: 'o.jsonl',
        htmlDir: 'h',
        jobs: 3,
        lexicon: null,
        diff: expect.objectContaining({ ignoreCase: true }),
      }),
    });
    expect(parseBatchArgs(['--batch', 'in', '--out', 'o'], 8)).toMatchObject({
      options: { jobs: 8 },
      capped: null,
    });
    expect(parseBatchArgs(['--batch', 'in', '--out', 'o', '--jobs', '0'], 8)).toMatchObject({
      ok: false,
    });
    expect(parseBatchArgs(['--batch', 'in', '--out', 'o', '--jobs', '10000'], 8)).toEqual({
      ok: false,
      message: '--jobs must be a whole number from 1 to 9999, not "10000"',
    });
    expect(parseBatchArgs(['--batch', 'in', '--out', 'o', '--json'], 8)).toMatchObject({
      ok: false,
    });
  });

  it('should bring --jobs down to the CPUs available, saying what was asked', () => {
    const jobs = (n: string, cpus: number) =>
      parseBatchArgs(['--batch', 'in', '--out', 'o', '--jobs', n], cpus);
    expect(jobs('99', 2)).toMatchObject({
      ok: true,
      options: { jobs: 2 },
      capped: { asked: 99, cpus: 2 },
    });
    expect(jobs('3', 1)).toMatchObject({ options: { jobs: 1 }, capped: { asked: 3, cpus: 1 } });
    // As many as the CPUs, or fewer: as asked.
    expect(jobs('8', 8)).toMatchObject({ options: { jobs: 8 }, capped: null });
    expect(jobs('1', 8)).toMatchObject({ options: { jobs: 1 }, capped: null });
  });

  it('should note a --jobs brought down only when the batch has more stories than CPUs', () => {
    expect(jobsNote({ asked: 99, cpus: 2 }, 3)).toBe(
      'note: --jobs 99 is more than the 2 CPUs available; using 2',
    );
    expect(jobsNote({ asked: 3, cpus: 1 }, 120)).toBe(
      'note: --jobs 3 is more than the 1 CPU available; using 1',
    );
    // No more stories than CPUs: one worker per story, as many as --jobs would have started.
    expect(jobsNote({ asked: 99, cpus: 2 }, 2)).toBeNull();
    expect(jobsNote({ asked: 99, cpus: 2 }, 1)).toBeNull();
    expect(jobsNote(null, 120)).toBeNull();
  });

  it('should refuse the options of one story, naming them', () => {
    for (const [flag, value] of [
      ['--json', null],
      ['--html', 'r.html'],
      ['--base', '1'],
      ['--save', 'p.news-compare.json'],
      ['--project', 'p.news-compare.json'],
      ['--codes-csv', 'codes.csv'],
      ['--details', 'details.json'],
    ] as const) {
      const r = parseBatchArgs(
        ['--batch', 'in', '--out', 'o', flag, ...(value === null ? [] : [value])],
        8,
      );
      expect(r).toEqual({
        ok: false,
        message: expect.stringMatching(new RegExp(`^${flag} does not apply to --batch: `, 'u')),
      });
    }
    const two = parseBatchArgs(['--batch', 'in', '--out', 'o', '--save', 'p', '--details', 'd'], 8);
    expect(two).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^--save, --details do not apply to --batch: /u),
    });
  });

  it('should take --batch after `--` as a file name', () => {
    expect(isBatch(['--', '--batch'])).toBe(false);
    expect(isBatch(['--json', '--batch', 'x'])).toBe(true);
  });
});

describe('failureLine', () => {
  it('should write a failed story as every story line is written, terminal controls escaped', () => {
    const folder = 'evil\u202efolder\u009b';
    const line = failureLine(folder, 'internal error: the worker stopped');
    expect(line).toBe(
      '{"folder":"evil\\u202efolder\\u009b","ok":false,"error":"internal error: the worker stopped","skipped":[]}',
    );
    expect(JSON.parse(line)).toEqual({
      folder,
      ok: false,
      error: 'internal error: the worker stopped',
      skipped: [],
    });
  });
});

/**
 * End-to-end tests of the CLI: runs the built command (`dist/cli/compare.mjs`, rebuilt by
 * the tests' global set-up when a source changed) as a subprocess on the seeds and on bad
 * inputs, and checks exit codes, stdout and stderr.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonDocument } from './json';
import { CLI_ENTRY } from '../scripts/build-cli.mjs';
import { REPO_ROOT, runCli } from './run-cli';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = readdirSync(join(ROOT, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join('seeds', name));

const run = (args: ReadonlyArray<string>) => runCli(args);

let tmp = '';
let binary = '';
let missing = '';

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'compare-cli-'));
  binary = join(tmp, 'photo.txt');
  writeFileSync(
    binary,
    Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3,
    ]),
  );
  missing = join(tmp, 'no-such-article.txt');
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('compare CLI', () => {
  it('should print a readable summary of the built-in seeds when no file is given', async () => {
    const result = await run([]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Articles \(5; rows follow the base, \[0\]\)/);
    expect(result.stdout).toContain('Document similarity');
    expect(result.stdout).toMatch(/Off topic/);
    expect(result.stdout).toMatch(/\nRows: \d+ shared, \d+ unique/);
    expect(result.stdout).toMatch(/\[-[^\n]+-\]\{\+[^\n]+\+\}/);
    expect(result.stdout).toMatch(/only in \[\d\]/);
  });

  it('should print exactly one JSON document with --json', async () => {
    const result = await run(['--json', ...SEEDS]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as JsonDocument;
    expect(doc.articles.map((a) => a.file)).toEqual(SEEDS);
    expect(doc.similarity).toHaveLength(5);
    for (const line of doc.similarity) {
      expect(line).toHaveLength(5);
      expect(line.every((x) => x >= 0 && x <= 1)).toBe(true);
    }
    // Seed 004 is about police station closures, not the Met tweet.
    expect(doc.offTopic).toEqual([4]);
    doc.articles.forEach((article, k) => {
      const source = readFileSync(join(ROOT, article.file), 'utf8').replace(/\r\n?/g, '\n');
      for (const p of article.paragraphs) {
        expect(typeof p.boilerplate).toBe('boolean');
        expect(source).toContain(p.text);
      }
      const placed = doc.rows.flatMap((row) => row.cells[k] ?? []).sort((x, y) => x - y);
      expect(placed).toEqual(article.paragraphs.map((_, i) => i));
    });
    for (const row of doc.rows) {
      expect(row.cells).toHaveLength(5);
      expect(row.similarity).toBeGreaterThanOrEqual(0);
      expect(row.similarity).toBeLessThanOrEqual(1);
    }
    // The analyses travel in the same document.
    const whistle = doc.analysis.quotes.find((q) => q.reference.text.includes('whistleblowers'));
    expect(whistle?.statuses.map((st) => st.status)).toEqual([
      'identical',
      'identical',
      'altered',
      'missing',
    ]);
    expect(doc.analysis.language).toHaveLength(5);
    expect(doc.analysis.coverage.byArticle).toHaveLength(5);
  });

  it('should number the differences in the JSON as its report does', async () => {
    const target = join(tmp, 'numbered.html');
    const result = await run(['--json', '--html', target, ...SEEDS]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as JsonDocument;
    // Each difference as "number row article", rows and articles counted from 1 as the
    // report counts them.
    const json = doc.rows.flatMap((row, r) =>
      row.differences.map((d) => `${d.number} row ${r + 1} #${d.article + 1}`),
    );
    const report = [...readFileSync(target, 'utf8').matchAll(/<li id="d-\d+"><p>(.*?)<\/p>/gu)]
      .map((m) => (m[1] ?? '').replace(/<[^>]+>/gu, ''))
      .map((text) => /^Difference (\d+) · row (\d+) · (?:only in )?(#\d+)/u.exec(text))
      .map((m) => (m ? `${m[1]} row ${m[2]} ${m[3]}` : null));
    expect(report.length).toBeGreaterThan(10);
    expect(json).toEqual(report);
    // The words of each reworded cell carry the number of its difference.
    const wording = doc.rows.flatMap((row) =>
      row.diffs.flatMap((d) => (d.difference === null ? [] : [d.difference])),
    );
    expect(wording.length).toBeGreaterThan(5);
    expect(wording).toEqual(
      doc.rows.flatMap((row) =>
        row.differences.filter((d) => d.kind === 'wording').map((d) => d.number),
      ),
    );
  });

  it('should follow --base and the wording flags', async () => {
    const result = await run([
      '--json',
      '--base',
      '1',
      '--ignore-case',
      '--no-normalize-quotes',
      SEEDS[0]!,
      SEEDS[1]!,
    ]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as JsonDocument;
    expect(doc.base).toBe(1);
    expect(doc.diffOptions).toMatchObject({ ignoreCase: true, normalizeQuotes: false });
  });

  it('should print the usage with --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: news-compare \[options\]/);
  });

  it('should fail with exit code 2, nothing on stdout, on an unknown option', async () => {
    const result = await run(['--frobnicate', ...SEEDS]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: unknown option --frobnicate (see --help)\n',
    });
  });

  it('should fail on a bad --base, naming the problem', async () => {
    const notNumber = await run(['--base', 'two', ...SEEDS]);
    expect(notNumber.code).toBe(2);
    expect(notNumber.stdout).toBe('');
    expect(notNumber.stderr).toMatch(/^error: --base must be a non-negative whole number.*"two"/);
    const tooLarge = await run(['--base', '2', SEEDS[0]!, SEEDS[1]!]);
    expect(tooLarge.code).toBe(2);
    expect(tooLarge.stdout).toBe('');
    expect(tooLarge.stderr).toMatch(/^error: --base 2 does not exist/);
  });

  it('should write an HTML report with --html and say where on stderr', async () => {
    const target = join(tmp, 'report.html');
    const result = await run(['--html', target, SEEDS[0]!, SEEDS[1]!]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`report written to ${target}\n`);
    expect(result.stdout).toMatch(/^Articles \(2;/);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('should fail, naming the file, exit code 3, when the report cannot be written', async () => {
    const target = join(tmp, 'no-such-dir', 'report.html');
    const result = await run(['--html', target, SEEDS[0]!, SEEDS[1]!]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`error: ${target}: cannot write the report`);
  });

  it.skipIf(!existsSync('/dev/full'))(
    'should say in one line, exit code 3, when its output cannot be written (a full disk)',
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, [CLI_ENTRY, '--json', SEEDS[0]!, SEEDS[1]!], {
          cwd: REPO_ROOT,
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        });
        expect(result.status).toBe(3);
        expect(result.stderr).toBe(
          'error: cannot write the output: the disk is full; free some space or choose another disk (ENOSPC).\n',
        );
      } finally {
        closeSync(full);
      }
    },
  );

  it('should extend the analyses with --lexicon and say so in JSON, summary and report', async () => {
    const lexicon = join(tmp, 'lexicon.json');
    writeFileSync(lexicon, JSON.stringify({ loaded: { evaluative: ['independent'] } }));
    const plain = JSON.parse((await run(['--json', SEEDS[0]!, SEEDS[1]!])).stdout) as JsonDocument;
    const result = await run(['--json', '--lexicon', lexicon, SEEDS[0]!, SEEDS[1]!]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as JsonDocument;
    expect(plain.lexicon).toBeNull();
    expect(doc.lexicon).toEqual({ file: lexicon, terms: 1 });
    expect(plain.analysis.language[0]?.loadedTerms['independent']).toBeUndefined();
    expect(doc.analysis.language[0]?.loadedTerms['independent']).toBeGreaterThan(0);
    const summary = await run(['--lexicon', lexicon, SEEDS[0]!, SEEDS[1]!]);
    expect(summary.stdout).toContain(`Lexicons: built-in, plus 1 terms from ${lexicon}`);
    const target = join(tmp, 'lexicon-report.html');
    await run(['--html', target, '--lexicon', lexicon, SEEDS[0]!, SEEDS[1]!]);
    expect(readFileSync(target, 'utf8')).toContain(`plus 1 term from <bdi>${lexicon}</bdi>`);
  });

  it('should fail on a bad lexicon file before reading articles, naming the file', async () => {
    const bad = join(tmp, 'bad-lexicon.json');
    writeFileSync(bad, '{"loaded": {"scary": ["boo"]}}');
    const result = await run(['--lexicon', bad, SEEDS[0]!, SEEDS[1]!]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `error: ${bad}: unknown category "loaded.scary" (expected one of evaluative, intensifying, hedging).\n`,
    );
    const absent = await run(['--lexicon', join(tmp, 'none.json'), SEEDS[0]!, SEEDS[1]!]);
    expect(absent.code).toBe(2);
    expect(absent.stderr).toContain('none.json: no such lexicon file; check the path.');
    const latin1 = join(tmp, 'latin1.json');
    writeFileSync(latin1, Buffer.from('{"loaded":{"evaluative":["caf\xe9"]}}', 'latin1'));
    expect((await run(['--lexicon', latin1, SEEDS[0]!, SEEDS[1]!])).stderr).toContain(
      'latin1.json: the lexicon is not UTF-8 text',
    );
  });

  it('should fail when fewer than two articles can be read, naming the missing file', async () => {
    const result = await run([SEEDS[0]!, missing]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no-such-article.txt');
    expect(result.stderr).toMatch(/^error: /);
    expect(result.stderr).toMatch(/at least two articles/);
  });

  it('should fail on a binary file, naming it', async () => {
    const result = await run([binary, SEEDS[0]!]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: .*photo\.txt/);
  });

  it('should fail on a single file', async () => {
    const result = await run([SEEDS[0]!]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: A comparison needs at least two articles/);
  });

  it('should compare the files that load and warn about the others', async () => {
    const result = await run(['--json', SEEDS[0]!, missing, binary, SEEDS[1]!, SEEDS[2]!]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: skipped .*no-such-article\.txt/m);
    expect(result.stderr).toMatch(/^warning: .*photo\.txt/m);
    const doc = JSON.parse(result.stdout) as JsonDocument;
    expect(doc.articles.map((a) => a.file)).toEqual([SEEDS[0], SEEDS[1], SEEDS[2]]);
    expect(doc.skipped.map((s) => s.file)).toEqual([missing, binary]);
    expect(result.stderr).toMatch(/^warning: comparing the 3 files that could be read$/m);
    // The same when the comparison is saved as a project.
    const project = join(tmp, 'skipped.news-compare.json');
    const saved = await run(['--save', project, SEEDS[0]!, missing, SEEDS[1]!, SEEDS[2]!]);
    expect(saved.code).toBe(0);
    expect(saved.stderr).toMatch(/^warning: skipped .*no-such-article\.txt/m);
    expect(saved.stderr).toMatch(/^warning: comparing the 3 files that could be read$/m);
    // And the report lists the files it did not compare.
    const report = join(tmp, 'skipped.html');
    expect((await run(['--html', report, SEEDS[0]!, missing, SEEDS[1]!])).code).toBe(0);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('Files given but not compared:');
    expect(html).toContain(`<li><bdi>${missing}: `);
  });

  it('should compare articles holding "constructor" and other property names, in every mode', async () => {
    const words = 'constructor toString __proto__ hasOwnProperty valueOf';
    const a = join(tmp, 'constructor-a.txt');
    const b = join(tmp, 'constructor-b.txt');
    writeFileSync(a, `The bridge\n\nThe constructor said the ${words} were fine.\n\nMore here.\n`);
    writeFileSync(b, `The bridge\n\nThe constructor admitted the ${words} were fine.\n\nOther.\n`);
    const lexicon = join(tmp, 'constructor-lexicon.json');
    writeFileSync(lexicon, JSON.stringify({ loaded: { evaluative: ['constructor'] } }));
    const summary = await run(['--lexicon', lexicon, a, b]);
    expect(summary.stderr).toBe('');
    expect(summary.code).toBe(0);
    const json = await run(['--json', '--lexicon', lexicon, a, b]);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as JsonDocument;
    expect(doc.analysis.language.map((l) => l.loadedTerms)).toEqual([
      { constructor: 2 },
      { constructor: 2 },
    ]);
    const target = join(tmp, 'constructor.html');
    expect((await run(['--html', target, a, b])).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('constructor');
  });

  it('should compare a UTF-8 file with invalid bytes, warning how many were replaced', async () => {
    const broken = join(tmp, 'broken.txt');
    const source = readFileSync(join(ROOT, SEEDS[1]!));
    const at = source.indexOf(Buffer.from('“unacceptable”'));
    writeFileSync(
      broken,
      Buffer.concat([source.subarray(0, at), Buffer.from([0xff]), source.subarray(at)]),
    );
    const message = `${broken}: 1 sequence of bytes is not valid UTF-8 and is shown as \ufffd; the rest of the file is read as UTF-8.`;
    const summary = await run([SEEDS[0]!, broken]);
    expect(summary.code).toBe(0);
    expect(summary.stderr).toBe(`warning: ${message}\n`);
    expect(summary.stdout).not.toContain('â€œ');
    const doc = JSON.parse((await run(['--json', SEEDS[0]!, broken])).stdout) as JsonDocument;
    expect(doc.warnings).toEqual([{ file: broken, code: 'INVALID_BYTES', message }]);
    const text = doc.articles[1]?.paragraphs.map((p) => p.text).join('\n') ?? '';
    expect(text).toContain('\ufffd“unacceptable”');
    expect(text).not.toContain('â€œ');
  });

  it('should read a copied HTML fragment saved as .txt, as web mode does', async () => {
    const fragment = join(tmp, 'fragment.txt');
    const paragraphs = readFileSync(join(ROOT, SEEDS[1]!), 'utf8').split(/\n\n+/u).slice(1, 6);
    writeFileSync(fragment, paragraphs.map((p) => `<p>${p}</p>`).join('\n'));
    const result = await run(['--json', SEEDS[0]!, fragment]);
    expect(result.stderr).toBe('');
    const doc = JSON.parse(result.stdout) as JsonDocument;
    expect(doc.articles[1]?.paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });

  it('should give a saved page’s own address in the JSON and in the report', async () => {
    const page = join(tmp, 'saved-page.html');
    const paragraphs = readFileSync(join(ROOT, SEEDS[1]!), 'utf8').split(/\n\n+/u).slice(1, 6);
    writeFileSync(
      page,
      `<!doctype html><html><head><title>Met admits error</title><link rel="canonical" href="https://news.example/met"></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    const doc = JSON.parse((await run(['--json', SEEDS[0]!, page])).stdout) as JsonDocument;
    expect(doc.articles.map((a) => a.url)).toEqual([null, 'https://news.example/met']);
    const report = join(tmp, 'saved-page-report.html');
    expect((await run(['--html', report, SEEDS[0]!, page])).code).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain(
      '<span class="sub url"><bdi>https://news.example/met</bdi></span>',
    );
  });

  it('should refuse an output path that is one of the inputs, writing nothing', async () => {
    const copy = join(tmp, 'input-copy.txt');
    const original = readFileSync(join(ROOT, SEEDS[0]!));
    writeFileSync(copy, original);
    for (const target of [copy, join(tmp, '.', 'input-copy.txt')]) {
      const result = await run(['--html', target, copy, SEEDS[1]!]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `error: ${target}: the report would overwrite an article being compared; choose another file.\n`,
      );
      expect(readFileSync(copy)).toEqual(original);
    }
    const lexicon = join(tmp, 'kept-lexicon.json');
    writeFileSync(lexicon, JSON.stringify({ loaded: { evaluative: ['woeful'] } }));
    const overLexicon = await run(['--html', lexicon, '--lexicon', lexicon, SEEDS[0]!, SEEDS[1]!]);
    expect(overLexicon.code).toBe(2);
    expect(readFileSync(lexicon, 'utf8')).toContain('woeful');
  });

  it('should print control sequences from articles and file names as escapes', async () => {
    // A window-title sequence, a clear-screen, a C1 CSI and an override in the text; a file
    // name with a newline (a forged error line) and an escape sequence.
    const hostile = join(tmp, 'evil\nerror: forged line\x1b[31m.txt');
    const source = readFileSync(join(ROOT, SEEDS[1]!), 'utf8');
    writeFileSync(
      hostile,
      source
        .replace('Scotland Yard', 'Scotland\x1b]0;pwned\x07 Yard\x1b[2J')
        .replace('Met', 'Met\u009b31m\u202e'),
    );
    const missingHostile = join(tmp, 'gone\nerror: forged\x1b[2J.txt');
    // Raw controls (other than line feed) that must never reach the terminal.
    // eslint-disable-next-line no-control-regex -- control characters are what it finds
    const raw = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/u;
    const summary = await run([SEEDS[0]!, hostile, missingHostile]);
    expect(summary.code).toBe(0);
    for (const out of [summary.stdout, summary.stderr]) {
      expect(out).not.toMatch(raw);
    }
    // Seed 001's headline (its first "Met") is printed in full.
    expect(summary.stdout).toContain('Met\\x9b31m\\u202e police admit tweet');
    expect(summary.stdout).toContain('evil\\nerror: forged line\\x1b[31m.txt');
    expect(summary.stderr.split('\n').filter((l) => l.startsWith('error:'))).toEqual([]);
    expect(summary.stderr).toContain('gone\\nerror: forged\\x1b[2J.txt');
    const json = await run(['--json', SEEDS[0]!, hostile]);
    expect(json.stdout).not.toMatch(raw);
    const doc = JSON.parse(json.stdout) as JsonDocument;
    expect(doc.articles[1]?.file).toBe(hostile);
    const text = doc.articles[1]?.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('Met\u009b31m\u202e');
    expect(text).toContain('Scotland\x1b]0;pwned\x07 Yard\x1b[2J');
    const refused = await run([hostile]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
  });

  it('should keep --base on the same file when an earlier file is skipped', async () => {
    const result = await run(['--json', '--base', '2', missing, SEEDS[0]!, SEEDS[1]!]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as JsonDocument;
    expect(doc.articles[doc.base]!.file).toBe(SEEDS[1]);
  });

  it('should take a base named twice as the file it names, whichever naming --base gives', async () => {
    for (const [base, file] of [
      ['0', SEEDS[0]],
      ['1', SEEDS[0]],
      ['2', SEEDS[1]],
    ] as const) {
      const result = await run(['--json', '--base', base, SEEDS[0]!, SEEDS[0]!, SEEDS[1]!]);
      expect(result.code).toBe(0);
      const doc = JSON.parse(result.stdout) as JsonDocument;
      expect(doc.articles.map((a) => a.file)).toEqual([SEEDS[0], SEEDS[1]]);
      expect(doc.articles[doc.base]!.file).toBe(file);
    }
  });
});

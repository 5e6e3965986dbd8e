import { describe, expect, it } from 'vitest';
import { DEFAULT_DIFF_OPTIONS } from '../shared/model';
import { parseArgs, resolveBase, USAGE } from './args';

/** The options of a successful parse, or the failure message as a thrown error. */
function options(argv: ReadonlyArray<string>) {
  const result = parseArgs(argv);
  if (!result.ok) {
    throw new Error(result.message);
  }
  return result.options;
}

/** The failure message of a parse that should fail. */
function failure(argv: ReadonlyArray<string>): string {
  const result = parseArgs(argv);
  return result.ok ? 'parsed' : result.message;
}

describe('parseArgs', () => {
  it('should default to the seeds, base 0, the summary and the default wording options', () => {
    expect(options([])).toEqual({
      files: [],
      base: null,
      json: false,
      html: null,
      lexicon: null,
      help: false,
      save: null,
      project: null,
      codesCsv: null,
      details: null,
      diff: DEFAULT_DIFF_OPTIONS,
      diffGiven: {},
    });
  });

  it('should read the project flags, and refuse article files with --project', () => {
    const parsed = options([
      '--save',
      'story.news-compare.json',
      '--codes-csv=codes.csv',
      '--details',
      'details.json',
      '--no-normalize-quotes',
      'a.txt',
      'b.txt',
    ]);
    expect([parsed.save, parsed.codesCsv, parsed.details, parsed.project]).toEqual([
      'story.news-compare.json',
      'codes.csv',
      'details.json',
      null,
    ]);
    expect(parsed.diffGiven).toEqual({ normalizeQuotes: false });
    expect(options(['--project', 'p.json', '--json']).project).toBe('p.json');
    expect(failure(['--project', 'p.json', 'a.txt'])).toMatch(/give no article files with it/);
    expect(failure(['--save'])).toBe('--save needs a value (see --help)');
  });

  it('should keep files in the order given, flags anywhere', () => {
    const parsed = options(['a.txt', '--json', 'b.txt', '--ignore-case', 'c.txt']);
    expect(parsed.files).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(parsed.json).toBe(true);
    expect(parsed.diff.ignoreCase).toBe(true);
  });

  it('should read --base and --html with a separate or an = value', () => {
    expect(options(['--base', '2', 'a', 'b', 'c']).base).toBe(2);
    expect(options(['--base=1', 'a', 'b']).base).toBe(1);
    expect(options(['--html', 'out.html', 'a', 'b']).html).toBe('out.html');
    expect(options(['--html=r.html', 'a', 'b']).html).toBe('r.html');
    expect(options(['--lexicon', 'mine.json', 'a', 'b']).lexicon).toBe('mine.json');
    expect(options(['--lexicon=mine.json', 'a', 'b']).lexicon).toBe('mine.json');
  });

  it('should map each wording flag to its option', () => {
    expect(
      options([
        '--ignore-case',
        '--ignore-punctuation',
        '--no-normalize-quotes',
        '--no-ignore-whitespace',
      ]).diff,
    ).toEqual({
      ignoreCase: true,
      ignorePunctuation: true,
      normalizeQuotes: false,
      ignoreWhitespace: false,
    });
  });

  it('should recognise --help and -h', () => {
    expect(options(['--help']).help).toBe(true);
    expect(options(['-h', 'a.txt']).help).toBe(true);
  });

  it('should treat everything after -- as files, and a lone - as a file', () => {
    expect(options(['--', '--json', '-x']).files).toEqual(['--json', '-x']);
    expect(options(['--', '--json']).json).toBe(false);
    expect(options(['-', 'a']).files).toEqual(['-', 'a']);
  });

  it('should reject an unknown option, naming it', () => {
    expect(failure(['--jsn', 'a', 'b'])).toBe('unknown option --jsn (see --help)');
    expect(failure(['-x'])).toBe('unknown option -x (see --help)');
    // The batch's options, without --batch, say so.
    expect(failure(['--jobs', '2', 'a', 'b'])).toBe(
      '--jobs applies only with --batch DIR (see --help)',
    );
    expect(failure(['--out=o.jsonl', 'a', 'b'])).toBe(
      '--out applies only with --batch DIR (see --help)',
    );
    expect(failure(['--json=yes'])).toBe('unknown option --json=yes (see --help)');
  });

  it('should reject a --base that is not a whole non-negative number', () => {
    expect(failure(['--base', 'x', 'a', 'b'])).toMatch(
      /--base must be a non-negative whole number.*"x"/,
    );
    expect(failure(['--base', '-1', 'a', 'b'])).toMatch(/"-1"/);
    expect(failure(['--base', '1.5'])).toMatch(/"1.5"/);
    expect(failure(['--base', '99999999999999999999'])).toMatch(/non-negative whole number/);
  });

  it('should reject a value flag without a value', () => {
    expect(failure(['a', 'b', '--base'])).toBe('--base needs a value (see --help)');
    expect(failure(['--html='])).toBe('--html needs a value (see --help)');
  });

  it('should document every flag it accepts in the usage', () => {
    for (const flag of [
      '--base',
      '--json',
      '--html',
      '--ignore-case',
      '--ignore-punctuation',
      '--no-normalize-quotes',
      '--no-ignore-whitespace',
      '--help',
    ]) {
      expect(USAGE).toContain(flag);
    }
  });
});

describe('resolveBase', () => {
  const failed = (...indexes: ReadonlyArray<number>) =>
    new Map(indexes.map((k) => [k, {}] as const));

  it('should take the first article that loaded when no base was given', () => {
    expect(resolveBase(['a', 'b', 'c'], failed(0), null)).toEqual({ ok: true, base: 0 });
  });

  it('should keep the base when every file loaded', () => {
    expect(resolveBase(['a', 'b', 'c'], failed(), 2)).toEqual({ ok: true, base: 2 });
  });

  it('should shift the base past files that failed before it', () => {
    expect(resolveBase(['a', 'b', 'c'], failed(1), 2)).toEqual({ ok: true, base: 1 });
    expect(resolveBase(['a', 'b', 'c'], failed(2), 1)).toEqual({ ok: true, base: 1 });
  });

  it('should refuse a base whose file failed, naming the file', () => {
    expect(resolveBase(['a', 'b', 'c'], failed(1), 1)).toEqual({
      ok: false,
      message: 'the base article b (--base 1) could not be read',
    });
  });

  it('should take a file named twice as its first naming, whichever naming the base is', () => {
    // `a a b`: the second `a` is the same file, read once.
    const twice = new Map([[1, { sameAs: 0 }]]);
    expect(resolveBase(['a', 'a', 'b'], twice, 0)).toEqual({ ok: true, base: 0 });
    expect(resolveBase(['a', 'a', 'b'], twice, 1)).toEqual({ ok: true, base: 0 });
    expect(resolveBase(['a', 'a', 'b'], twice, 2)).toEqual({ ok: true, base: 1 });
  });

  it('should refuse a base past the last file', () => {
    expect(resolveBase(['a', 'b'], failed(), 2)).toEqual({
      ok: false,
      message: '--base 2 does not exist: 2 files were given (the first is --base 0)',
    });
  });
});

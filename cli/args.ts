/**
 * Command-line arguments of `npm run compare`: pure parsing, no IO.
 *
 * Bad arguments are an expected condition, so they come back as a value
 * (`{ ok: false, message }`), never as an exception; the shell prints the message.
 */
import type { DiffOptions } from '../shared/model';
import { DEFAULT_DIFF_OPTIONS } from '../shared/model';

/** What the user asked for. */
export interface CliOptions {
  /** Files to compare, as given; empty means "the built-in seeds". */
  readonly files: ReadonlyArray<string>;
  /**
   * Index (0-based, in the order the files were given) of the base article, or null when
   * not given: then the first file that can be read is the base.
   */
  readonly base: number | null;
  /** Print one JSON document instead of the readable summary. */
  readonly json: boolean;
  /** Where to write an HTML report, or null. */
  readonly html: string | null;
  /** A lexicon file (JSON) that extends the analyses' verbs and loaded terms, or null. */
  readonly lexicon: string | null;
  /** Wording options. */
  readonly diff: DiffOptions;
  /** The wording options given on the command line (they override a project's). */
  readonly diffGiven: Partial<DiffOptions>;
  /** Where to write the comparison as a project file, or null. */
  readonly save: string | null;
  /** A project file to reopen instead of article files, or null. */
  readonly project: string | null;
  /** Where to write the notes and codes as CSV, or null. */
  readonly codesCsv: string | null;
  /** A details file (JSON) naming outlets, titles, dates and addresses per article, or null. */
  readonly details: string | null;
  /** Print the usage and stop. */
  readonly help: boolean;
}

/** The result of parsing: options, or a message naming the offending argument. */
export type ParseResult =
  | { readonly ok: true; readonly options: CliOptions }
  | { readonly ok: false; readonly message: string };

/** The `--help` text. */
export const USAGE = `Usage: news-compare [options] [FILE...]
       news-compare --project PROJECT [options]
       (in the project: npx news-compare …, or npm run --silent compare -- …)

Compares how news outlets report one story: aligns the paragraphs of two or more
plain-text articles and shows the wording differences. With no FILE, compares the
built-in seed articles.

Options:
  --base N                 base article: rows follow its reading order
                           (0-based index in the order the files are given;
                           default: the first file that can be read, or the
                           first on the story when that one is off topic)
  --json                   print one JSON document instead of the readable summary
  --html FILE              write an HTML report to FILE
  --lexicon FILE           extend the attribution verbs and loaded terms of the
                           analyses with a JSON file (see README, "Lexicon files")
  --save PROJECT           write the comparison as a project file (articles,
                           details, options, corrections, notes and codes)
  --project PROJECT        reopen a project file instead of article files (its
                           corrections, notes and codes included; no FILE)
  --codes-csv FILE         write the notes and codes as CSV (one line per code
                           applied, with its row, outlets, note and texts)
  --details FILE           set outlets, titles, dates and addresses from a JSON
                           file: { "FILE": { "outlet": "...", "title": "...",
                           "date": "YYYY-MM-DD", "url": "https://..." } }
  --ignore-case            treat "Met" and "met" as the same word
  --ignore-punctuation     ignore punctuation-only differences
  --no-normalize-quotes    tell curly and straight quotes apart
  --no-ignore-whitespace   count differences in whitespace
  -h, --help               show this help

Batch mode (many stories at once, on every CPU):
  --batch DIR              compare each sub-folder of DIR as one story (its files
                           in name order, the base chosen as without --base)
  --out FILE               write one JSON line per story to FILE, in the order of
                           the folders' names (required with --batch); a story that
                           cannot be compared has "ok": false and its "error"
  --html-dir DIR           also write each story's HTML report as DIR/STORY.html
                           (cut short, or STORY~2.html, where a disk needs it;
                           each line's "report" says where)
  --jobs N                 compare N stories at once (default and most: one per
                           CPU available; more is brought down to them)
  (--lexicon and the wording options apply to every story; --json, --html,
  --base, --save, --project, --codes-csv and --details do not apply)

Exit status: 0 on success (files that could not be read are skipped with a
warning as long as two articles remain), 2 on bad arguments or input (a
damaged project, a bad details file), 3 when an output cannot be written
(a missing folder, a full disk), 130 when a batch is stopped by Ctrl-C.
`;

type BooleanFlag = 'json' | 'help' | keyof DiffOptions;

/** Flags without a value, and what each one sets (a Map: looked up with what the user typed). */
const BOOLEAN_FLAGS: ReadonlyMap<string, { readonly key: BooleanFlag; readonly value: boolean }> =
  new Map([
    ['--json', { key: 'json', value: true }],
    ['--help', { key: 'help', value: true }],
    ['-h', { key: 'help', value: true }],
    ['--ignore-case', { key: 'ignoreCase', value: true }],
    ['--ignore-punctuation', { key: 'ignorePunctuation', value: true }],
    ['--no-normalize-quotes', { key: 'normalizeQuotes', value: false }],
    ['--no-ignore-whitespace', { key: 'ignoreWhitespace', value: false }],
  ]);

/** The options naming a file to read or write. */
type PathOption = 'html' | 'lexicon' | 'save' | 'project' | 'codesCsv' | 'details';

/** Options of the batch mode (`--batch`), which a comparison of files does not take. */
const BATCH_ONLY: ReadonlySet<string> = new Set(['--out', '--html-dir', '--jobs']);

/**
 * Flags naming a file (`--html r.html` or `--html=r.html`), and the option each one sets;
 * with `--base`, the flags that take a value.
 */
const PATH_FLAGS: ReadonlyMap<string, PathOption> = new Map([
  ['--html', 'html'],
  ['--lexicon', 'lexicon'],
  ['--save', 'save'],
  ['--project', 'project'],
  ['--codes-csv', 'codesCsv'],
  ['--details', 'details'],
]);

/**
 * Parses the arguments after the script name.
 *
 * `--` ends the options (so a file may be called `--json`); a lone `-` is taken as a file
 * name. `--base` must be a non-negative integer; whether that article exists is checked
 * once the files are read.
 */
export function parseArgs(argv: ReadonlyArray<string>): ParseResult {
  const files: string[] = [];
  const flags: Record<BooleanFlag, boolean> = {
    json: false,
    help: false,
    ...DEFAULT_DIFF_OPTIONS,
  };
  let base: number | null = null;
  const paths: Record<PathOption, string | null> = {
    html: null,
    lexicon: null,
    save: null,
    project: null,
    codesCsv: null,
    details: null,
  };
  const diffGiven: { -readonly [K in keyof DiffOptions]?: boolean } = {};
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const boolean = BOOLEAN_FLAGS.get(arg);
    if (boolean) {
      flags[boolean.key] = boolean.value;
      if (boolean.key !== 'json' && boolean.key !== 'help') {
        diffGiven[boolean.key] = boolean.value;
      }
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const path = PATH_FLAGS.get(name);
    if (BATCH_ONLY.has(name)) {
      return { ok: false, message: `${name} applies only with --batch DIR (see --help)` };
    }
    if (name !== '--base' && path === undefined) {
      return { ok: false, message: `unknown option ${arg} (see --help)` };
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') {
      return { ok: false, message: `${name} needs a value (see --help)` };
    }
    if (path !== undefined) {
      paths[path] = value;
    } else if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      return {
        ok: false,
        message: `--base must be a non-negative whole number (an article index), not "${value}"`,
      };
    } else {
      base = Number(value);
    }
  }
  if (paths.project !== null && files.length > 0) {
    return {
      ok: false,
      message: `--project reopens the articles saved in ${paths.project}; give no article files with it`,
    };
  }
  return {
    ok: true,
    options: {
      files,
      base,
      json: flags.json,
      help: flags.help,
      ...paths,
      diffGiven,
      diff: {
        ignoreCase: flags.ignoreCase,
        ignorePunctuation: flags.ignorePunctuation,
        normalizeQuotes: flags.normalizeQuotes,
        ignoreWhitespace: flags.ignoreWhitespace,
      },
    },
  };
}

/** Where the base article ended up once unreadable files were dropped. */
export type BaseResolution =
  { readonly ok: true; readonly base: number } | { readonly ok: false; readonly message: string };

/**
 * Maps the base index the user gave (in the order of `files`) to its index among the
 * articles that loaded, which skip the files in `failed` (by index in `files`).
 *
 * Example: files `[a, b, c]`, `b` failed, `--base 2` → base 1 (`c` is the second loaded).
 * A base that does not exist, or whose file failed, is an error naming it; a file named a
 * second time is the article of its first naming (`sameAs`). With no base
 * given, the first article that loaded is the base: a default never costs the user a run.
 */
export function resolveBase(
  files: ReadonlyArray<string>,
  failed: ReadonlyMap<number, { readonly sameAs?: number }>,
  base: number | null,
): BaseResolution {
  if (base === null) {
    return { ok: true, base: 0 };
  }
  const file = files[base];
  if (file === undefined) {
    return {
      ok: false,
      message: `--base ${base} does not exist: ${files.length === 1 ? 'only 1 file was' : `${files.length} files were`} given (the first is --base 0)`,
    };
  }
  const failure = failed.get(base);
  // A file named twice is read once: its first naming stands for it.
  const at = failure?.sameAs ?? base;
  if (failure !== undefined && failure.sameAs === undefined) {
    return { ok: false, message: `the base article ${file} (--base ${base}) could not be read` };
  }
  return { ok: true, base: files.slice(0, at).filter((_, k) => !failed.has(k)).length };
}

/**
 * `news-compare [options] [FILE...]` (in the project: `npx news-compare`, or `npm run
 * --silent compare -- …`): compare news articles from the shell.
 *
 * The imperative shell only, one pipeline whether or not a project is involved: parse
 * (cli/args.ts), read (node/read-articles.ts, or a project file), compare (shared/compare.ts),
 * analyse (shared/analysis), locate a project's notes and codes, and build the view model
 * (shared/view-model) once each (the last two only where an output needs them), format
 * (cli/summary.ts, cli/json.ts, cli/project.ts, shared/report), write.
 * Exit codes: 0 done (possibly with warnings about skipped files), 1 internal error,
 * 2 bad arguments or unusable input; on 2 nothing is written to stdout.
 */
// First: sets how soon V8 optimises, before any engine code runs.
import './tiering';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { analyzeComparison } from '../shared/analysis/analyze';
import {
  decodeLexicon,
  lexiconSizeProblem,
  parseLexiconFile,
  type UserLexicon,
} from '../shared/analysis/lexicon-file';
import { compareArticles } from '../shared/compare';
import { MAX_PROJECT_BYTES } from '../shared/ipc';
import { tooFewArticles, type LoadedSet } from '../shared/load/load-article';
import type { Article, Comparison, DiffOptions } from '../shared/model';
import {
  annotatedItems,
  applyDetailsFile,
  codingsCsv,
  createProject,
  MAX_DETAILS_FILE_CHARS,
  parseDetailsFile,
  parseProject,
  projectLexicon,
  serializeProject,
  setBase,
  setDiffOptions,
  setLexicon,
  type Project,
  type ProjectLexicon,
} from '../shared/project';
import { compareProject } from '../shared/project/compare-project';
import { renderReport } from '../shared/report/render-report';
import { buildViewModel, numberDifferences, type ViewModel } from '../shared/view-model/view-model';
import {
  fileIdentity,
  loadSeedStory,
  readArticleFiles,
  type FailedFile,
} from '../node/read-articles';
import { writeErrorReason } from './write-error';
import { readTextFile } from '../node/read-text';
import { installProjectWordVectors } from '../node/word-vectors-file';
import { parseArgs, resolveBase, USAGE, type CliOptions } from './args';
import { isBatch, runBatchCommand } from './batch';
import { renderJson, type JsonView } from './json';
import { annotationSummary, projectPart, projectReportMeta } from './project';
import { renderSummary } from './summary';
import { projectRoot } from '../node/root';
import { escapeForTerminal, oneLine } from './terminal';

const ROOT = projectRoot(import.meta.url);

/** Exit code for bad arguments or unusable input. */
const EXIT_USAGE = 2;
/** Exit code when the output cannot be written (a full disk). */
const EXIT_OUTPUT = 3;

/** A user-facing failure: each message printed as `error: <message>`, exit code 2. */
class UsageError extends Error {
  override name = 'UsageError';
  constructor(readonly messages: ReadonlyArray<string>) {
    super(messages.join('; '));
  }
}

/** An output that cannot be written (a missing folder, a full disk): exit code 3. */
class OutputError extends UsageError {
  override name = 'OutputError';
}

/**
 * Reads the files given, or the built-in seeds (with their manifest's metadata) when none
 * is. The seeds are named relative to the working directory, as a user would type them.
 */
async function readInput(
  files: ReadonlyArray<string>,
): Promise<LoadedSet & { files: ReadonlyArray<string>; failed: ReadonlyMap<number, FailedFile> }> {
  if (files.length > 0) {
    return { ...(await readArticleFiles(files)), files };
  }
  const set = await loadSeedStory(relative(process.cwd(), join(ROOT, 'seeds')) || '.');
  return {
    ...set,
    files: [...set.articles.map((a) => a.file), ...set.errors.map((e) => e.file)],
    failed: new Map(set.errors.map((error, k) => [set.articles.length + k, { error }])),
  };
}

/** Reads and checks a lexicon file; any problem is a usage error naming the file. */
async function readLexicon(file: string): Promise<UserLexicon> {
  return (await readLexiconSource(file)).lexicon;
}

/** A lexicon file read and checked, and its text (a project keeps the text). */
interface LexiconSource {
  readonly lexicon: UserLexicon;
  readonly source: ProjectLexicon;
}

/** Reads and checks a lexicon file, keeping its text. */
async function readLexiconSource(file: string): Promise<LexiconSource> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      throw new UsageError([`${file}: the lexicon is not a file.`]);
    }
    // Asked before reading: a mistaken path (a video) is not read into memory.
    const tooLarge = lexiconSizeProblem(file, info.size);
    if (tooLarge !== null) {
      throw new UsageError([`${tooLarge}.`]);
    }
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof UsageError) {
      throw error;
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError([
      code === 'ENOENT'
        ? `${file}: no such lexicon file; check the path.`
        : `${file}: cannot read the lexicon (${code ?? (error as Error).message}).`,
    ]);
  }
  const decoded = decodeLexicon(bytes, file);
  if (!decoded.ok) {
    throw new UsageError([`${decoded.message}.`]);
  }
  const parsed = parseLexiconFile(decoded.text, file);
  if (!parsed.ok) {
    throw new UsageError([`${parsed.message}.`]);
  }
  return { lexicon: parsed.lexicon, source: { name: file, content: decoded.text } };
}

/** Reads a project file; a damaged or newer one is a usage error naming the file. */
async function readProject(file: string): Promise<Project> {
  // UTF-8 takes at most three bytes per UTF-16 code unit.
  const read = await readTextFile(file, MAX_PROJECT_BYTES, 'project');
  if (!read.ok) {
    throw new UsageError([read.message]);
  }
  const parsed = parseProject(read.text, file);
  if (!parsed.ok) {
    throw new UsageError([parsed.message]);
  }
  return parsed.project;
}

/** An edit of the project the command line asked for, or a usage error with its message. */
function edited(result: { ok: true; project: Project } | { ok: false; message: string }): Project {
  if (!result.ok) {
    throw new UsageError([result.message]);
  }
  return result.project;
}

/** Writes a file the user asked for, or fails naming it. */
async function writeOutput(file: string, text: string, what: string): Promise<void> {
  try {
    await writeFile(file, text, 'utf8');
  } catch (error) {
    throw new OutputError([`${file}: cannot write the ${what}: ${writeErrorReason(error)}.`]);
  }
  process.stderr.write(`${what} written to ${oneLine(file)}\n`);
}

/**
 * Refuses outputs that would overwrite what is read (an article, the lexicon, the details
 * file, or, for the report and the codes, the project) or one another, before anything is
 * written. Saving a project over the one reopened is allowed: it is read whole first.
 */
async function checkOutputs(options: CliOptions, files: ReadonlyArray<string>): Promise<void> {
  const outputs = (
    [
      [options.html, 'the report'],
      [options.codesCsv, 'the codes'],
      [options.save, 'the project'],
    ] as const
  ).flatMap(([file, what]) => (file === null ? [] : [{ file, what }]));
  const inputs = [
    ...files.map((file) => ({ file, what: 'an article being compared' })),
    ...(options.lexicon === null ? [] : [{ file: options.lexicon, what: 'the lexicon file' }]),
    ...(options.details === null ? [] : [{ file: options.details, what: 'the details file' }]),
  ];
  for (const [i, out] of outputs.entries()) {
    const read =
      options.project !== null && out.what !== 'the project'
        ? [...inputs, { file: options.project, what: 'the project file' }]
        : inputs;
    for (const input of [...read, ...outputs.slice(0, i)]) {
      if (await sameFile(out.file, input.file)) {
        throw new UsageError([
          `${out.file}: ${out.what} would overwrite ${input.what}; choose another file.`,
        ]);
      }
    }
  }
}

/** Whether the run works on a project (reads, writes or annotates one). */
function usesProject(options: CliOptions): boolean {
  return (
    options.project !== null ||
    options.save !== null ||
    options.details !== null ||
    options.codesCsv !== null
  );
}

/**
 * The project of this run: the one reopened (`--project`, with the base, wording options
 * and lexicon given on the command line over its own), or one made of the articles read;
 * then the details file, if any.
 */
async function runProject(
  options: CliOptions,
  articles: ReadonlyArray<Article> | null,
  base: number,
  lexicon: LexiconSource | null,
): Promise<Project> {
  let project: Project;
  if (articles === null) {
    project = await readProject(options.project as string);
    if (options.base !== null) {
      project = edited(setBase(project, options.base));
    }
    const diff: DiffOptions = { ...project.diff, ...options.diffGiven };
    project = edited(setDiffOptions(project, diff));
    if (lexicon !== null) {
      project = edited(setLexicon(project, lexicon.source));
    }
  } else {
    project = edited(
      createProject({ articles, base, diff: options.diff, lexicon: lexicon?.source ?? null }),
    );
  }
  if (options.details !== null) {
    const read = await readTextFile(options.details, MAX_DETAILS_FILE_CHARS, 'details file');
    if (!read.ok) {
      throw new UsageError([read.message]);
    }
    const parsed = parseDetailsFile(read.text, options.details);
    if (!parsed.ok) {
      throw new UsageError([parsed.message]);
    }
    project = edited(
      applyDetailsFile(
        project,
        parsed.entries,
        options.details,
        (key, articleFile) => resolve(key) === resolve(articleFile),
      ),
    );
  }
  return project;
}

/** Whether two paths name the same file (same path, or the same file through a link). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) {
    return true;
  }
  const [x, y] = await Promise.all([fileIdentity(a), fileIdentity(b)]);
  return x !== null && x === y;
}

/** The app's version, from package.json. */
async function appVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? 'unknown';
}

/** Runs the command; resolves to the exit code. */
async function main(argv: ReadonlyArray<string>): Promise<number> {
  try {
    installProjectWordVectors();
  } catch (error) {
    throw new UsageError([
      `cannot read the alignment's word vectors (reinstall, or run npm run build:word-vectors): ${(error as Error).message}`,
    ]);
  }
  if (isBatch(argv)) {
    return runBatchCommand(argv, {
      readLexicon,
      usageError: (messages) => new UsageError(messages),
      outputError: (messages) => new OutputError(messages),
      exportedAt: new Date(),
      appVersion: await appVersion(),
    });
  }
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    throw new UsageError([parsed.message]);
  }
  const options = parsed.options;
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  return run(options);
}

/**
 * The run: the articles read (or the project reopened), compared and analysed once; then
 * the project saved, the codes and the report written, and the summary or JSON printed.
 */
async function run(options: CliOptions): Promise<number> {
  const lexiconSource = options.lexicon === null ? null : await readLexiconSource(options.lexicon);
  const input = options.project === null ? await readInput(options.files) : null;
  // Before anything is written; the seeds count too when no file is given.
  await checkOutputs(options, input?.files ?? []);
  let base = 0;
  if (input !== null) {
    base = checkedBase(input, options.base);
    warnAboutInput(input);
  }
  let project = usesProject(options)
    ? await runProject(options, input?.articles ?? null, base, lexiconSource)
    : null;
  let comparison: Comparison;
  let lexicon: UserLexicon | undefined;
  if (project === null) {
    // No --base: the engine takes the first article on the story.
    comparison = compareArticles(input?.articles ?? [], {
      ...(options.base === null ? {} : { base }),
      diff: options.diff,
    });
    lexicon = lexiconSource?.lexicon;
  } else {
    // A project made of the files, with no --base: its base is chosen as without a
    // project, the first article on the story (and saved so).
    comparison = compareProject(project, { firstOnStory: input !== null && options.base === null });
    if (comparison.options.base !== project.base) {
      project = edited(setBase(project, comparison.options.base));
    }
    lexicon = projectLexicon(project) ?? undefined;
  }
  const analysis = analyzeComparison(comparison, lexicon?.additions);
  // The view model at most once, for the report and the numbers of a project's annotated
  // differences: a plain summary needs none, nor one of a project with no notes or codes;
  // the JSON needs only its numbered differences.
  let viewModel: ViewModel | null = null;
  const view = (): ViewModel => (viewModel ??= buildViewModel(comparison));
  const numbered = (): JsonView => viewModel ?? numberDifferences(comparison);
  // The notes and codes located once, for the codes, the report, the JSON and the summary.
  const items =
    project === null || project.notes.length + project.codings.length === 0
      ? []
      : annotatedItems(project, comparison, view());
  if (project !== null && options.save !== null) {
    await writeOutput(options.save, serializeProject(project), 'project');
  }
  if (project !== null && options.codesCsv !== null) {
    await writeOutput(options.codesCsv, codingsCsv(project, comparison, items), 'codes');
  }
  if (options.html !== null) {
    const html = renderReport(view(), analysis, {
      exportedAt: new Date(),
      appVersion: await appVersion(),
      lexicon,
      loadNotes: {
        skipped: input?.errors.map((e) => e.message) ?? [],
        warnings: input?.warnings.map((w) => w.message) ?? [],
      },
      urls: comparison.articles.map((a) => a.url ?? null),
      ...(project === null ? {} : projectReportMeta(project, items)),
    });
    await writeOutput(options.html, html, 'report');
  }
  if (options.json) {
    process.stdout.write(
      renderJson(comparison, numbered(), analysis, {
        skipped: input?.errors ?? [],
        lexicon,
        warnings: input?.warnings ?? [],
        ...(project === null ? {} : { project: projectPart(project, items) }),
      }),
    );
    // Apart: joined to the document (megabytes), the newline would copy it.
    process.stdout.write('\n');
  } else {
    process.stdout.write(
      renderSummary(comparison, analysis, lexicon) +
        (project === null ? '' : annotationSummary(project, items)),
    );
  }
  return 0;
}

/**
 * The base article of what was read, once enough was: too few articles or a base that is
 * not among them is a usage error that also names the files that could not be read.
 */
function checkedBase(
  input: LoadedSet & { files: ReadonlyArray<string>; failed: ReadonlyMap<number, FailedFile> },
  wanted: CliOptions['base'],
): number {
  const loadMessages = input.errors.map((e) => e.message);
  const tooFew = tooFewArticles(input);
  if (tooFew !== null) {
    throw new UsageError([...loadMessages, tooFew.message]);
  }
  const base = resolveBase(input.files, input.failed, wanted);
  if (!base.ok) {
    throw new UsageError([...loadMessages, base.message]);
  }
  return base.base;
}

/**
 * Says on stderr which files were skipped, what else the loader warned about, and how many
 * files are compared when some could not be read.
 */
function warnAboutInput(input: LoadedSet): void {
  for (const error of input.errors) {
    process.stderr.write(`warning: skipped ${oneLine(error.message)}\n`);
  }
  for (const warning of input.warnings) {
    process.stderr.write(`warning: ${oneLine(warning.message)}\n`);
  }
  if (input.errors.length > 0) {
    process.stderr.write(
      `warning: comparing the ${input.articles.length} files that could be read\n`,
    );
  }
}

/** Writes a failure to stderr and returns its exit code. */
function report(error: unknown): number {
  if (error instanceof UsageError) {
    // Messages name files: a newline or an escape sequence in a name must not forge a line
    // or act on the terminal.
    process.stderr.write(error.messages.map((m) => `error: ${oneLine(m)}\n`).join(''));
    return error instanceof OutputError ? EXIT_OUTPUT : EXIT_USAGE;
  }
  process.stderr.write(
    `error: internal error: ${escapeForTerminal(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
  );
  return 1;
}

// A reader that closes the pipe early (`| head`) is not an error; a full disk is, said in
// one line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    process.exit(0);
  }
  process.stderr.write(`error: cannot write the output: ${writeErrorReason(error)}.\n`);
  process.exit(EXIT_OUTPUT);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = report(error);
  },
);

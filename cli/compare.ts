/**
 * `npm run --silent compare -- [options] [FILE...]`: compare news articles from the shell.
 *
 * The imperative shell only: parse (cli/args.ts), read (node/read-articles.ts), compare
 * (shared/compare.ts), format (cli/summary.ts, cli/json.ts, shared/report), write.
 * Exit codes: 0 done (possibly with warnings about skipped files), 1 internal error,
 * 2 bad arguments or unusable input; on 2 nothing is written to stdout.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import {
  MAX_LEXICON_BYTES,
  parseLexiconFile,
  type UserLexicon,
} from '../shared/analysis/lexicon-file';
import { checkCompareInput, compareArticles } from '../shared/compare';
import { tooFewArticles, type LoadedSet } from '../shared/load/load-article';
import { renderReport } from '../shared/report/render-report';
import { loadSeedStory, readArticleFiles } from '../node/read-articles';
import { parseArgs, resolveBase, USAGE } from './args';
import { isBatch, runBatchCommand } from './batch';
import { renderJson } from './json';
import { renderSummary } from './summary';
import { projectRoot } from './root';
import { escapeForTerminal, oneLine } from './terminal';

const ROOT = projectRoot(import.meta.url);

/** Exit code for bad arguments or unusable input. */
const EXIT_USAGE = 2;

/** A user-facing failure: each message printed as `error: <message>`, exit code 2. */
class UsageError extends Error {
  override name = 'UsageError';
  constructor(readonly messages: ReadonlyArray<string>) {
    super(messages.join('; '));
  }
}

/**
 * Reads the files given, or the built-in seeds (with their manifest's metadata) when none
 * is. The seeds are named relative to the working directory, as a user would type them.
 */
async function readInput(
  files: ReadonlyArray<string>,
): Promise<LoadedSet & { files: ReadonlyArray<string> }> {
  if (files.length > 0) {
    return { ...(await readArticleFiles(files)), files };
  }
  const set = await loadSeedStory(relative(process.cwd(), join(ROOT, 'seeds')) || '.');
  return { ...set, files: [...set.articles.map((a) => a.file), ...set.errors.map((e) => e.file)] };
}

/** Reads and checks a lexicon file; any problem is a usage error naming the file. */
async function readLexicon(file: string): Promise<UserLexicon> {
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      throw new UsageError([`${file}: the lexicon is not a file.`]);
    }
    if (info.size > MAX_LEXICON_BYTES) {
      throw new UsageError([`${file}: the lexicon is over 1 MiB.`]);
    }
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch (error) {
    if (error instanceof UsageError) {
      throw error;
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError([
      code === 'ENOENT'
        ? `${file}: no such lexicon file.`
        : error instanceof TypeError
          ? `${file}: the lexicon is not UTF-8 text.`
          : `${file}: cannot read the lexicon (${code ?? (error as Error).message}).`,
    ]);
  }
  const parsed = parseLexiconFile(text, file);
  if (!parsed.ok) {
    throw new UsageError([`${parsed.message}.`]);
  }
  return parsed.lexicon;
}

/** Whether two paths name the same file (same path, or the same file through a link). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) {
    return true;
  }
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Refuses an --html path that is one of the files read: the report would replace it. */
async function checkOutput(html: string, files: ReadonlyArray<string>, lexicon: string | null) {
  for (const file of files) {
    if (await sameFile(html, file)) {
      throw new UsageError([
        `${html}: the report would overwrite an article being compared; choose another file.`,
      ]);
    }
  }
  if (lexicon !== null && (await sameFile(html, lexicon))) {
    throw new UsageError([
      `${html}: the report would overwrite the lexicon file; choose another file.`,
    ]);
  }
}

/** Local time as "YYYY-MM-DD HH:MM", for the report's "Exported" line. */
function exportedAt(now: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
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
  if (isBatch(argv)) {
    return runBatchCommand(argv, {
      readLexicon,
      usageError: (messages) => new UsageError(messages),
      exportedAt: exportedAt(new Date()),
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
  const lexicon = options.lexicon === null ? undefined : await readLexicon(options.lexicon);
  const input = await readInput(options.files);
  if (options.html !== null) {
    // Before anything is written; the seeds count too when no file is given.
    await checkOutput(options.html, input.files, options.lexicon);
  }
  const loadMessages = input.errors.map((e) => e.message);
  const tooFew = tooFewArticles(input);
  if (tooFew !== null) {
    throw new UsageError([...loadMessages, tooFew.message]);
  }
  const base = resolveBase(input.files, new Set(input.errors.map((e) => e.file)), options.base);
  if (!base.ok) {
    throw new UsageError([...loadMessages, base.message]);
  }
  const check = checkCompareInput(input.articles, { base: base.base });
  if (check !== null) {
    throw new UsageError([...loadMessages, check.message]);
  }
  for (const message of loadMessages) {
    process.stderr.write(`warning: skipped ${oneLine(message)}\n`);
  }
  for (const warning of input.warnings) {
    process.stderr.write(`warning: ${oneLine(warning.message)}\n`);
  }
  if (input.errors.length > 0) {
    process.stderr.write(
      `warning: comparing the ${input.articles.length} files that could be read\n`,
    );
  }
  const comparison = compareArticles(input.articles, { base: base.base, diff: options.diff });
  if (options.html !== null) {
    const html = renderReport(comparison, {
      exportedAt: exportedAt(new Date()),
      appVersion: await appVersion(),
      lexicon,
    });
    try {
      await writeFile(options.html, html, 'utf8');
    } catch (error) {
      throw new UsageError([
        `${options.html}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
      ]);
    }
    process.stderr.write(`report written to ${oneLine(options.html)}\n`);
  }
  process.stdout.write(
    options.json
      ? renderJson(comparison, input.errors, lexicon, input.warnings)
      : renderSummary(comparison, lexicon),
  );
  return 0;
}

/** Writes a failure to stderr and returns its exit code. */
function report(error: unknown): number {
  if (error instanceof UsageError) {
    // Messages name files: a newline or an escape sequence in a name must not forge a line
    // or act on the terminal.
    process.stderr.write(error.messages.map((m) => `error: ${oneLine(m)}\n`).join(''));
    return EXIT_USAGE;
  }
  process.stderr.write(
    `error: internal error: ${escapeForTerminal(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
  );
  return 1;
}

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    process.exit(0);
  }
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = report(error);
  },
);

/**
 * `compare --batch DIR --out OUT.jsonl`: every sub-folder of DIR is one story, compared on
 * all the CPUs available (one worker thread per CPU), written as one JSON line per story
 * in the order of the folders' names, whatever order the workers finish in. A story that
 * cannot be compared is a line with its error; the batch goes on. Progress goes to stderr
 * when it is a terminal.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { lstat, mkdir, readdir, readlink, realpath, rename, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { UserLexicon } from '../shared/analysis/lexicon-file';
import { parseArgs } from './args';
import { failureLine, type StoryJob, type StoryOptions } from './batch-story';
import type { WorkerRequest, WorkerResponse } from './batch-worker';
import { isFolderEntry } from '../node/read-articles';
import { fileNameKey, reportFileNames } from './report-names';
import { oneLine } from './terminal';
import { writeErrorReason } from './write-error';

/** What `--batch` was asked to do. */
export interface BatchOptions {
  /** The folder of stories (one sub-folder each). */
  readonly dir: string;
  /** The JSON Lines file to write. */
  readonly out: string;
  /** Where to write each story's HTML report (`<story>.html`, see reportFileNames), or null. */
  readonly htmlDir: string | null;
  /**
   * How many stories are compared at once (worker threads): at most the CPUs available
   * (see parseBatchArgs); runBatch starts no more than there are stories.
   */
  readonly jobs: number;
  /** A lexicon file for the analyses, or null. */
  readonly lexicon: string | null;
  readonly diff: StoryOptions['diff'];
}

/** Whether the arguments ask for a batch (before a `--` that ends the options). */
export function isBatch(argv: ReadonlyArray<string>): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some(
    (a) => a === '--batch' || a.startsWith('--batch='),
  );
}

const BATCH_FLAGS = new Set(['--batch', '--out', '--html-dir', '--jobs']);

/** `--jobs` brought down to the CPUs available: what was asked, and the CPUs. */
export interface JobsCapped {
  readonly asked: number;
  readonly cpus: number;
}

/**
 * Parses the arguments of a batch; a message for bad ones. `--jobs` above the `cpus`
 * this process may use (`availableParallelism()`) is brought down to them (`capped` says
 * so): a story's comparison is all CPU, so more workers than CPUs only share them, each
 * with a heap of its own (on two CPUs, 120 stories took 16 s and 2.6 GB with `--jobs 99`
 * against 3.8 s and 280 MB with 2).
 */
export function parseBatchArgs(
  argv: ReadonlyArray<string>,
  cpus = availableParallelism(),
):
  | {
      readonly ok: true;
      readonly options: BatchOptions;
      /** `--jobs` above the CPUs, brought down to them in `options.jobs`; else null. */
      readonly capped: JobsCapped | null;
    }
  | { readonly ok: false; readonly message: string } {
  const values = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!BATCH_FLAGS.has(name)) {
      rest.push(arg);
      continue;
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') {
      return { ok: false, message: `${name} needs a value (see --help)` };
    }
    values.set(name, value);
  }
  const parsed = parseArgs(rest);
  if (!parsed.ok) {
    return parsed;
  }
  const o = parsed.options;
  if (o.files.length > 0) {
    return {
      ok: false,
      message: `--batch compares the sub-folders of its folder and takes no FILE (got ${o.files[0]})`,
    };
  }
  const given = (
    [
      ['--json', o.json],
      ['--html', o.html !== null],
      ['--base', o.base !== null],
      ['--save', o.save !== null],
      ['--project', o.project !== null],
      ['--codes-csv', o.codesCsv !== null],
      ['--details', o.details !== null],
    ] as const
  ).flatMap(([flag, set]) => (set ? [flag] : []));
  if (given.length > 0) {
    return {
      ok: false,
      message: `${given.join(', ')} ${given.length === 1 ? 'does' : 'do'} not apply to --batch: it writes JSON lines with --out and reports with --html-dir, takes each story’s first file on the story as its base, and makes no project (--json, --html, --base, --save, --project, --codes-csv and --details are for one story)`,
    };
  }
  const out = values.get('--out');
  if (out === undefined) {
    return { ok: false, message: '--batch needs --out FILE (the JSON Lines file to write)' };
  }
  const jobsText = values.get('--jobs');
  if (jobsText !== undefined && !/^[1-9]\d{0,3}$/u.test(jobsText)) {
    return {
      ok: false,
      message: `--jobs must be a whole number from 1 to 9999, not "${jobsText}"`,
    };
  }
  const most = Math.max(1, cpus);
  const asked = jobsText === undefined ? most : Number(jobsText);
  return {
    ok: true,
    options: {
      dir: values.get('--batch') as string,
      out,
      htmlDir: values.get('--html-dir') ?? null,
      jobs: Math.min(asked, most),
      lexicon: o.lexicon,
      diff: o.diff,
    },
    capped: asked > most ? { asked, cpus: most } : null,
  };
}

/**
 * What a batch of `stories` says on stderr before it starts when its `--jobs` was brought
 * down to the CPUs (see parseBatchArgs), or null: nothing when there are no more stories
 * than CPUs, as the batch then starts one worker per story either way.
 */
export function jobsNote(capped: JobsCapped | null, stories: number): string | null {
  if (capped === null || stories <= capped.cpus) {
    return null;
  }
  const { asked, cpus } = capped;
  return `note: --jobs ${asked} is more than the ${cpus} ${cpus === 1 ? 'CPU' : 'CPUs'} available; using ${cpus}`;
}

/**
 * The stories of a batch folder: its sub-folders (or links to folders), sorted by name
 * (code point order). Hidden folders (".git", ".cache": a name that starts with a dot) are
 * not stories.
 */
async function listStories(dir: string): Promise<ReadonlyArray<string>> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names: string[] = [];
  for (const e of entries) {
    // A link to a folder is a story too; a link whose name is not UTF-8 cannot be followed
    // by that name, so it is listed, and its line says why it cannot be read.
    const unreadableLink = e.isSymbolicLink() && e.name.includes('\uFFFD');
    if (!e.name.startsWith('.') && (unreadableLink || (await isFolderEntry(dir, e)))) {
      names.push(e.name);
    }
  }
  return names.sort();
}

/** How the batch went. */
export interface BatchSummary {
  readonly stories: number;
  readonly failed: number;
}

/** Writes a line (its newline included) to a stream, waiting when it is full. */
function writeLine(stream: WriteStream, line: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(line, (error) => (error ? reject(error) : undefined));
    if (ok) {
      resolve();
    } else {
      stream.once('drain', resolve);
    }
  });
}

/** How long a failed output is given to close and say its own error (ms). */
const CLOSE_WAIT_MS = 2000;

/**
 * Settles once a stream is closed (at once if it is): by then it has emitted its own error,
 * if it had one. A stream whose write failed is destroyed, and so closes; one that does not
 * close (a failure that was not the stream's) is waited for {@link CLOSE_WAIT_MS} at most.
 */
function closed(stream: WriteStream): Promise<void> {
  return stream.closed
    ? Promise.resolve()
    : new Promise((resolve) => {
        const timer = setTimeout(resolve, CLOSE_WAIT_MS);
        stream.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
}

/** The progress line: done of total, failures, time left (from the pace so far). */
export function progressLine(
  done: number,
  total: number,
  failed: number,
  elapsedMs: number,
): string {
  const elapsed = elapsedMs / 1000;
  const left = done > 0 && done < total ? (elapsed / done) * (total - done) : null;
  const percent = Math.floor((done / Math.max(1, total)) * 100);
  return `${done}/${total} stories (${percent}%)${failed > 0 ? `, ${failed} failed` : ''}${
    left === null
      ? ''
      : `, about ${left < 60 ? `${Math.ceil(left)} s` : `${Math.ceil(left / 60)} min`} left`
  }`;
}

/**
 * Old-generation room (MB) a batch worker's heap starts with, before its first full
 * (mark-compact) collection. A story's comparison lives only while it runs, but long
 * enough to be promoted, so with V8's default (a limit a few times the live heap, about
 * 10 MB here) a worker ran a full collection every two to three stories. Each one throws
 * away the optimised code of every closure no longer alive (V8 holds it weakly), so the
 * engine's inner functions were compiled again and again: 15 full collections and 1,500
 * TurboFan compilations for 200 stories of 5 × 800 words, a quarter of the batch's CPU
 * time, spent on the compiler's background threads, which competed with a second worker
 * for the cores. With this room: one full collection and about 400 compilations.
 */
export const BATCH_WORKER_OLD_SPACE_MB = 128;

/**
 * Young-generation room (MB) a batch worker's heap may grow to, set per worker with
 * Worker's `resourceLimits` (V8 gives a third of it to each of its two semi-spaces and the
 * rest to new large objects). A story's comparison makes most of its garbage in bursts of
 * several MB that live until a step ends; with V8's default (48 MB on 64-bit) much of it
 * survived two scavenges and was promoted, to die in the old generation. Measured side by
 * side on 200 stories of 5 × 800 words (two cores, two runs each): with 96 MB the batch
 * took 8.3-8.5 s instead of 9.0-9.3 s on one worker and 5.7-6.0 s instead of 6.3-6.5 s on
 * two, at a peak of 360 MB instead of 400 MB; 192 MB was no faster and peaked at 490 MB.
 */
export const BATCH_WORKER_YOUNG_GENERATION_MB = 96;

/** The resource limits every batch worker is started with. */
export const BATCH_WORKER_LIMITS = { maxYoungGenerationSizeMb: BATCH_WORKER_YOUNG_GENERATION_MB };

/** How a batch worker is started: the stories' options, and its heap's limits. */
export function batchWorkerOptions(workerData: StoryOptions): WorkerOptions {
  return { workerData, resourceLimits: BATCH_WORKER_LIMITS };
}

let roomyHeap = false;

/**
 * Makes the worker threads started from now on begin with
 * {@link BATCH_WORKER_OLD_SPACE_MB} of old-generation room. V8 reads the flag when a
 * thread's heap is made (the main thread's is not changed); Worker's own `resourceLimits`
 * only sets maxima.
 */
export function giveWorkersHeapRoom(): void {
  if (!roomyHeap) {
    roomyHeap = true;
    setFlagsFromString(`--initial-old-space-size=${BATCH_WORKER_OLD_SPACE_MB}`);
  }
}

/** The worker's module beside this one: built (`.mjs`) or, from the sources, `.ts`. */
function workerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './batch-worker.ts' : './batch-worker.mjs', here);
}

/**
 * How many stories a worker is given at once: the one it compares and the next, so that it
 * goes on to the next as soon as it has sent a line, rather than waiting for the batch's
 * thread to take the line and answer with another story.
 */
export const STORIES_PER_WORKER = 2;

/** What the batch needs of a worker thread (a stand-in in the tests). */
export interface BatchWorker {
  postMessage(request: WorkerRequest): void;
  terminate(): Promise<number>;
  on(event: 'message', listener: (response: WorkerResponse) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
}

/** A batch's stories being compared on workers. */
export interface WorkerPool {
  /** Settles once every worker has stopped: every story is recorded, or the pool was stopped. */
  readonly finished: Promise<void>;
  /** Stops the workers: the stories not compared yet are left out. */
  readonly stop: () => void;
}

/**
 * Compares `jobs` on `threads` workers made by `startWorker`, each given
 * {@link STORIES_PER_WORKER} stories at a time (it compares them one after the other), and
 * gives every story's line to `record` (with the story's number, in the order they come).
 * A worker that dies (out of memory, a crash) fails the story it was comparing, the first
 * it was given and has not answered; the others it held go back to be compared first by
 * the new worker started in its place.
 */
export function compareOnWorkers(
  jobs: ReadonlyArray<StoryJob>,
  threads: number,
  startWorker: () => BatchWorker,
  record: (index: number, line: Uint8Array, ok: boolean) => void,
): WorkerPool {
  const encoder = new TextEncoder();
  const workers = new Set<BatchWorker>();
  // Stories given back by a worker that died, in their order; then those never given.
  const returned: number[] = [];
  let next = 0;
  let stopped = false;
  const left = () => !stopped && (returned.length > 0 || next < jobs.length);
  const take = (): number => returned.shift() ?? next++;
  let finish = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const start = () => {
    const worker = startWorker();
    workers.add(worker);
    // The stories given to this worker and not answered yet, in the order given.
    const held: WorkerRequest[] = [];
    let failure: string | null = null;
    const feed = () => {
      while (left() && held.length < STORIES_PER_WORKER) {
        const index = take();
        const request: WorkerRequest = { index, job: jobs[index] as StoryJob };
        held.push(request);
        worker.postMessage(request);
      }
      if (held.length === 0) {
        void worker.terminate();
      }
    };
    worker.on('message', (response) => {
      const at = held.findIndex((r) => r.index === response.index);
      if (at !== -1) {
        held.splice(at, 1);
        record(response.index, new Uint8Array(response.line), response.ok);
      }
      feed();
    });
    worker.on('error', (error) => {
      failure ??= error.message;
    });
    // By its exit, the lines the worker sent have all come (Node delivers them first).
    worker.on('exit', () => {
      workers.delete(worker);
      const [lost, ...notStarted] = held.splice(0);
      if (lost !== undefined) {
        const message = `internal error: ${failure ?? 'the worker stopped'}`;
        record(lost.index, encoder.encode(`${failureLine(lost.job.name, message)}\n`), false);
        returned.push(...notStarted.map((r) => r.index));
        returned.sort((a, b) => a - b);
        if (left()) {
          start();
        }
      }
      if (workers.size === 0) {
        finish();
      }
    });
    feed();
  };
  if (jobs.length === 0) {
    finish();
  }
  for (let t = 0; t < Math.min(threads, jobs.length); t++) {
    start();
  }
  const stop = () => {
    stopped = true;
    for (const worker of workers) {
      void worker.terminate();
    }
  };
  return { finished, stop };
}

/**
 * Runs a batch: compares every story (`names`, the folders as listed once by the command,
 * and `reports`, their report files' names) on `options.jobs` worker threads and writes
 * the lines in the stories' order. `progress` gets a line now and then (null: no progress).
 */
async function runBatch(
  options: BatchOptions,
  names: ReadonlyArray<string>,
  reports: ReadonlyArray<string>,
  story: Omit<StoryOptions, 'diff' | 'lexicon'> & { readonly lexicon?: UserLexicon },
  progress: ((line: string) => void) | null,
  plan: OutputPlan,
  state: { written: number } = { written: 0 },
): Promise<BatchSummary> {
  if (options.htmlDir !== null) {
    // Made if missing, as --out's file is, in a folder that exists: a mistyped path does
    // not leave a trail of new folders.
    await mkdir(options.htmlDir).catch(async (error: NodeJS.ErrnoException) => {
      // There already: fine if it is a folder; a file of that name is in the way.
      if (error.code !== 'EEXIST' || !(await stat(options.htmlDir as string)).isDirectory()) {
        throw error;
      }
    });
  }
  const jobs: ReadonlyArray<StoryJob> = names.map((name, i) => ({
    name,
    dir: join(options.dir, name),
    html: options.htmlDir === null ? null : join(options.htmlDir, reports[i] as string),
  }));
  const out = createWriteStream(plan.write, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    out.once('open', () => resolve());
    out.once('error', reject);
  });
  await opened;
  // The first error of the stream itself: a write it accepted can fail later (a full disk),
  // and the writes after it then fail only because the stream is closed.
  let streamError: unknown = null;
  out.on('error', (error) => {
    streamError ??= error;
  });
  const workerData: StoryOptions = { ...story, diff: options.diff };
  // Each line as UTF-8 bytes, its newline included (null once written).
  const lines: Array<Uint8Array | null | undefined> = [];
  let written = 0;
  let done = 0;
  let failed = 0;
  const started = performance.now();
  let lastProgress = 0;
  const report = (force: boolean) => {
    const now = performance.now();
    if (progress && (force || now - lastProgress > 200)) {
      lastProgress = now;
      progress(progressLine(done, jobs.length, failed, now - started));
    }
  };
  report(true);
  // Lines are written in the stories' order: each as soon as every one before it is in.
  let writing = Promise.resolve();
  // The error that stopped the writing (a full disk, a reader that closed its pipe): the
  // workers are stopped and the batch fails with it.
  let writeFailure: { readonly error: unknown } | null = null;
  // Stops the workers (once they are started).
  let stopWorkers = () => {};
  const flush = () => {
    while (written < jobs.length && lines[written] !== undefined) {
      const line = lines[written] as Uint8Array;
      lines[written] = null;
      written++;
      state.written = written;
      writing = writing
        .then(() => (writeFailure === null ? writeLine(out, line) : undefined))
        .catch(async (error: unknown) => {
          // A write after the stream's own error fails with ERR_STREAM_DESTROYED, which can
          // come before that error is emitted (once the file is closed): the cause is known
          // when the stream is closed.
          await closed(out);
          writeFailure ??= { error: streamError ?? error };
          stopWorkers();
        });
    }
  };
  const record = (index: number, line: Uint8Array, ok: boolean) => {
    lines[index] = line;
    done++;
    if (!ok) {
      failed++;
    }
    flush();
    report(false);
  };
  giveWorkersHeapRoom();
  const pool = compareOnWorkers(
    jobs,
    options.jobs,
    () => new Worker(workerUrl(), batchWorkerOptions(workerData)),
    record,
  );
  stopWorkers = pool.stop;
  await pool.finished;
  if (writeFailure === null && written < jobs.length) {
    throw new Error(`the batch stopped after ${written} of ${jobs.length} stories`);
  }
  await writing;
  if (writeFailure !== null) {
    throw (writeFailure as { readonly error: unknown }).error;
  }
  const ended = await new Promise<Error | null>((resolve) => {
    out.end((error?: Error | null) => resolve(error ?? null));
  });
  if (ended !== null) {
    // Ending a stream its own error destroyed fails with ERR_STREAM_DESTROYED, which can
    // come before that error is emitted: as for a write, the cause is known once it is closed.
    await closed(out);
    throw streamError ?? ended;
  }
  if (streamError !== null) {
    throw streamError;
  }
  if (plan.renameTo !== null) {
    await rename(plan.write, plan.renameTo);
  }
  report(true);
  return { stories: jobs.length, failed };
}

/** Where a batch writes its lines until it is done: `--out` with ".partial" added. */
export function partialFileOf(out: string): string {
  return `${out}.partial`;
}

/** Where a batch writes its lines (`write`), and the file they become when it is done. */
export interface OutputPlan {
  readonly write: string;
  /** The file `write` is renamed to at the end, or null when the lines go to `--out` itself. */
  readonly renameTo: string | null;
}

/**
 * Where the lines of a batch go. A file (new, or one to replace) gets them through a
 * partial file beside it, renamed to it once every story is in, so that a batch stopped or
 * failed leaves the previous file as it was; through a link, the file it points to. What is
 * not a file (a pipe, a terminal, `/dev/null`) gets them as they come: a rename would
 * replace it. A folder is refused, before any story is compared.
 */
export async function planOutput(
  out: string,
): Promise<
  | { readonly ok: true; readonly plan: OutputPlan }
  | { readonly ok: false; readonly message: string }
> {
  const beside = (file: string): OutputPlan => ({ write: partialFileOf(file), renameTo: file });
  // What `out` leads to, through any links: a link to a pipe (`/dev/stdout` when the
  // output is piped, `/dev/fd/63` of a shell's `>(…)`) is a pipe, though it has no path.
  let info;
  try {
    info = await stat(out);
  } catch {
    info = null;
  }
  if (info !== null) {
    if (info.isDirectory()) {
      return { ok: false, message: `${out}: --out is a folder; give the file to write.` };
    }
    if (!info.isFile()) {
      // A pipe or a device gets the lines as they come: a rename would replace it.
      return { ok: true, plan: { write: out, renameTo: null } };
    }
    return { ok: true, plan: beside(await realpath(out).catch(() => out)) };
  }
  // Nothing there yet: a new file, written beside; through a link to none, the file the
  // link names (a rename over the link would replace the link with a file).
  return { ok: true, plan: beside(await linkTarget(out)) };
}

/** Where a path leads through links that name no existing file (the path itself if none). */
async function linkTarget(path: string): Promise<string> {
  let target = path;
  // As the system does, a chain of links ends after 40.
  for (let step = 0; step < 40; step++) {
    try {
      if (!(await lstat(target)).isSymbolicLink()) {
        return target;
      }
      target = resolve(dirname(target), await readlink(target));
    } catch {
      return target;
    }
  }
  return target;
}

/** The file a write error is about, as the user named it (not its partial file). */
function writtenPath(path: string | undefined, out: string, plan: OutputPlan): string {
  return path === undefined || path === plan.write || path === plan.renameTo ? out : path;
}

/** What a batch stopped by Ctrl-C says: how far it got, where those lines are, --out unchanged. */
export function interruptedMessage(
  written: number,
  total: number,
  out: string,
  hadOut: boolean,
  plan: OutputPlan = { write: partialFileOf(out), renameTo: out },
): string {
  const done = `interrupted after ${written} of ${total} ${total === 1 ? 'story' : 'stories'}`;
  return plan.renameTo === null
    ? `${done}, whose lines went to ${oneLine(out)}.\n`
    : `${done}: their lines are in ${oneLine(plan.write)}; ${oneLine(out)} ${hadOut ? 'is as it was before this run' : 'was not written'}.\n`;
}

/** The message that ends a batch on stderr. */
function batchDoneMessage(summary: BatchSummary, out: string): string {
  return `${summary.stories} ${summary.stories === 1 ? 'story' : 'stories'} written to ${oneLine(out)}${
    summary.failed > 0
      ? `; ${summary.failed} could not be compared (see "error" in their lines)`
      : ''
  }\n`;
}

/** What the command line hands the batch: its lexicon reader and its kind of usage error. */
export interface BatchCommandDeps {
  /** Reads and checks a lexicon file (throws the command's usage error). */
  readonly readLexicon: (file: string) => Promise<UserLexicon>;
  /** The command's usage error (exit code 2) for these messages. */
  readonly usageError: (messages: ReadonlyArray<string>) => Error;
  /** The command's error for an output it cannot write (exit code 3). */
  readonly outputError: (messages: ReadonlyArray<string>) => Error;
  /** The reports' "Exported" time. */
  readonly exportedAt: Date;
  /** The app's version, for the reports. */
  readonly appVersion: string;
}

/** The paths a batch reads and writes (as given, or as resolved through links). */
export interface BatchPaths {
  readonly dir: string;
  readonly out: string;
  readonly htmlDir: string | null;
  readonly lexicon: string | null;
}

/**
 * Why the batch's outputs cannot go where they were asked, before anything is written: a
 * `--out` file inside a story folder would overwrite an article or be read as one by the
 * next run, and so would reports in a folder inside the batch folder (a new sub-folder is a
 * story). Files beside the story folders, in the batch folder itself, are not read. `--out`
 * must not be the lexicon the run reads, nor one of the reports it writes. `real` are the
 * same paths with links followed (`realPathOf`), so that a link to the batch folder is the
 * batch folder; the messages name the paths as given. `reports` are the names of the
 * `stories`' report files.
 */
export function batchOutputProblems(
  given: BatchPaths,
  real: BatchPaths = given,
  stories: ReadonlyArray<string> = [],
  reports: ReadonlyArray<string> = reportFileNames(stories),
): ReadonlyArray<string> {
  const { dir, out, htmlDir, lexicon } = given;
  const root = resolve(real.dir);
  // The path below the batch folder, or null when outside it.
  const below = (path: string): string | null => {
    const rel = relative(root, resolve(path));
    return rel === ''
      ? ''
      : rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)
        ? null
        : rel;
  };
  const problems: string[] = [];
  const outBelow = below(real.out);
  if (outBelow !== null && outBelow.includes(sep)) {
    problems.push(
      `${out}: --out is inside the story folder "${outBelow.split(sep)[0] ?? ''}" of ${dir}, where it would overwrite or be read as an article; write it elsewhere (beside the story folders is fine).`,
    );
  }
  if (htmlDir !== null && real.htmlDir !== null) {
    const reportsBelow = below(real.htmlDir);
    if (reportsBelow !== null && reportsBelow !== '') {
      problems.push(
        `${htmlDir}: --html-dir is inside ${dir}, where the next run would read the reports as a story or as articles; choose a folder outside it (or ${dir} itself).`,
      );
    }
    // A report whose name is --out's on a disk that does not tell case apart is one too.
    const outName = fileNameKey(basename(real.out));
    const report =
      dirname(resolve(real.out)) === resolve(real.htmlDir)
        ? stories.find((_, i) => fileNameKey(reports[i] as string) === outName)
        : undefined;
    if (report !== undefined) {
      problems.push(
        `${out}: --out is the report of the story "${report}" in --html-dir ${htmlDir}, and one would overwrite the other; give --out another name.`,
      );
    }
  }
  if (lexicon !== null && real.lexicon !== null && resolve(real.lexicon) === resolve(real.out)) {
    problems.push(
      `${out}: --out is the lexicon file the run reads (--lexicon ${lexicon}); give --out another name.`,
    );
  }
  return problems;
}

/**
 * A path with its links followed, for a file or folder that may not exist yet: the real
 * path of its nearest existing folder, and the rest of the path as given.
 */
export async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    // A link to a file not written yet: where the batch would write (see planOutput).
    const target = await linkTarget(absolute);
    if (target !== absolute) {
      return realPathOf(target);
    }
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(await realPathOf(parent), basename(absolute));
  }
}

/** `compare --batch …`: resolves to the exit code (0, even when some stories failed). */
export async function runBatchCommand(
  argv: ReadonlyArray<string>,
  deps: BatchCommandDeps,
): Promise<number> {
  const parsed = parseBatchArgs(argv);
  if (!parsed.ok) {
    throw deps.usageError([parsed.message]);
  }
  const options = parsed.options;
  const lexicon = options.lexicon === null ? undefined : await deps.readLexicon(options.lexicon);
  try {
    const info = await stat(options.dir);
    if (!info.isDirectory()) {
      throw deps.usageError([`${options.dir}: --batch needs a folder of story folders.`]);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === undefined) {
      throw error;
    }
    throw deps.usageError([`${options.dir}: no such folder.`]);
  }
  const given: BatchPaths = options;
  const real: BatchPaths = {
    dir: await realPathOf(options.dir),
    out: await realPathOf(options.out),
    htmlDir: options.htmlDir === null ? null : await realPathOf(options.htmlDir),
    lexicon: options.lexicon === null ? null : await realPathOf(options.lexicon),
  };
  // Listed once: the checks and the batch see the same stories, whatever the folder does.
  const stories = await listStories(options.dir);
  const reports = reportFileNames(stories);
  const problems = batchOutputProblems(given, real, stories, reports);
  if (problems.length > 0) {
    throw deps.usageError(problems);
  }
  if (stories.length === 0) {
    throw deps.usageError([
      `${options.dir}: no story folders in it (--batch compares each sub-folder as one story; to compare the files of one folder, give them as files).`,
    ]);
  }
  const planned = await planOutput(options.out);
  if (!planned.ok) {
    throw deps.usageError([planned.message]);
  }
  const { plan } = planned;
  const note = jobsNote(parsed.capped, stories.length);
  if (note !== null) {
    process.stderr.write(`${note}\n`);
  }
  const tty = process.stderr.isTTY === true;
  const state = { written: 0 };
  const hadOut = await stat(options.out).then(
    () => true,
    () => false,
  );
  // Stopped by Ctrl-C: say where the stories compared so far are, and that --out is untouched.
  const interrupted = () => {
    process.stderr.write(
      `${tty ? '\n' : ''}${interruptedMessage(state.written, stories.length, options.out, hadOut, plan)}`,
    );
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  let summary: BatchSummary;
  // Whether a progress line is on the terminal: a message after it starts a line of its own.
  let progressShown = false;
  try {
    summary = await runBatch(
      options,
      stories,
      reports,
      { exportedAt: deps.exportedAt, appVersion: deps.appVersion, lexicon },
      tty
        ? (line) => {
            progressShown = true;
            process.stderr.write(`\r\x1b[K${line}`);
          }
        : null,
      plan,
      state,
    );
  } catch (error) {
    if (progressShown) {
      process.stderr.write('\n');
    }
    if ((error as NodeJS.ErrnoException).code !== undefined) {
      throw deps.outputError([
        `${writtenPath((error as NodeJS.ErrnoException).path, options.out, plan)}: cannot write: ${writeErrorReason(error)}.`,
      ]);
    }
    throw error;
  } finally {
    process.off('SIGINT', interrupted);
  }
  if (tty) {
    process.stderr.write('\n');
  }
  process.stderr.write(batchDoneMessage(summary, options.out));
  return 0;
}

/**
 * Benchmark of the engine against the naive approach, then of the whole command line
 * against a floor (`scripts/bench-process.ts`), printed as two tables.
 *
 * Usage: node --import tsx scripts/bench.ts [--only a,b,c,d,seeds,10x2k,2x50k,200x800,5x100k,1mib,batch]
 *
 * Cases: (a) the five seeds, (b) 10 articles of ~2,000 words, (c) 2 documents of ~50,000
 * words, (d) 50 articles of ~800 words; (b)–(d) are synthesised deterministically from the
 * seeds by `scripts/synth.ts`.
 *
 * Each case runs in its own child process (same Node flags plus `--expose-gc`) so that its
 * peak memory is its own and one case's garbage does not slow the next. In the child:
 * build the input, collect garbage, then
 * - engine: `compareArticles` (alignment plus word diffs). The first run is the memory
 *   run and the first warm-up; the time reported is the median of the timed runs after
 *   the warm-ups (the small cases get more of both, as they are noisier). Memory is the larger of two growths across the first run: peak RSS (the
 *   process's peak RSS afterwards minus its RSS before, so memory freed again during the
 *   run counts) and the V8 heap's committed size (which grows to hold the peak live heap
 *   and is not given back at once; RSS alone misses heap pages reused from the set-up).
 * - analyses: `analyzeComparison` on the comparison, median of the timed runs. The app runs
 *   them in their own worker after the comparison is on screen, so they add nothing to the
 *   wait for the comparison; the column says whether engine plus analyses would still fit
 *   the engine's target if they ran one after the other (as the CLI's `--json` does).
 * - naive: one jsdiff `diffWords` over each whole-article pair, all pairs, under a total
 *   time budget passed through diff's own `timeout` option. Hitting the budget is
 *   reported as "> budget", and the ratio as a lower bound.
 *
 * Each target's verdict (PASS, FAIL, UNDECIDED) is in the tables; the exit code says only
 * whether every case could be measured (1 when one failed to run).
 */
import '../node/word-vectors';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { dirname, join } from 'node:path';
import { diffWords } from 'diff';
import { analyzeComparison } from '../shared/analysis/analyze';
import { compareArticles } from '../shared/compare';
import type { Article } from '../shared/model';
import { listArticleFiles, readArticleFiles } from '../node/read-articles';
import { measureProcessCases, PROCESS_CASES, PROCESS_HEADER, processRows } from './bench-process';
import { countWords, synthArticles } from './synth';

/** The naive approach always gets at least this long in total per case. */
const NAIVE_MIN_BUDGET_MS = 10_000;
/**
 * Where a speed-up target applies, the naive budget is stretched to this multiple of the
 * engine's time, so that hitting it still proves the target (a bound of "> 21×" passes
 * "≥ 20×"); a budget of 10 s could not prove 20× against an engine taking over 0.5 s.
 */
const NAIVE_BUDGET_FACTOR = 21;
/** ... but never beyond this, to keep the benchmark under a few minutes. */
const NAIVE_MAX_BUDGET_MS = 120_000;
/** A child taking longer than this is killed and its case reported as failed. */
const CHILD_TIMEOUT_MS = 15 * 60_000;
/** Seed of the synthetic articles: fixed, so every run measures the same input. */
const SYNTH_SEED = 20220217;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEED_DIR = join(ROOT, 'seeds');

/** A benchmark case and its targets. */
interface BenchCase {
  /** Short id, also the child-process argument. */
  readonly id: 'a' | 'b' | 'c' | 'd';
  /** What is compared. */
  readonly label: string;
  /** Engine time target, in ms, or null. */
  readonly targetMs: number | null;
  /** Peak memory target, in MB, or null. */
  readonly targetMb: number | null;
  /** Minimum speed-up over the naive approach, or null. */
  readonly targetRatio: number | null;
  /** Untimed runs before the timed ones, the memory run included (so at least 1). */
  readonly warmups: number;
  /** Timed engine runs after the warm-ups. */
  readonly timedRuns: number;
  /** Builds the articles from the seeds (all of them) and the on-topic seed paragraphs. */
  readonly build: (
    seeds: ReadonlyArray<Article>,
    pool: ReadonlyArray<string>,
  ) => ReadonlyArray<Article>;
}

const CASES: ReadonlyArray<BenchCase> = [
  {
    id: 'a',
    label: 'the 5 seeds',
    targetMs: 30,
    targetMb: null,
    targetRatio: null,
    warmups: 10,
    timedRuns: 15,
    build: (seeds) => seeds,
  },
  {
    id: 'b',
    label: '10 articles × ~2,000 words',
    targetMs: 300,
    targetMb: null,
    targetRatio: 20,
    warmups: 3,
    timedRuns: 7,
    build: (_, pool) =>
      synthArticles(pool, { articles: 10, words: 2000, seed: SYNTH_SEED, name: 'b' }),
  },
  {
    id: 'c',
    label: '2 documents × ~50,000 words',
    targetMs: 3000,
    targetMb: 500,
    targetRatio: 20,
    warmups: 2,
    timedRuns: 3,
    build: (_, pool) =>
      synthArticles(pool, { articles: 2, words: 50_000, seed: SYNTH_SEED, name: 'c' }),
  },
  {
    id: 'd',
    label: '50 articles × ~800 words',
    targetMs: null,
    targetMb: null,
    targetRatio: null,
    warmups: 1,
    timedRuns: 3,
    build: (_, pool) =>
      synthArticles(pool, { articles: 50, words: 800, seed: SYNTH_SEED, name: 'd' }),
  },
];

/** What a child process measures for one case. */
interface Measurement {
  readonly id: string;
  readonly articles: number;
  readonly totalWords: number;
  readonly paragraphs: number;
  /** Engine time: median of the timed runs. */
  readonly engineMs: number;
  /** Time of the media-literacy analyses on the comparison (median), added on top. */
  readonly analysisMs: number;
  /** Engine time of the first (cold, memory) run. */
  readonly firstRunMs: number;
  readonly timedRuns: number;
  /** Peak RSS growth during the first engine run, bytes. */
  readonly peakRssBytes: number;
  /** Growth of the V8 heap's committed size across the first engine run, bytes. */
  readonly heapBytes: number;
  readonly naiveMs: number;
  readonly naiveBudgetMs: number;
  readonly naiveCapped: boolean;
  readonly naivePairs: number;
  readonly naivePairsDone: number;
}

/** Reads the seeds and the clean paragraphs of the on-topic ones (the synthesis pool). */
async function loadSeeds(): Promise<{
  seeds: ReadonlyArray<Article>;
  pool: ReadonlyArray<string>;
}> {
  const { articles, errors } = await readArticleFiles(await listArticleFiles(SEED_DIR));
  if (errors.length > 0 || articles.length < 2) {
    throw new Error(`cannot read the seeds: ${errors.map((e) => e.message).join('; ')}`);
  }
  const offTopic = new Set<number>(compareArticles(articles).offTopic);
  const pool = new Set<string>();
  articles.forEach((article, k) => {
    if (!offTopic.has(k)) {
      for (const p of article.paragraphs) {
        if (p.boilerplate === null && countWords(p.text) >= 8) {
          pool.add(p.text);
        }
      }
    }
  });
  return { seeds: articles, pool: [...pool] };
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function articleText(article: Article): string {
  return article.paragraphs.map((p) => p.text).join('\n\n');
}

/** Runs one case (in the child process) and returns its measurement. */
async function measure(bench: BenchCase): Promise<Measurement> {
  const { seeds, pool } = await loadSeeds();
  const articles = bench.build(seeds, pool);
  const texts = articles.map(articleText);

  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = getHeapStatistics().total_heap_size;
  let start = performance.now();
  compareArticles(articles);
  const firstRunMs = performance.now() - start;
  const heapBytes = Math.max(0, getHeapStatistics().total_heap_size - heapBefore);
  const peakRssBytes = Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBefore);

  for (let run = 1; run < bench.warmups; run++) {
    compareArticles(articles);
  }
  // No forced GC between timed runs: a full collection throws away the optimised code's
  // feedback and made the seeds' runs 3× slower than in real use.
  const times: number[] = [];
  for (let run = 0; run < bench.timedRuns; run++) {
    start = performance.now();
    compareArticles(articles);
    times.push(performance.now() - start);
  }
  const engineMs = median(times);
  const comparison = compareArticles(articles);
  const analysisTimes: number[] = [];
  for (let run = 0; run < bench.timedRuns + 1; run++) {
    start = performance.now();
    analyzeComparison(comparison);
    analysisTimes.push(performance.now() - start);
  }
  const analysisMs = median(analysisTimes.slice(1));

  const naiveBudgetMs =
    bench.targetRatio === null
      ? NAIVE_MIN_BUDGET_MS
      : Math.min(
          NAIVE_MAX_BUDGET_MS,
          Math.max(NAIVE_MIN_BUDGET_MS, Math.ceil(engineMs * NAIVE_BUDGET_FACTOR)),
        );
  collectGarbage();
  let naivePairs = 0;
  let naivePairsDone = 0;
  let naiveCapped = false;
  start = performance.now();
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      naivePairs++;
      const left = naiveBudgetMs - (performance.now() - start);
      if (naiveCapped || left <= 0) {
        naiveCapped = true;
        continue;
      }
      const changes = diffWords(texts[i] as string, texts[j] as string, { timeout: left });
      if (changes === undefined) {
        naiveCapped = true;
      } else {
        naivePairsDone++;
      }
    }
  }
  const naiveMs = performance.now() - start;

  return {
    id: bench.id,
    articles: articles.length,
    totalWords: texts.reduce((sum, t) => sum + countWords(t), 0),
    paragraphs: articles.reduce((sum, a) => sum + a.paragraphs.length, 0),
    engineMs,
    analysisMs,
    firstRunMs,
    timedRuns: bench.timedRuns,
    peakRssBytes,
    heapBytes,
    naiveMs,
    naiveBudgetMs,
    naiveCapped,
    naivePairs,
    naivePairsDone,
  };
}

/** Runs a case in a child process with `--expose-gc`; null (and a message) if it failed. */
function runChild(bench: BenchCase): Measurement | null {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', script, '--child', bench.id],
    { cwd: ROOT, encoding: 'utf8', timeout: CHILD_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
  );
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    process.stderr.write(
      `case (${bench.id}) failed (${child.signal ?? `exit ${child.status}`}):\n${child.stderr}\n`,
    );
    return null;
  }
  return JSON.parse(last) as Measurement;
}

/** The memory figure compared with the target: the larger of the two growths. */
function peakBytes(m: Measurement): number {
  return Math.max(m.peakRssBytes, m.heapBytes);
}

function formatMs(ms: number): string {
  if (ms >= 10_000) {
    return `${(ms / 1000).toFixed(1)} s`;
  }
  if (ms >= 1000) {
    return `${(ms / 1000).toFixed(2)} s`;
  }
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function verdict(pass: boolean | null): string {
  return pass === null ? '' : pass ? 'PASS' : 'FAIL';
}

/** The table row cells of one measured case. */
function rowCells(bench: BenchCase, m: Measurement): ReadonlyArray<string> {
  const ratio = m.naiveMs / m.engineMs;
  const ratioText = `${m.naiveCapped ? '> ' : ''}${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
  const ratioPass =
    bench.targetRatio === null
      ? null
      : ratio >= bench.targetRatio
        ? true
        : m.naiveCapped
          ? null
          : false;
  const wordsPerArticle = Math.round(m.totalWords / m.articles);
  return [
    `(${bench.id}) ${bench.label}`,
    `${m.articles} × ${wordsPerArticle.toLocaleString('en-GB')} w`,
    `${formatMs(m.engineMs)} (first ${formatMs(m.firstRunMs)})`,
    bench.targetMs === null
      ? '—'
      : `< ${formatMs(bench.targetMs)} ${verdict(m.engineMs < bench.targetMs)}`,
    `+${formatMs(m.analysisMs)} (${Math.round((m.analysisMs / m.engineMs) * 100)}%)${
      bench.targetMs === null ? '' : ` ${verdict(m.engineMs + m.analysisMs < bench.targetMs)}`
    }`,
    `${formatMb(peakBytes(m))} (RSS ${formatMb(m.peakRssBytes)}, heap ${formatMb(m.heapBytes)})`,
    bench.targetMb === null
      ? '—'
      : `< ${bench.targetMb} MB ${verdict(peakBytes(m) < bench.targetMb * 1024 * 1024)}`,
    m.naiveCapped
      ? `> ${formatMs(m.naiveBudgetMs)} (${m.naivePairsDone}/${m.naivePairs} pairs)`
      : `${formatMs(m.naiveMs)} (${m.naivePairs} pairs)`,
    ratioText,
    bench.targetRatio === null
      ? '—'
      : `≥ ${bench.targetRatio}× ${ratioPass === null ? 'UNDECIDED (budget too small)' : verdict(ratioPass)}`,
  ];
}

function printTable(
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
): void {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: ReadonlyArray<string>): string =>
    cells
      .map((cell, c) => cell.padEnd(widths[c] as number))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) {
    console.log(line(row));
  }
}

async function main(argv: ReadonlyArray<string>): Promise<number> {
  const childAt = argv.indexOf('--child');
  if (childAt !== -1) {
    const bench = CASES.find((c) => c.id === argv[childAt + 1]);
    if (!bench) {
      throw new Error(`unknown case ${argv[childAt + 1]}`);
    }
    console.log(JSON.stringify(await measure(bench)));
    return 0;
  }
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt === -1 ? null : new Set((argv[onlyAt + 1] ?? '').split(','));
  const cases = CASES.filter((c) => only === null || only.has(c.id));
  const processCases = PROCESS_CASES.filter((c) => only === null || only.has(c.id));
  const rows: ReadonlyArray<string>[] = [];
  let failed = false;
  if (cases.length > 0) {
    console.log(
      `Node ${process.version}; engine = compareArticles (align + word diffs), median of timed runs after warm-ups;`,
    );
    console.log(
      'memory = growth during the first run: the larger of peak RSS and committed V8 heap;',
    );
    console.log(
      `naive = jsdiff diffWords over every whole-article pair, total budget ≥ ${NAIVE_MIN_BUDGET_MS / 1000} s per case via its timeout option.`,
    );
    console.log('');
    for (const bench of cases) {
      process.stderr.write(`running (${bench.id}) ${bench.label}…\n`);
      const m = runChild(bench);
      if (m === null) {
        failed = true;
        rows.push([`(${bench.id}) ${bench.label}`, 'ERROR (see above)']);
        continue;
      }
      rows.push(rowCells(bench, m));
    }
    printTable(
      [
        'case',
        'size',
        'engine',
        'target',
        'analyses (engine + analyses < target?)',
        'peak memory',
        'target',
        'naive diffWords',
        'naive/engine',
        'target',
      ],
      rows,
    );
  }
  if (processCases.length > 0) {
    const { seeds, pool } = await loadSeeds();
    const results = await measureProcessCases(processCases, seeds, pool, (line) =>
      process.stderr.write(`${line}\n`),
    );
    console.log('');
    console.log(
      'Whole process, start-up included: the built command (`node dist/cli/compare.mjs --json FILE...`) against a floor',
    );
    console.log(
      '(a Node process that reads the same files, splits and interns every word); CPU = user + system time of every thread,',
    );
    console.log(
      'median of the runs (± half the spread); peak memory = peak RSS; batch scaling = best wall time on 1 core (taskset, 1 worker) and 2 cores (2 workers).',
    );
    console.log('');
    printTable(PROCESS_HEADER, processRows(results));
    failed ||= results.some((r) => 'error' in r);
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);

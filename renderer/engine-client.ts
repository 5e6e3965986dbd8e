/**
 * Runs engine jobs in Web Workers that stay warm (see `job-runner.ts`: only the latest job
 * matters, a superseded one is dropped without stopping its worker). Comparisons and
 * analyses each have their own worker, so that the analyses of one comparison never hold
 * up the next comparison, and their own bundle, so that only the comparison's carries the
 * alignment's word vectors. The engine itself is loaded on this thread only when a worker
 * cannot start (a dynamic import), so the page's own bundle does not carry it.
 */
import type { LexiconAdditions } from '../shared/analysis/analyze';
import type { Article, CompareOptions, Comparison } from '../shared/model';
import { createJobRunner, type WorkerLike } from './job-runner';
import type { AnalysisAnswer, AnalyzeJob, CompareAnswer, CompareJob } from './jobs';

export type { AnalysisAnswer, CompareAnswer } from './jobs';

/** Creates a client that compares articles in its own worker. */
export function createEngineClient(): (
  articles: ReadonlyArray<Article>,
  options: CompareOptions,
) => Promise<CompareAnswer> {
  const run = createJobRunner<CompareJob, CompareAnswer>({
    createWorker: (): WorkerLike =>
      new Worker(new URL('./worker/compare.worker.ts', import.meta.url), { type: 'module' }),
    fallback: async (job) => (await import('./compare-job')).runCompareJob(job),
  });
  return (articles, options) => run({ kind: 'compare', articles, options });
}

/** Creates a client that runs the analyses of a comparison in its own worker. */
export function createAnalysisClient(): (
  comparison: Comparison,
  additions: LexiconAdditions,
) => Promise<AnalysisAnswer> {
  const run = createJobRunner<AnalyzeJob, AnalysisAnswer>({
    createWorker: (): WorkerLike =>
      new Worker(new URL('./worker/analysis.worker.ts', import.meta.url), { type: 'module' }),
    fallback: async (job) => (await import('./analyze-job')).runAnalyzeJob(job),
  });
  return (comparison, additions) => run({ kind: 'analyze', comparison, additions });
}

/**
 * Runs engine jobs in Web Workers that stay warm (see `job-runner.ts`: only the latest job
 * matters, a superseded one is dropped without stopping its worker). Comparisons and
 * analyses each have their own worker, so that the analyses of one comparison never hold
 * up the next comparison. The engine itself is loaded on this thread only when a worker
 * cannot start (a dynamic import), so the page's own bundle does not carry it.
 */
import type { LexiconAdditions } from '../shared/analysis/analyze';
import type { Article, CompareOptions, Comparison } from '../shared/model';
import { createJobRunner } from './job-runner';
import type { AnalysisAnswer, AnalyzeJob, AnswerTo, CompareAnswer, CompareJob, Job } from './jobs';

export type { AnalysisAnswer, CompareAnswer } from './jobs';

/** A runner of jobs of one kind in its own worker. */
function createRunner<J extends Job>(): (job: J) => Promise<AnswerTo<J>> {
  return createJobRunner<J, AnswerTo<J>>({
    createWorker: () =>
      new Worker(new URL('./worker/compare.worker.ts', import.meta.url), { type: 'module' }),
    fallback: async (job) => (await import('./jobs')).runJob(job),
  });
}

/** Creates a client that compares articles in its own worker. */
export function createEngineClient(): (
  articles: ReadonlyArray<Article>,
  options: CompareOptions,
) => Promise<CompareAnswer> {
  const run = createRunner<CompareJob>();
  return (articles, options) => run({ kind: 'compare', articles, options });
}

/** Creates a client that runs the analyses of a comparison in its own worker. */
export function createAnalysisClient(): (
  comparison: Comparison,
  additions: LexiconAdditions,
) => Promise<AnalysisAnswer> {
  const run = createRunner<AnalyzeJob>();
  return (comparison, additions) => run({ kind: 'analyze', comparison, additions });
}

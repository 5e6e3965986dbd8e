/**
 * Runs engine jobs in a Web Worker. Only the latest request matters: when a new one comes
 * while another is running (the user ticks several articles in a row), the running worker
 * is stopped and a fresh one takes the new request, so no stale work delays the answer.
 * Comparisons and analyses each have their own worker, so that the analyses of one
 * comparison never hold up the next comparison.
 */
import type { LexiconAdditions } from '../shared/analysis/analyze';
import type { Article, CompareOptions, Comparison } from '../shared/model';
import {
  runJob,
  type AnalysisAnswer,
  type AnalyzeJob,
  type AnswerTo,
  type CompareAnswer,
  type CompareJob,
  type Job,
} from './jobs';

export type { AnalysisAnswer, CompareAnswer } from './jobs';

/** A runner that owns one worker and keeps only the latest job. */
function createRunner<J extends Job>(): (job: J) => Promise<AnswerTo<J>> {
  let worker: Worker | null = null;
  let pending: ((answer: AnswerTo<J>) => void) | null = null;
  return (job) => {
    if (pending && worker) {
      worker.terminate();
      worker = null;
      // A failure answers a job of either kind (the conditional type cannot see it for J).
      pending({ ok: false, message: 'superseded', superseded: true } as AnswerTo<J>);
      pending = null;
    }
    worker ??= new Worker(new URL('./worker/compare.worker.ts', import.meta.url), {
      type: 'module',
    });
    const current = worker;
    return new Promise((resolve) => {
      pending = resolve;
      current.onmessage = (event: MessageEvent<AnswerTo<J>>) => {
        pending = null;
        resolve(event.data);
      };
      // A worker that cannot start (some file:// setups refuse module workers) must not
      // leave the user without an answer: do the job on this thread instead.
      current.onerror = (event) => {
        event.preventDefault();
        pending = null;
        worker = null;
        resolve(runJob(job));
      };
      current.postMessage(job);
    });
  };
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

/**
 * Runs engine jobs in a Web Worker. Only the latest request matters: when a new one comes
 * while another is running (the user ticks several articles in a row), the running worker
 * is stopped and a fresh one takes the new request, so no stale work delays the answer.
 * Comparisons and analyses each have their own worker, so that the analyses of one
 * comparison never hold up the next comparison.
 */
import type { Analysis, LexiconAdditions } from '../shared/analysis/analyze';
import type { Article, CompareOptions, Comparison } from '../shared/model';
import { runJob, type Job, type JobAnswer } from './jobs';

/** The answer to a comparison request; `superseded` when a newer request replaced it. */
export type CompareAnswer =
  | { readonly ok: true; readonly comparison: Comparison }
  | { readonly ok: false; readonly message: string; readonly superseded?: boolean };

/** The answer to an analysis request. */
export type AnalysisAnswer =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly message: string; readonly superseded?: boolean };

/** A runner that owns one worker and keeps only the latest job. */
function createRunner(): (job: Job) => Promise<JobAnswer> {
  let worker: Worker | null = null;
  let pending: ((answer: JobAnswer) => void) | null = null;
  return (job) => {
    if (pending && worker) {
      worker.terminate();
      worker = null;
      pending({ ok: false, message: 'superseded', superseded: true });
      pending = null;
    }
    worker ??= new Worker(new URL('./worker/compare.worker.ts', import.meta.url), {
      type: 'module',
    });
    const current = worker;
    return new Promise((resolve) => {
      pending = resolve;
      current.onmessage = (event: MessageEvent<JobAnswer>) => {
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
  const run = createRunner();
  return async (articles, options) => {
    const answer = await run({ kind: 'compare', articles, options });
    if (!answer.ok || 'comparison' in answer) {
      return answer;
    }
    return { ok: false, message: 'The worker gave no comparison.' };
  };
}

/** Creates a client that runs the analyses of a comparison in its own worker. */
export function createAnalysisClient(): (
  comparison: Comparison,
  additions: LexiconAdditions,
) => Promise<AnalysisAnswer> {
  const run = createRunner();
  return async (comparison, additions) => {
    const answer = await run({ kind: 'analyze', comparison, additions });
    if (!answer.ok || 'analysis' in answer) {
      return answer;
    }
    return { ok: false, message: 'The worker gave no analysis.' };
  };
}

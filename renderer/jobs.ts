/**
 * The work the engine worker does, as plain functions: the worker runs them off the UI
 * thread, and the UI thread runs them itself when no worker can start.
 */
import {
  analyzeComparison,
  type Analysis,
  type LexiconAdditions,
} from '../shared/analysis/analyze';
import { checkCompareInput, compareArticles } from '../shared/compare';
import type { Article, CompareOptions, Comparison } from '../shared/model';

/** A request to the worker. */
export type Job =
  | {
      readonly kind: 'compare';
      readonly articles: ReadonlyArray<Article>;
      readonly options: CompareOptions;
    }
  | {
      readonly kind: 'analyze';
      readonly comparison: Comparison;
      readonly additions: LexiconAdditions;
    };

/** The worker's answer; `superseded` when a newer request replaced this one. */
export type JobAnswer =
  | { readonly ok: true; readonly comparison: Comparison }
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly message: string; readonly superseded?: boolean };

/** Does one job; bad input and failures come back as messages, never as exceptions. */
export function runJob(job: Job): JobAnswer {
  try {
    if (job.kind === 'analyze') {
      return { ok: true, analysis: analyzeComparison(job.comparison, job.additions) };
    }
    const error = checkCompareInput(job.articles, job.options);
    return error
      ? { ok: false, message: error.message }
      : { ok: true, comparison: compareArticles(job.articles, job.options) };
  } catch (e) {
    return {
      ok: false,
      message: `The ${job.kind === 'analyze' ? 'analysis' : 'comparison'} failed: ${(e as Error).message}`,
    };
  }
}

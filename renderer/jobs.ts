/**
 * The work the engine worker does, as plain functions: the worker runs them off the UI
 * thread, and the UI thread runs them itself when no worker can start.
 */
import './word-vectors';
import {
  analyzeComparison,
  type Analysis,
  type LexiconAdditions,
} from '../shared/analysis/analyze';
import { checkCompareInput, compareArticles } from '../shared/compare';
import type { Article, CompareOptions, Comparison } from '../shared/model';
import { buildViewModel, type ViewModel } from '../shared/view-model/view-model';

/** Compare articles. */
export interface CompareJob {
  readonly kind: 'compare';
  readonly articles: ReadonlyArray<Article>;
  readonly options: CompareOptions;
}

/** Run the analyses of a comparison. */
export interface AnalyzeJob {
  readonly kind: 'analyze';
  readonly comparison: Comparison;
  readonly additions: LexiconAdditions;
}

/** A request to the worker. */
export type Job = CompareJob | AnalyzeJob;

/** A failed or (`superseded`) abandoned job. */
export interface JobFailure {
  readonly ok: false;
  readonly message: string;
  readonly superseded?: boolean;
}

/**
 * The answer to a comparison, with the view model the app shows: building it for a
 * 5,000-row comparison takes over half a second, which the worker spares the page.
 */
export type CompareAnswer =
  { readonly ok: true; readonly comparison: Comparison; readonly model: ViewModel } | JobFailure;

/** The answer to an analysis. */
export type AnalysisAnswer = { readonly ok: true; readonly analysis: Analysis } | JobFailure;

/** The answer to a job of either kind. */
export type AnswerTo<J extends Job> = J extends CompareJob ? CompareAnswer : AnalysisAnswer;

/** Does one job; bad input and failures come back as messages, never as exceptions. */
export function runJob<J extends Job>(job: J): AnswerTo<J>;
export function runJob(job: Job): CompareAnswer | AnalysisAnswer {
  try {
    if (job.kind === 'analyze') {
      return { ok: true, analysis: analyzeComparison(job.comparison, job.additions) };
    }
    const error = checkCompareInput(job.articles, job.options);
    if (error) {
      return { ok: false, message: error.message };
    }
    const comparison = compareArticles(job.articles, job.options);
    return { ok: true, comparison, model: buildViewModel(comparison) };
  } catch (e) {
    const what = job.kind === 'analyze' ? 'analysis' : 'comparison';
    return { ok: false, message: `The ${what} failed: ${(e as Error).message}` };
  }
}

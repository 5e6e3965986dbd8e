/**
 * The work of the engine's workers: the jobs and their answers. The comparison job
 * (`compare-job.ts`, with the word vectors) and the analysis job (`analyze-job.ts`) are
 * separate modules, each run in its own worker, and on the page's thread when no worker
 * can start: the analyses' worker never loads the alignment's 5.4 MB of word vectors.
 */
import type { Analysis, LexiconAdditions } from '../shared/analysis/analyze';
import type { Article, CompareOptions, Comparison } from '../shared/model';
import type { ViewModel } from '../shared/view-model/view-model';

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

/** A failure answer for a job that threw: `what` names the job ("comparison"). */
export function failedJob(what: string, error: unknown): JobFailure {
  return { ok: false, message: `The ${what} failed: ${(error as Error).message}` };
}

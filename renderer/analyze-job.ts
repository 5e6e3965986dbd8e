/**
 * The analysis job: a comparison and lexicon additions in, its analyses out. Run in the
 * analyses' worker, or on the page's thread when no worker can start.
 */
import { analyzeComparison } from '../shared/analysis/analyze';
import { failedJob, type AnalysisAnswer, type AnalyzeJob } from './jobs';

/** Analyses; failures come back as messages, never as exceptions. */
export function runAnalyzeJob(job: AnalyzeJob): AnalysisAnswer {
  try {
    return { ok: true, analysis: analyzeComparison(job.comparison, job.additions) };
  } catch (e) {
    return failedJob('analysis', e);
  }
}

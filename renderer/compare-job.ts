/**
 * The comparison job: articles and options in, the comparison and its view model out. Run
 * in the comparison's worker, or on the page's thread when no worker can start. Loads the
 * alignment's word vectors (`word-vectors.ts`).
 */
import './word-vectors';
import { checkCompareInput, compareArticles } from '../shared/compare';
import { buildViewModel } from '../shared/view-model/view-model';
import { failedJob, type CompareAnswer, type CompareJob } from './jobs';

/** Compares; bad input and failures come back as messages, never as exceptions. */
export function runCompareJob(job: CompareJob): CompareAnswer {
  try {
    const error = checkCompareInput(job.articles, job.options);
    if (error) {
      return { ok: false, message: error.message };
    }
    const comparison = compareArticles(job.articles, job.options);
    return { ok: true, comparison, model: buildViewModel(comparison) };
  } catch (e) {
    return failedJob('comparison', e);
  }
}

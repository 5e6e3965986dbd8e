/** The whole flow to a report in one call, for tests: compare's result → analyse → view model → render. */
import { analyzeComparison } from '../analysis/analyze';
import type { Comparison } from '../model';
import { renderReport, type ReportMeta } from '../report/render-report';
import { buildViewModel } from '../view-model/view-model';

/** The HTML report of a comparison, analysed with `meta.lexicon`. */
export function reportOf(comparison: Comparison, meta: ReportMeta): string {
  return renderReport(
    buildViewModel(comparison),
    analyzeComparison(comparison, meta.lexicon?.additions),
    meta,
  );
}

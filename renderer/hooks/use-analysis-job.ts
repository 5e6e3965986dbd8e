/**
 * Runs the analyses of the comparison on screen in their own worker, once it is shown: they
 * never delay it, and a new comparison or lexicon replaces a run still going.
 */
import { useEffect, useState, type Dispatch } from 'react';
import type { UserLexicon } from '../../shared/analysis/lexicon-file';
import type { Comparison } from '../../shared/model';
import { createAnalysisClient } from '../engine-client';
import type { AppAction } from '../state/app-state';

/** Analyses `comparison` with the lexicon and dispatches the answer. */
export function useAnalysisJob(
  comparison: Comparison | null,
  lexicon: UserLexicon | null,
  dispatch: Dispatch<AppAction>,
): void {
  const [analyze] = useState(createAnalysisClient);
  useEffect(() => {
    if (!comparison) {
      return;
    }
    let cancelled = false;
    void analyze(comparison, lexicon?.additions ?? {}).then((answer) => {
      if (!cancelled && (answer.ok || !answer.superseded)) {
        dispatch({ type: 'analyzed', comparison, lexicon, answer });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [comparison, lexicon, analyze, dispatch]);
}

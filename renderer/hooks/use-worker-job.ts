/**
 * The engine's jobs in the app: the comparison asked for, then the analyses of the comparison
 * on screen (in their own worker, so that they never delay it), each run again whenever what
 * it is of changes.
 */
import { useEffect, useEffectEvent, useMemo, useState, type Dispatch } from 'react';
import type { UserLexicon } from '../../shared/analysis/lexicon-file';
import type { Comparison } from '../../shared/model';
import { createAnalysisClient, createEngineClient } from '../engine-client';
import type { JobFailure } from '../jobs';
import type { AppAction, CompareRequest } from '../state/app-state';

/**
 * Runs `job` (when not null) each time it changes, and gives its answer to `answered`. An
 * answer to a job since replaced is dropped: the worker's job runner answers it
 * "superseded" (and stops it with its worker only once it has run past RESTART_AFTER_MS, see
 * job-runner.ts), and an answer that comes after the job changed is not given.
 */
export function useWorkerJob<J, A extends { readonly ok: true } | JobFailure>(
  job: J | null,
  run: (job: J) => Promise<A>,
  answered: (job: J, answer: A) => void,
): void {
  const start = useEffectEvent(run);
  const give = useEffectEvent(answered);
  useEffect(() => {
    if (job === null) {
      return;
    }
    let cancelled = false;
    void start(job).then((answer) => {
      if (!cancelled && (answer.ok || !answer.superseded)) {
        give(job, answer);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [job]);
}

/** Compares whenever the request changes, in the engine worker. */
export function useComparisonJob(
  request: CompareRequest | null,
  dispatch: Dispatch<AppAction>,
): void {
  const [compare] = useState(createEngineClient);
  useWorkerJob(
    request,
    (r) => compare(r.articles, r.options),
    (r, answer) => dispatch({ type: 'compared', request: r, answer }),
  );
}

/**
 * Analyses the comparison on screen with the lexicon, once it is shown: a new comparison or
 * lexicon replaces a run still going.
 */
export function useAnalysisJob(
  comparison: Comparison | null,
  lexicon: UserLexicon | null,
  dispatch: Dispatch<AppAction>,
): void {
  const [analyze] = useState(createAnalysisClient);
  const job = useMemo(() => (comparison ? { comparison, lexicon } : null), [comparison, lexicon]);
  useWorkerJob(
    job,
    (j) => analyze(j.comparison, j.lexicon?.additions ?? {}),
    (j, answer) => dispatch({ type: 'analyzed', ...j, answer }),
  );
}

/** Runs the requested comparison in the engine worker and dispatches its answer. */
import { useEffect, useState, type Dispatch } from 'react';
import { createEngineClient } from '../engine-client';
import type { AppAction, CompareRequest } from '../state/app-state';

/**
 * Compares whenever the request changes; an answer to a request the user has since
 * replaced is dropped (the worker's job runner answers it "superseded", and stops the
 * stale job with its worker only once it has run past RESTART_AFTER_MS: see job-runner.ts).
 */
export function useComparisonJob(
  request: CompareRequest | null,
  dispatch: Dispatch<AppAction>,
): void {
  const [compare] = useState(createEngineClient);
  useEffect(() => {
    if (!request) {
      return;
    }
    let cancelled = false;
    void compare(request.articles, request.options).then((answer) => {
      if (!cancelled && (answer.ok || !answer.superseded)) {
        dispatch({ type: 'compared', request, answer });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [request, compare, dispatch]);
}

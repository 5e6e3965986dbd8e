/**
 * Runs comparisons in a Web Worker. Only the latest request matters: when a new one comes
 * while another is running (the user ticks several articles in a row), the running worker
 * is stopped and a fresh one takes the new request, so no stale work delays the answer.
 */
import { checkCompareInput, compareArticles } from '../shared/compare';
import type { Article, CompareOptions, Comparison } from '../shared/model';

/** The same work as the worker, on the calling thread (fallback only). */
function compareHere(articles: ReadonlyArray<Article>, options: CompareOptions): CompareAnswer {
  const error = checkCompareInput(articles, options);
  return error
    ? { ok: false, message: error.message }
    : { ok: true, comparison: compareArticles(articles, options) };
}

/** The worker's answer; `superseded` when a newer request replaced this one. */
export type CompareAnswer =
  | { readonly ok: true; readonly comparison: Comparison }
  | { readonly ok: false; readonly message: string; readonly superseded?: boolean };

/** Creates a client that owns its worker. */
export function createEngineClient(): (
  articles: ReadonlyArray<Article>,
  options: CompareOptions,
) => Promise<CompareAnswer> {
  let worker: Worker | null = null;
  let pending: ((answer: CompareAnswer) => void) | null = null;
  return (articles, options) => {
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
      current.onmessage = (event: MessageEvent<CompareAnswer>) => {
        pending = null;
        resolve(event.data);
      };
      // A worker that cannot start (some file:// setups refuse module workers) must not
      // leave the user without a comparison: compute on this thread instead.
      current.onerror = (event) => {
        event.preventDefault();
        pending = null;
        worker = null;
        resolve(compareHere(articles, options));
      };
      current.postMessage({ id: 0, articles, options });
    });
  };
}

/// <reference lib="webworker" />
/** Runs the engine off the UI thread: articles and options in, comparison out. */
import { checkCompareInput, compareArticles } from '../../shared/compare';
import type { Article, CompareOptions } from '../../shared/model';

/** A request to the worker. */
export interface CompareRequest {
  readonly id: number;
  readonly articles: ReadonlyArray<Article>;
  readonly options: CompareOptions;
}

self.onmessage = (event: MessageEvent<CompareRequest>) => {
  const { id, articles, options } = event.data;
  const error = checkCompareInput(articles, options);
  if (error) {
    self.postMessage({ id, ok: false, message: error.message });
    return;
  }
  try {
    self.postMessage({ id, ok: true, comparison: compareArticles(articles, options) });
  } catch (e) {
    self.postMessage({ id, ok: false, message: `The comparison failed: ${(e as Error).message}` });
  }
};

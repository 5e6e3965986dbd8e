/// <reference lib="webworker" />
/** Runs comparisons off the UI thread: articles and options in, comparison out. */
import { runCompareJob } from '../compare-job';
import type { CompareJob } from '../jobs';

self.onmessage = (event: MessageEvent<CompareJob>) => {
  self.postMessage(runCompareJob(event.data));
};

/// <reference lib="webworker" />
/** Runs analyses off the UI thread: a comparison and lexicon additions in, analyses out. */
import { runAnalyzeJob } from '../analyze-job';
import type { AnalyzeJob } from '../jobs';

self.onmessage = (event: MessageEvent<AnalyzeJob>) => {
  self.postMessage(runAnalyzeJob(event.data));
};

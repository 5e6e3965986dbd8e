/// <reference lib="webworker" />
/**
 * Runs the engine off the UI thread: articles and options in, comparison out; or a
 * comparison and lexicon additions in, analyses out.
 */
import { runJob, type Job } from '../jobs';

self.onmessage = (event: MessageEvent<Job>) => {
  self.postMessage(runJob(event.data));
};

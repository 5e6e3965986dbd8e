/**
 * A batch worker (worker thread): compares the stories the batch sends it, one at a time,
 * and sends back each one's JSON line. Built as `dist/cli/batch-worker.mjs`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compareStory, type StoryJob, type StoryOptions } from './batch-story';

/** A story to compare, numbered by the batch. */
export interface WorkerRequest {
  readonly index: number;
  readonly job: StoryJob;
}

/** A story's line, with its number. */
export interface WorkerResponse {
  readonly index: number;
  readonly line: string;
  /** Whether the story was compared (false: the line has its error). */
  readonly ok: boolean;
}

const options = workerData as StoryOptions;
const port = parentPort;
if (port === null) {
  throw new Error('cli/batch-worker runs as a worker thread of `compare --batch`');
}
port.on('message', (request: WorkerRequest) => {
  void compareStory(request.job, options).then(({ line, ok }) => {
    port.postMessage({ index: request.index, line, ok } satisfies WorkerResponse);
  });
});

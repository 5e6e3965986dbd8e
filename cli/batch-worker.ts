/**
 * A batch worker (worker thread): compares the stories the batch sends it, one at a time in
 * the order sent, and sends back each one's JSON line. Built as `dist/cli/batch-worker.mjs`.
 */
import '../node/word-vectors';
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
  /**
   * The line in UTF-8, its newline included, moved (not copied) to the batch's thread: a
   * story's line is a few hundred kB, which the thread writing the file then neither
   * copies nor encodes.
   */
  readonly line: ArrayBuffer;
  /** Whether the story was compared (false: the line has its error). */
  readonly ok: boolean;
}

const options = workerData as StoryOptions;
const encoder = new TextEncoder();
const port = parentPort;
if (port === null) {
  throw new Error('cli/batch-worker runs as a worker thread of `compare --batch`');
}

/** Compares a story and sends its line. */
const answer = async (request: WorkerRequest): Promise<void> => {
  const { line, ok } = await compareStory(request.job, options);
  const bytes = encoder.encode(`${line}\n`).buffer as ArrayBuffer;
  port.postMessage({ index: request.index, line: bytes, ok } satisfies WorkerResponse, [bytes]);
};

// The batch gives a worker the next story before this one is answered: they are compared
// one after the other, in the order given (two at once would share the thread, each with
// its memory, and neither would be answered sooner).
let queue = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  queue = queue.then(() => answer(request));
});

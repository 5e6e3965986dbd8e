/**
 * One worker's jobs, of which only the latest matters (the user ticks several articles in a
 * row). The worker stays warm: a job that comes while another runs waits as the next one
 * (replacing, and superseding, any job that was waiting), and the running job's answer is
 * dropped (answered "superseded") when it comes, the next job going straight to the same
 * worker. Stopping the worker for each new job made every comparison after the first a
 * cold one (10 × 2,000 words: 433 ms cold against 240 ms warm). Only a job that has run so
 * long that it is surely big ({@link RESTART_AFTER_MS}) is stopped with its worker, when
 * starting afresh is cheaper than waiting for it.
 *
 * A worker that cannot start (some file:// set-ups refuse module workers) or dies does its
 * job through `fallback`, on this thread, which the caller loads only then.
 */

/** The part of a Web Worker the runner uses. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

/** A failure answer saying that a newer job replaced this one. */
export interface Superseded {
  readonly ok: false;
  readonly message: string;
  readonly superseded: true;
}

export const SUPERSEDED: Superseded = { ok: false, message: 'superseded', superseded: true };

/** A running job older than this is stopped with its worker when a new job comes. */
export const RESTART_AFTER_MS = 1500;

/** What the runner needs from its platform. */
export interface RunnerDeps<J, A> {
  /** Starts a worker. */
  readonly createWorker: () => WorkerLike;
  /** Does a job on this thread (when no worker can). */
  readonly fallback: (job: J) => Promise<A>;
  /** Milliseconds on a monotonic clock. */
  readonly now?: () => number;
}

interface Waiting<J, A> {
  readonly job: J;
  readonly resolve: (answer: A | Superseded) => void;
}

/** A runner: each call answers its job, or answers "superseded" once a newer job came. */
export function createJobRunner<J, A>(deps: RunnerDeps<J, A>): (job: J) => Promise<A | Superseded> {
  const now = deps.now ?? (() => performance.now());
  let worker: WorkerLike | null = null;
  let running: (Waiting<J, A> & { readonly startedAt: number }) | null = null;
  let next: Waiting<J, A> | null = null;

  const start = (waiting: Waiting<J, A>) => {
    running = { ...waiting, startedAt: now() };
    if (worker === null) {
      const w = deps.createWorker();
      worker = w;
      w.onmessage = (event: MessageEvent) => {
        if (worker !== w) {
          return;
        }
        finish(event.data as A);
      };
      w.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        if (worker !== w) {
          return;
        }
        // The worker could not start or died: this job on this thread, the next in a new worker.
        w.terminate();
        worker = null;
        const failed = running;
        running = null;
        if (failed === null) {
          return;
        }
        if (next !== null) {
          failed.resolve(SUPERSEDED);
          const waiting = next;
          next = null;
          start(waiting);
        } else {
          void deps.fallback(failed.job).then(failed.resolve);
        }
      };
    }
    worker.postMessage(waiting.job);
  };

  const finish = (answer: A) => {
    const done = running;
    running = null;
    if (done === null) {
      return;
    }
    if (next !== null) {
      done.resolve(SUPERSEDED);
      const waiting = next;
      next = null;
      start(waiting);
    } else {
      done.resolve(answer);
    }
  };

  return (job) =>
    new Promise((resolve) => {
      const waiting: Waiting<J, A> = { job, resolve };
      if (running === null) {
        start(waiting);
        return;
      }
      next?.resolve(SUPERSEDED);
      next = null;
      if (now() - running.startedAt > RESTART_AFTER_MS && worker !== null) {
        // A big job: a fresh worker answers sooner than waiting for the rest of it.
        worker.terminate();
        worker = null;
        running.resolve(SUPERSEDED);
        running = null;
        start(waiting);
        return;
      }
      next = waiting;
    });
}

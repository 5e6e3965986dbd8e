import { describe, expect, it } from 'vitest';
import { createJobRunner, RESTART_AFTER_MS, SUPERSEDED, type WorkerLike } from './job-runner';

/** A fake worker: records the jobs posted; the test answers them. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: string[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.posted.push(message as string);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: string): void {
    this.onmessage?.({ data } as MessageEvent);
  }
  fail(): void {
    this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
  }
}

function setup(clock = { now: 0 }) {
  const workers: FakeWorker[] = [];
  const fallbacks: string[] = [];
  const run = createJobRunner<string, string>({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    fallback: (job) => {
      fallbacks.push(job);
      return Promise.resolve(`fallback ${job}`);
    },
    now: () => clock.now,
  });
  return { run, workers, fallbacks, clock };
}

describe('createJobRunner', () => {
  it('should keep one warm worker and run only the latest of the jobs that came while one ran', async () => {
    const { run, workers } = setup();
    const first = run('a');
    const second = run('b');
    const third = run('c');
    // The second was waiting when the third came: superseded at once, never posted.
    await expect(second).resolves.toEqual(SUPERSEDED);
    expect(workers[0]?.posted).toEqual(['a']);
    workers[0]?.answer('answer a');
    // The running job's answer is dropped; the latest goes to the same worker.
    await expect(first).resolves.toEqual(SUPERSEDED);
    expect(workers[0]?.posted).toEqual(['a', 'c']);
    workers[0]?.answer('answer c');
    await expect(third).resolves.toBe('answer c');
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(false);
    // The next job runs at once, warm.
    const fourth = run('d');
    workers[0]?.answer('answer d');
    await expect(fourth).resolves.toBe('answer d');
  });

  it('should stop a job that has run long and start the new one in a fresh worker', async () => {
    const { run, workers, clock } = setup();
    const big = run('big');
    clock.now = RESTART_AFTER_MS + 1;
    const next = run('next');
    await expect(big).resolves.toEqual(SUPERSEDED);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.posted).toEqual(['next']);
    // A late answer of the stopped worker is ignored.
    workers[0]?.answer('answer big');
    workers[1]?.answer('answer next');
    await expect(next).resolves.toBe('answer next');
  });

  it('should do the job on this thread when the worker cannot start, and try a worker again next time', async () => {
    const { run, workers, fallbacks } = setup();
    const job = run('a');
    workers[0]?.fail();
    await expect(job).resolves.toBe('fallback a');
    expect(fallbacks).toEqual(['a']);
    const again = run('b');
    expect(workers).toHaveLength(2);
    workers[1]?.answer('answer b');
    await expect(again).resolves.toBe('answer b');
  });

  it('should not fall back for a failed job that a newer one superseded', async () => {
    const { run, workers, fallbacks } = setup();
    const a = run('a');
    const b = run('b');
    workers[0]?.fail();
    await expect(a).resolves.toEqual(SUPERSEDED);
    expect(workers[1]?.posted).toEqual(['b']);
    workers[1]?.answer('answer b');
    await expect(b).resolves.toBe('answer b');
    expect(fallbacks).toEqual([]);
  });
});

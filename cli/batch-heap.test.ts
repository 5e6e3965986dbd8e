/**
 * The batch's worker heaps (`giveWorkersHeapRoom` in `cli/batch.ts`): a worker started after
 * it runs far fewer full collections on work that, like a story's comparison, lives long
 * enough to be promoted and then dies; and with `BATCH_WORKER_LIMITS` far less of that work
 * is promoted at all. Vitest runs each test file in its own process, so the V8 flag set here
 * reaches no other test.
 */
import { Worker, type ResourceLimits, type WorkerOptions } from 'node:worker_threads';
import { DEFAULT_DIFF_OPTIONS } from '../shared/model';
import { describe, expect, it } from 'vitest';
import { BATCH_WORKER_LIMITS, batchWorkerOptions, giveWorkersHeapRoom } from './batch';

/** Runs `code` on a worker thread (with `options`) and resolves with its first message. */
function firstMessageOfAWorker<T>(code: string, options: WorkerOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { ...options, eval: true });
    worker.once('message', (message: T) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Runs story-like work (a few hundred MB promoted, then dropped) on a worker; counts its full collections. */
function fullCollectionsOnAWorker(): Promise<number> {
  const code = `
    const { parentPort } = require('node:worker_threads');
    const { PerformanceObserver, constants } = require('node:perf_hooks');
    let major = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major++;
      }
    });
    observer.observe({ entryTypes: ['gc'] });
    let checksum = 0;
    for (let story = 0; story < 60; story++) {
      const kept = [];
      for (let i = 0; i < 100000; i++) kept.push({ i, story, text: 'w' + (i % 1000) });
      for (const o of kept) checksum += o.i;
    }
    setTimeout(() => {
      observer.disconnect();
      parentPort.postMessage({ major, checksum });
    }, 50);
  `;
  return firstMessageOfAWorker<{ major: number }>(code).then((m) => m.major);
}

describe('giveWorkersHeapRoom', () => {
  it('should spare the workers started after it most full collections', async () => {
    const before = await fullCollectionsOnAWorker();
    giveWorkersHeapRoom();
    const after = await fullCollectionsOnAWorker();
    expect(before).toBeGreaterThanOrEqual(4);
    expect(after * 2).toBeLessThanOrEqual(before);
  }, 60_000);
});

/**
 * Runs work shaped like a story's comparison (bursts of short-lived objects, each burst
 * some tens of MB and alive until it ends) on a worker; returns how many MB its old
 * generation grew by, which is what survived the young generation.
 */
function promotedOnAWorker(resourceLimits?: ResourceLimits): Promise<number> {
  const code = `
    const { parentPort } = require('node:worker_threads');
    const v8 = require('node:v8');
    const oldSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_used_size;
    let checksum = 0;
    let promoted = 0;
    for (let story = 0; story < 40; story++) {
      const before = oldSpace();
      const burst = [];
      for (let i = 0; i < 100000; i++) burst.push({ i, story, text: 'w' + (i % 1000) });
      for (const o of burst) checksum += o.i;
      promoted += Math.max(0, oldSpace() - before);
    }
    parentPort.postMessage({ promoted: promoted / 1e6, checksum });
  `;
  return firstMessageOfAWorker<{ promoted: number }>(code, { resourceLimits }).then(
    (m) => m.promoted,
  );
}

describe('BATCH_WORKER_LIMITS', () => {
  it('should let a story-sized burst of garbage die young instead of being promoted', async () => {
    // As in a batch: the old generation's room is given first (without it, full
    // collections in the middle of a burst blur the measure).
    giveWorkersHeapRoom();
    const byDefault = await promotedOnAWorker();
    const withRoom = await promotedOnAWorker(BATCH_WORKER_LIMITS);
    // Measured: about 220 MB promoted by default, 80 MB with the room.
    expect(byDefault).toBeGreaterThan(100);
    expect(withRoom * 2).toBeLessThan(byDefault);
  }, 60_000);

  it('should be what every batch worker is started with', async () => {
    const options = batchWorkerOptions({
      diff: DEFAULT_DIFF_OPTIONS,
      exportedAt: new Date(0),
      appVersion: 'test',
    });
    const limits = await firstMessageOfAWorker(
      "const { parentPort, resourceLimits } = require('node:worker_threads'); parentPort.postMessage(resourceLimits);",
      options,
    );
    expect(limits).toMatchObject(BATCH_WORKER_LIMITS);
  });
});

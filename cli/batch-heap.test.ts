/**
 * The batch's worker heaps (`giveWorkersHeapRoom` in `cli/batch.ts`): a worker started after
 * it runs far fewer full collections on work that, like a story's comparison, lives long
 * enough to be promoted and then dies. Vitest runs each test file in its own process, so
 * the V8 flag set here reaches no other test.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { giveWorkersHeapRoom } from './batch';

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
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', (m: { major: number }) => {
      resolve(m.major);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
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

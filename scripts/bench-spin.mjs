// How much two threads get done at once on this machine right now: the same fixed CPU-bound
// work on one worker thread, then on two at once; prints the speed-up of two (best of three
// tries each). On two idle cores it is about 2; on a shared machine, whatever others leave.
import { Worker, isMainThread } from 'node:worker_threads';

const WORK = 2e8;

function spinOnce(threads) {
  const started = performance.now();
  return Promise.all(
    Array.from(
      { length: threads },
      () => new Promise((resolve) => new Worker(new URL(import.meta.url)).on('exit', resolve)),
    ),
  ).then(() => performance.now() - started);
}

if (isMainThread) {
  const best = { 1: Infinity, 2: Infinity };
  for (let run = 0; run < 3; run++) {
    for (const threads of [1, 2]) {
      best[threads] = Math.min(best[threads], await spinOnce(threads));
    }
  }
  // Two threads do twice the work: speed-up = 2 × time(1) / time(2).
  process.stdout.write(`${(2 * best[1]) / best[2]}\n`);
} else {
  let x = 0;
  for (let i = 0; i < WORK; i++) {
    x += i % 7;
  }
  if (x === -1) {
    process.stdout.write('');
  }
}

/**
 * How a batch hands its stories to the workers (`compareOnWorkers` in `cli/batch.ts`): two
 * at a time to each, every line recorded once, and a worker that dies failing only the story
 * it was comparing while the batch goes on. Stand-in workers show the order of events; real
 * worker threads show that a worker's last lines come before its exit.
 */
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { compareOnWorkers, STORIES_PER_WORKER, type BatchWorker } from './batch';
import type { StoryJob } from './batch-story';
import type { WorkerRequest, WorkerResponse } from './batch-worker';

const jobsNamed = (names: ReadonlyArray<string>): ReadonlyArray<StoryJob> =>
  names.map((name) => ({ name, dir: `/stories/${name}`, html: null }));

/** A worker thread's stand-in: keeps what it is given; the test answers for it. */
class StandIn extends EventEmitter implements BatchWorker {
  readonly given: WorkerRequest[] = [];
  terminated = false;

  postMessage(request: WorkerRequest): void {
    this.given.push(request);
  }

  terminate(): Promise<number> {
    if (!this.terminated) {
      this.terminated = true;
      queueMicrotask(() => this.emit('exit', 1));
    }
    return Promise.resolve(1);
  }

  /** Sends the line of the story given `nth` (from 0). */
  answer(nth: number): void {
    const { index, job } = this.given[nth] as WorkerRequest;
    const line = new TextEncoder().encode(`${job.name}\n`).buffer;
    this.emit('message', { index, line, ok: true } satisfies WorkerResponse);
  }

  /** Dies as a crashed worker does: its error, then its exit. */
  die(message: string): void {
    this.emit('error', new Error(message));
    this.emit('exit', 1);
  }
}

/** What `record` got: each story's line as text, by its number, and in the order it came. */
function recorder() {
  const lines = new Map<number, string>();
  const order: number[] = [];
  const record = (index: number, line: Uint8Array, ok: boolean) => {
    expect(lines.has(index)).toBe(false);
    lines.set(index, `${ok ? 'ok' : 'failed'} ${new TextDecoder().decode(line).trim()}`);
    order.push(index);
  };
  return { lines, order, record };
}

/** A pool on stand-in workers over stories named `names`: the workers it started, its lines. */
function standInPool(names: ReadonlyArray<string>, threads: number) {
  const workers: StandIn[] = [];
  const { lines, order, record } = recorder();
  const pool = compareOnWorkers(
    jobsNamed(names),
    threads,
    () => {
      const worker = new StandIn();
      workers.push(worker);
      return worker;
    },
    record,
  );
  return { pool, workers, lines, order };
}

describe('compareOnWorkers', () => {
  it('should give each worker two stories, and another as soon as one is answered', async () => {
    const { pool, workers, lines } = standInPool(['a', 'b', 'c', 'd', 'e', 'f'], 2);
    const [w1, w2] = workers as [StandIn, StandIn];
    expect(workers).toHaveLength(2);
    expect(STORIES_PER_WORKER).toBe(2);
    expect(w1.given.map((r) => r.job.name)).toEqual(['a', 'b']);
    expect(w2.given.map((r) => r.job.name)).toEqual(['c', 'd']);
    w2.answer(0);
    expect(w2.given.map((r) => r.job.name)).toEqual(['c', 'd', 'e']);
    w1.answer(0);
    w1.answer(1);
    expect(w1.given.map((r) => r.job.name)).toEqual(['a', 'b', 'f']);
    // Nothing left to give: a worker stops once it has answered all it holds.
    expect(w1.terminated).toBe(false);
    w1.answer(2);
    expect(w1.terminated).toBe(true);
    w2.answer(1);
    w2.answer(2);
    await pool.finished;
    expect(w2.terminated).toBe(true);
    expect([...lines.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(lines.get(5)).toBe('ok f');
  });

  it('should fail only the story a dying worker was comparing, and give the next to a new one', async () => {
    const { pool, workers, lines } = standInPool(['a', 'b', 'c', 'd'], 1);
    const first = workers[0] as StandIn;
    first.answer(0);
    // Holding b (being compared) and c (given, not started).
    first.die('out of memory');
    expect(workers).toHaveLength(2);
    const second = workers[1] as StandIn;
    expect(second.given.map((r) => r.job.name)).toEqual(['c', 'd']);
    second.answer(0);
    second.answer(1);
    await pool.finished;
    const line = JSON.parse((lines.get(1) as string).replace(/^failed /u, '')) as {
      folder: string;
      ok: boolean;
      error: string;
    };
    expect(line).toMatchObject({ folder: 'b', ok: false, error: 'internal error: out of memory' });
    expect([0, 2, 3].map((i) => lines.get(i))).toEqual(['ok a', 'ok c', 'ok d']);
    expect(second.terminated).toBe(true);
  });

  it('should fail each story a worker dies on, however many die, and go on', async () => {
    const { pool, workers, lines } = standInPool(['a', 'b', 'c'], 2);
    // Both die at once: a (holding b) and c; b goes to the first new worker.
    (workers[0] as StandIn).die('crash');
    (workers[1] as StandIn).emit('exit', 1);
    expect(workers).toHaveLength(3);
    const last = workers[2] as StandIn;
    expect(last.given.map((r) => r.job.name)).toEqual(['b']);
    last.answer(0);
    await pool.finished;
    expect(lines.get(0)).toMatch(/^failed .*"internal error: crash"/u);
    expect(lines.get(1)).toBe('ok b');
    expect(lines.get(2)).toMatch(/^failed .*"internal error: the worker stopped"/u);
  });

  it('should give no more stories once stopped, and settle when the workers are gone', async () => {
    const { pool, workers, lines } = standInPool(['a', 'b', 'c', 'd', 'e'], 1);
    const worker = workers[0] as StandIn;
    worker.answer(0);
    pool.stop();
    await pool.finished;
    expect(worker.terminated).toBe(true);
    expect(workers).toHaveLength(1);
    expect(worker.given.map((r) => r.job.name)).toEqual(['a', 'b', 'c']);
    // The story it was comparing when stopped is failed; the one it had not started is not.
    expect([...lines.keys()]).toEqual([0, 1]);
  });

  it('should settle at once with no stories, starting no worker', async () => {
    let started = 0;
    const pool = compareOnWorkers(
      [],
      2,
      () => {
        started++;
        return new StandIn();
      },
      () => undefined,
    );
    await pool.finished;
    expect(started).toBe(0);
  });
});

/**
 * A worker thread that answers each story with its name, and on the story named "throw"
 * throws (an uncaught error) and on "exit" exits, with the next story already given to it.
 */
const TOY_WORKER = `
  const { parentPort } = require('node:worker_threads');
  parentPort.on('message', ({ index, job }) => {
    if (job.name === 'throw') throw new Error('the toy broke');
    if (job.name === 'exit') process.exit(7);
    const line = new TextEncoder().encode(job.name + '\\n').buffer;
    parentPort.postMessage({ index, line, ok: true }, [line]);
  });
`;

describe('compareOnWorkers on worker threads', () => {
  it('should record the lines a worker sent before dying, fail the story it died on, and go on', async () => {
    const { lines, order, record } = recorder();
    let started = 0;
    const names = ['a', 'throw', 'b', 'c', 'exit', 'd', 'e', 'f'];
    const pool = compareOnWorkers(
      jobsNamed(names),
      2,
      () => {
        started++;
        return new Worker(TOY_WORKER, { eval: true });
      },
      record,
    );
    await pool.finished;
    expect(names.map((_, i) => lines.get(i))).toEqual([
      'ok a',
      expect.stringMatching(/^failed .*"internal error: the toy broke"/u),
      'ok b',
      'ok c',
      expect.stringMatching(/^failed .*"internal error: the worker stopped"/u),
      'ok d',
      'ok e',
      'ok f',
    ]);
    expect(order).toHaveLength(names.length);
    // The two first, and one in place of the first that died at least (stories were left).
    expect(started).toBeGreaterThanOrEqual(3);
  });
});

// Loaded with `node --import` into every process the benchmark measures: at exit, writes the
// whole process's CPU time (every thread, start-up included) and peak RSS to $BENCH_PROBE.
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_PROBE;
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({
        userMicros: usage.userCPUTime,
        systemMicros: usage.systemCPUTime,
        maxRssKb: usage.maxRSS,
      }),
    );
  });
}

/**
 * How soon V8 compiles a function with its optimising compiler (TurboFan) in the command's
 * process. Imported first by `cli/compare.ts`, so that it is set before any engine code
 * runs.
 *
 * V8 optimises a function once it has run for an "interrupt budget" of bytecode; the
 * default suits long-lived pages and servers, which pay for a compilation once and run
 * the result for hours. The command runs the engine once and exits: in a profile of
 * `--json` on 10 articles of 2,000 words, TurboFan's compilations (on V8's background
 * threads) were 44% of the process's CPU time, 25% on 200 articles of 800 words. With a
 * larger budget, only the functions that do most of the work are compiled: CPU time
 * fell 25-38% on the sample story, 10 × 2,000 and 2 × 50,000 words, 13-17% on 200 × 800
 * words and on the 1 MiB paragraph, 5% on 5 × 100,000 words (`npm run bench`), and a
 * batch was unchanged. The results are the same: only when code is compiled changes.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytecode budget (V8's unit) before a function is optimised; V8's default is 132 KB. */
export const INTERRUPT_BUDGET = 1_000_000;

setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);

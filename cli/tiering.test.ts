/**
 * The command's V8 tier-up budget (`cli/tiering.ts`): on the sample story, the built command
 * leaves V8's optimising compiler idle (27 compilations with V8's default budget).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_ENTRY } from '../scripts/build-cli.mjs';

describe('the command’s tier-up budget', () => {
  it('should not spend the run compiling the engine with TurboFan', () => {
    const seeds = readdirSync('seeds')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join('seeds', f));
    // --trace-opt prints a line per optimised compilation, on stdout with the JSON.
    const out = execFileSync(process.execPath, ['--trace-opt', CLI_ENTRY, '--json', ...seeds], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const compilations = out.split('\n').filter((l) => l.startsWith('[completed compiling'));
    expect(compilations.length).toBeLessThanOrEqual(5);
  });
});

/**
 * Running the built command line from tests: the file `npm install` and `npm run build`
 * make (`dist/cli/compare.mjs`), from the repository's root unless told otherwise.
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_ENTRY } from '../scripts/build-cli.mjs';

/** The repository's root. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What a run of the command printed, and how it ended. */
export interface CliRun {
  /** Exit code (-1 when killed). */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built command with the given arguments. */
export function runCli(args: ReadonlyArray<string>, cwd = REPO_ROOT): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI_ENTRY, ...args],
      { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

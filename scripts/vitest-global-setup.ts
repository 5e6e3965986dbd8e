/**
 * Vitest's global set-up: the command-line tests run the built command, so it is rebuilt
 * first whenever a source changed (a targeted `npx vitest run cli/…` included).
 */
import { buildCliIfStale } from './build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCliIfStale();
}

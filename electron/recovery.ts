/**
 * The recovery file: the unsaved session the renderer keeps while there is unsaved work,
 * in the user-data folder, read back at the next start (after a crash, or a close that
 * lost power). Plain Node IO, so it is tested without Electron.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readTextFile } from '../node/read-text';
import { MAX_PROJECT_BYTES } from '../shared/ipc';

/** The recovery file's name in the user-data folder. */
export const RECOVERY_FILE = 'unsaved-work.json';

/**
 * Writes a text so that a crash mid-way never leaves a cut file: to a file beside it, then
 * renamed over it (a rename within a folder is atomic).
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${process.pid}-${Date.now()}.partial`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Keeps the session's text in `folder` (null: removes it, nothing is unsaved). */
export async function writeRecovery(folder: string, text: string | null): Promise<void> {
  const path = join(folder, RECOVERY_FILE);
  if (text === null) {
    await rm(path, { force: true });
  } else {
    await writeFileAtomic(path, text);
  }
}

/**
 * The session kept in `folder`, or null: none, or one that cannot be read back (not a
 * file, over {@link MAX_PROJECT_BYTES}, not UTF-8), read as a project file is.
 */
export async function readRecovery(folder: string): Promise<string | null> {
  const read = await readTextFile(join(folder, RECOVERY_FILE), MAX_PROJECT_BYTES, 'session');
  return read.ok ? read.text : null;
}

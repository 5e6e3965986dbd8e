/**
 * The recovery file: the unsaved session the renderer keeps while there is unsaved work,
 * in the user-data folder, read back at the next start (after a crash, or a close that
 * lost power). Plain Node IO, so it is tested without Electron.
 */
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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

/** The session kept in `folder`, or null (none, unreadable, or too large to be one). */
export async function readRecovery(folder: string): Promise<string | null> {
  const path = join(folder, RECOVERY_FILE);
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_PROJECT_BYTES) {
      return null;
    }
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

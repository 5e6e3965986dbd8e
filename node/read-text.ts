/**
 * Reading a whole UTF-8 text file the user named (a project, a details file): the size is
 * checked before reading, and every failure is a sentence naming the file. Used by the CLI
 * and the Electron main process.
 */
import { readFile, stat } from 'node:fs/promises';
import { formatBytes } from '../shared/load/load-article';

/** A text file read, or why not. */
export type TextFileResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** Reads `path` as UTF-8 (a byte order mark dropped); `what` names it ("project"). */
export async function readTextFile(
  path: string,
  maxBytes: number,
  what: string,
): Promise<TextFileResult> {
  const fail = (why: string): TextFileResult => ({ ok: false, message: `${path}: ${why}` });
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      return fail(`the ${what} is not a file.`);
    }
    if (info.size > maxBytes) {
      return fail(
        `the ${what} is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit.`,
      );
    }
    const bytes = await readFile(path);
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
    };
  } catch (error) {
    if (error instanceof TypeError) {
      return fail(`the ${what} is not UTF-8 text: the file is damaged or not a ${what}.`);
    }
    const code = (error as NodeJS.ErrnoException).code;
    const named = what.endsWith('file') ? what : `${what} file`;
    return fail(
      code === 'ENOENT'
        ? `no such ${named}; check the path.`
        : `cannot read the ${what} (${code ?? 'error'}).`,
    );
  }
}

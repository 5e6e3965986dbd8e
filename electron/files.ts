/** Reading article files for the renderer (main process IO, validated). */
import { readFile, stat } from 'node:fs/promises';
import type { OpenedFiles, OpenedFile, UnreadableFile } from '../shared/ipc';
import { formatBytes, MAX_ARTICLE_BYTES } from '../shared/load/load-article';

/** Reads files as bytes; what cannot be read is reported with a message naming it. */
export async function readFilesForRenderer(paths: ReadonlyArray<string>): Promise<OpenedFiles> {
  const files: OpenedFile[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (!info.isFile()) {
        unreadable.push({
          file: path,
          message: `${path}: this is not a file (use Open Folder for folders).`,
        });
      } else if (info.size > MAX_ARTICLE_BYTES) {
        unreadable.push({
          file: path,
          message: `${path}: the file is ${formatBytes(info.size)}, over the ${formatBytes(MAX_ARTICLE_BYTES)} limit for one article.`,
        });
      } else {
        files.push({ file: path, bytes: new Uint8Array(await readFile(path)) });
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      unreadable.push({
        file: path,
        message:
          code === 'ENOENT'
            ? `${path}: no such file.`
            : `${path}: the file cannot be read (${code ?? 'error'}).`,
      });
    }
  }
  return { files, unreadable };
}

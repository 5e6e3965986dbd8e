/**
 * Reading article files from disk (Node): stat, size check before reading, bytes to the
 * shared loader. The one place that reads articles' files for the CLI, the scripts and the
 * Electron main process (which sends the bytes to the page), so every caller gives the
 * same messages.
 */
import { open, readFile, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../shared/model';
import {
  articleSizeProblem,
  isArticleFileName,
  loadArticle,
  loadError,
  type LoadedSet,
  type LoadError,
  type LoadResult,
  type LoadWarning,
  webArchiveError,
  WEB_ARCHIVE_HEAD_BYTES,
} from '../shared/load/load-article';
import type { ParseHtml } from '../shared/load/html';
import { applyManifestEntry, parseManifest, type Manifest } from '../shared/load/manifest';

/**
 * The HTML reader (linkedom and Readability), imported the first time a page is read: a
 * run on plain text never loads them (they are most of the command line's start-up).
 */
let htmlReader: Promise<ParseHtml> | null = null;
/** The HTML reader once loaded: every file is loaded with it from then on. */
let loadedReader: ParseHtml | null = null;
function nodeHtmlReader(): Promise<ParseHtml> {
  htmlReader ??= import('./html-parser').then((m) => (loadedReader = m.parseHtmlInNode));
  return htmlReader;
}

/**
 * Whether a file starts with a tag (after a byte-order mark and whitespace), as a page and
 * a copied fragment do: the HTML reader is loaded before the file is, so that it is decoded
 * once. A guess only: the loader decides what is HTML.
 */
function startsWithTag(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d) {
    i++;
  }
  return bytes[i] === 0x3c;
}

/** A file's bytes, or why it cannot be read (a message naming it). */
export type ReadBytesResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly error: LoadError };

/** The first `length` bytes of a file (fewer for a shorter file; none when it cannot be read). */
export async function readFileHead(path: string, length: number): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r');
    try {
      const head = new Uint8Array(length);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return new Uint8Array(0);
  }
}

/**
 * Why a path listed in a folder may not be found: Node reads names as UTF-8, so a name in
 * another encoding (Latin-1 "Caf\xe9", from an old archive) comes back with U+FFFD in it,
 * and that path leads nowhere. Empty when the path has no U+FFFD.
 */
export function nameEncodingHint(path: string): string {
  return path.includes('\uFFFD')
    ? ' (its name is not valid UTF-8, as a name written in Latin-1 or another old encoding; rename it)'
    : '';
}

/** Reads an article file's bytes: it must be a file, and not over the size limit. */

export async function readArticleBytes(path: string): Promise<ReadBytesResult> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { ok: false, error: loadError('NOT_FOUND', path, `no such file${nameEncodingHint(path)}`) }
      : {
          ok: false,
          error: loadError(
            'UNREADABLE',
            path,
            `the file cannot be read (${code ?? 'unknown error'})`,
          ),
        };
  }
  if (info.isDirectory()) {
    return {
      ok: false,
      error: loadError(
        'NOT_A_FILE',
        path,
        'this is a folder, not a file (choose the articles in it; the app also opens a whole folder)',
      ),
    };
  }
  if (!info.isFile()) {
    return { ok: false, error: loadError('NOT_A_FILE', path, 'this is not a regular file') };
  }
  const tooLarge = articleSizeProblem(path, info.size);
  if (tooLarge !== null) {
    // A web archive is said as one, whatever its size (pictures make it large).
    return {
      ok: false,
      error: webArchiveError(path, await readFileHead(path, WEB_ARCHIVE_HEAD_BYTES)) ?? tooLarge,
    };
  }
  try {
    return { ok: true, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error: loadError(
        'UNREADABLE',
        path,
        `the file cannot be read (${code ?? (error as Error).message})`,
      ),
    };
  }
}

/** Reads and loads one file. */
async function readArticleFile(path: string): Promise<LoadResult> {
  const read = await readArticleBytes(path);
  if (!read.ok) {
    return read;
  }
  const bytes = read.bytes;
  const parseHtml = loadedReader ?? (startsWithTag(bytes) ? await nodeHtmlReader() : null);
  // The loader never throws on bad input: an exception here is a bug, not an unreadable file.
  const loaded = loadArticle({ file: path, bytes }, parseHtml === null ? {} : { parseHtml });
  if (loaded.ok || loaded.error.code !== 'NO_HTML_READER') {
    return loaded;
  }
  // HTML that does not start with a tag, read before the reader was loaded: once more with it.
  return loadArticle({ file: path, bytes }, { parseHtml: await nodeHtmlReader() });
}

/** A file that could not be used, by its place among the paths read. */
export interface FailedFile {
  readonly error: LoadError;
  /** For a file named twice: the place of its first name, whose article stands for both. */
  readonly sameAs?: number;
}

/**
 * Several files read, the good ones kept; `failed` says which of the paths (by index) gave
 * no article of their own, so that a path given twice is told apart from its first naming.
 */
export async function readArticleFiles(
  paths: ReadonlyArray<string>,
): Promise<LoadedSet & { readonly failed: ReadonlyMap<number, FailedFile> }> {
  const articles: Article[] = [];
  const errors: LoadError[] = [];
  const warnings: LoadWarning[] = [];
  const failed = new Map<number, FailedFile>();
  // Each file once, however it is named ("a.txt", "./a.txt", a link to it).
  const seen = new Map<string, number>();
  for (const [index, path] of paths.entries()) {
    const identity = await fileIdentity(path);
    const first = identity === null ? undefined : seen.get(identity);
    if (first !== undefined) {
      const error = loadError(
        'DUPLICATE',
        path,
        `the same file as ${paths[first] as string}, which is read once`,
      );
      errors.push(error);
      failed.set(
        index,
        failed.has(first) ? (failed.get(first) as FailedFile) : { error, sameAs: first },
      );
      continue;
    }
    if (identity !== null) {
      seen.set(identity, index);
    }
    const result = await readArticleFile(path);
    if (result.ok) {
      articles.push(result.article);
      warnings.push(...result.warnings);
    } else {
      errors.push(result.error);
      failed.set(index, { error: result.error });
    }
  }
  return { articles, errors, warnings, failed };
}

/**
 * What names a file whatever its path, or null when it cannot be read: its device and inode
 * (as big integers: NTFS file ids do not fit a double), or its real path where the file
 * system gives no inode (0).
 */
export async function fileIdentity(path: string): Promise<string | null> {
  try {
    const info = await stat(path, { bigint: true });
    if (!info.isFile()) {
      return null;
    }
    return info.ino === 0n ? `path:${await realpath(path)}` : `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

/** The article files of a folder, sorted by name. */
export async function listArticleFiles(dir: string): Promise<ReadonlyArray<string>> {
  return (await listFolderFiles(dir)).articles;
}

/** Whether a folder's entry is a folder, or a link to one. */
export async function isFolderEntry(
  dir: string,
  entry: { readonly name: string; isDirectory(): boolean; isSymbolicLink(): boolean },
): Promise<boolean> {
  return (
    entry.isDirectory() ||
    (entry.isSymbolicLink() &&
      (await stat(join(dir, entry.name)).then(
        (info) => info.isDirectory(),
        () => false,
      )))
  );
}

/**
 * The files of a folder, sorted by name: its articles (by their extension,
 * `ARTICLE_EXTENSIONS`) and the other files, which are not read, and its sub-folders, whose
 * files are not read either. A link is the file or folder it leads to (one that leads
 * nowhere is listed as a file, so that reading it says so). Hidden files and folders
 * (".DS_Store", ".git") are none of them.
 */
export async function listFolderFiles(dir: string): Promise<{
  readonly articles: ReadonlyArray<string>;
  readonly others: ReadonlyArray<string>;
  readonly folders: ReadonlyArray<string>;
}> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names: string[] = [];
  const folders: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) {
      continue;
    }
    if (await isFolderEntry(dir, e)) {
      folders.push(e.name);
    } else if (e.isFile() || e.isSymbolicLink()) {
      names.push(e.name);
    }
  }
  names.sort();
  return {
    articles: names.filter(isArticleFileName).map((name) => join(dir, name)),
    others: names.filter((name) => !isArticleFileName(name)).map((name) => join(dir, name)),
    folders: folders.sort().map((name) => join(dir, name)),
  };
}

/** Reads and checks a sample story's manifest (`manifest.json` in its folder). */
export async function readManifest(seedDir: string): Promise<Manifest> {
  const path = join(seedDir, 'manifest.json');
  const parsed = parseManifest(await readFile(path, 'utf8'), path);
  if (!parsed.ok) {
    throw new Error(parsed.message);
  }
  return parsed.manifest;
}

/** Loads the built-in sample story, applying the manifest's metadata ("unknown" → null). */
export async function loadSeedStory(seedDir: string): Promise<LoadedSet> {
  const manifest = await readManifest(seedDir);
  const set = await readArticleFiles(manifest.articles.map((a) => join(seedDir, a.file)));
  return {
    errors: set.errors,
    warnings: set.warnings,
    articles: set.articles.map((article) => {
      const entry = manifest.articles.find((a) => article.file === join(seedDir, a.file));
      return entry ? applyManifestEntry(article, entry) : article;
    }),
  };
}

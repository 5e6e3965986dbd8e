/**
 * Reading article files from disk (Node): stat, size check before reading, bytes to the
 * shared loader. Used by the CLI, the benchmark and the Electron main process.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../shared/model';
import {
  formatBytes,
  loadArticle,
  loadError,
  MAX_ARTICLE_BYTES,
  type LoadedSet,
  type LoadError,
  type LoadResult,
  type LoadWarning,
} from '../shared/load/load-article';
import type { ParseHtml } from '../shared/load/html';
import { applyManifestEntry, type ManifestEntry } from '../shared/load/manifest';

/**
 * The HTML reader (linkedom and Readability), imported the first time a page is read: a
 * run on plain text never loads them (they are most of the command line's start-up).
 */
let htmlReader: Promise<ParseHtml> | null = null;
function nodeHtmlReader(): Promise<ParseHtml> {
  htmlReader ??= import('./html-parser').then((m) => m.parseHtmlInNode);
  return htmlReader;
}

/** Extensions offered when opening a folder. */
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.html', '.htm', '.xhtml'];

/** Reads and loads one file. */
export async function readArticleFile(path: string): Promise<LoadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { ok: false, error: loadError('NOT_FOUND', path, 'no such file') }
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
        'this is a folder, not a file (open its files, or use Open Folder)',
      ),
    };
  }
  if (!info.isFile()) {
    return { ok: false, error: loadError('NOT_A_FILE', path, 'this is not a regular file') };
  }
  if (info.size > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      error: loadError(
        'TOO_LARGE',
        path,
        `the file is ${formatBytes(info.size)}, over the ${formatBytes(MAX_ARTICLE_BYTES)} limit for one article`,
      ),
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
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
  // The loader never throws on bad input: an exception here is a bug, not an unreadable file.
  const plain = loadArticle({ file: path, bytes });
  if (plain.ok || plain.error.code !== 'NO_HTML_READER') {
    return plain;
  }
  return loadArticle({ file: path, bytes }, { parseHtml: await nodeHtmlReader() });
}

/** Reads several files, keeping the good ones. */
export async function readArticleFiles(paths: ReadonlyArray<string>): Promise<LoadedSet> {
  const articles: Article[] = [];
  const errors: LoadError[] = [];
  const warnings: LoadWarning[] = [];
  for (const path of paths) {
    const result = await readArticleFile(path);
    if (result.ok) {
      articles.push(result.article);
      warnings.push(...result.warnings);
    } else {
      errors.push(result.error);
    }
  }
  return { articles, errors, warnings };
}

/** The article files of a folder, sorted by name. */
export async function listArticleFiles(dir: string): Promise<ReadonlyArray<string>> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter(
      (e) => e.isFile() && ARTICLE_EXTENSIONS.some((ext) => e.name.toLowerCase().endsWith(ext)),
    )
    .map((e) => e.name)
    .sort()
    .map((name) => join(dir, name));
}

/** Loads the built-in sample story, applying the manifest's metadata ("unknown" → null). */
export async function loadSeedStory(seedDir: string): Promise<LoadedSet> {
  const manifest = JSON.parse(await readFile(join(seedDir, 'manifest.json'), 'utf8')) as {
    articles: ReadonlyArray<ManifestEntry>;
  };
  const set = await readArticleFiles(manifest.articles.map((a) => join(seedDir, a.file)));
  return {
    errors: set.errors,
    warnings: set.warnings,
    articles: set.articles.map((article) => {
      const entry = manifest.articles.find((a) => article.file.endsWith(a.file));
      return entry ? applyManifestEntry(article, entry) : article;
    }),
  };
}

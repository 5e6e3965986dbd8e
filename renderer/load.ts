/** Turns opened files into articles and per-file errors, never losing the others. */
import {
  isProjectFile,
  type FileId,
  type OpenedFile,
  type OpenedFiles,
  type OpenedProject,
} from '../shared/ipc';
import { loadArticle, type LoadError, type LoadWarning } from '../shared/load/load-article';
import type { Article } from '../shared/model';
import { parseHtmlInBrowser } from './html-parser';

/** Loads opened files. */
export function loadOpenedFiles(opened: OpenedFiles): {
  readonly articles: ReadonlyArray<Article>;
  /** Per article, the main process's id of its file (desktop), for Recent Comparisons. */
  readonly fileIds: ReadonlyArray<FileId | undefined>;
  readonly errors: ReadonlyArray<LoadError | LoadWarning>;
} {
  const articles: Article[] = [];
  const fileIds: Array<FileId | undefined> = [];
  // Warnings (a file read with some invalid bytes) are listed with the errors: the user
  // should see them, and the article is in the library all the same.
  const errors: Array<LoadError | LoadWarning> = opened.unreadable.map((u) => ({
    code: 'UNREADABLE',
    file: u.file,
    message: u.message,
  }));
  for (const f of opened.files) {
    const result = loadArticle(f, { parseHtml: parseHtmlInBrowser });
    if (result.ok) {
      articles.push(result.article);
      fileIds.push(f.id);
      errors.push(...result.warnings);
    } else {
      errors.push(result.error);
    }
  }
  return { articles, fileIds, errors };
}

/** Opened files split into project files (read as text) and the rest (articles). */
export function splitProjectFiles(opened: OpenedFiles): {
  readonly projects: ReadonlyArray<OpenedProject>;
  readonly articles: OpenedFiles;
} {
  const project = (f: OpenedFile): boolean => isProjectFile(f.file, f.bytes);
  const projects = opened.files.filter(project).map((f): OpenedProject => {
    const name = f.file.split(/[\\/]/u).pop() ?? f.file;
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(f.bytes);
      return { ok: true, file: f.file, name, text, ...(f.id === undefined ? {} : { id: f.id }) };
    } catch {
      return { ok: false, file: f.file, message: `${name}: not UTF-8 text: the file is damaged.` };
    }
  });
  return {
    projects,
    articles: {
      files: opened.files.filter((f) => !project(f)),
      unreadable: opened.unreadable,
    },
  };
}

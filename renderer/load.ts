/** Turns opened files into articles and per-file errors, never losing the others. */
import {
  isProjectFile,
  MAX_PROJECT_BYTES,
  type FileId,
  type OpenedFile,
  type OpenedFiles,
  type OpenedProject,
} from '../shared/ipc';
import {
  formatBytes,
  loadArticle,
  type LoadError,
  type LoadWarning,
} from '../shared/load/load-article';
import type { Article } from '../shared/model';
import { baseName } from '../shared/project/details';
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

/**
 * A project file's bytes as the renderer opens them (drops, web mode's Open Project…): its
 * UTF-8 text, or why it cannot be a project, as the desktop's reading says it.
 */
export function openedProject(file: string, bytes: Uint8Array, id?: FileId): OpenedProject {
  const name = baseName(file);
  if (bytes.length > MAX_PROJECT_BYTES) {
    return {
      ok: false,
      file,
      message: `${name}: the file is over the ${formatBytes(MAX_PROJECT_BYTES)} limit for a project.`,
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, file, name, text, ...(id === undefined ? {} : { id }) };
  } catch {
    return {
      ok: false,
      file,
      message: `${name}: the project is not UTF-8 text: the file is damaged or not a project.`,
    };
  }
}

/** Opened files split into project files (read as text) and the rest (articles). */
export function splitProjectFiles(opened: OpenedFiles): {
  readonly projects: ReadonlyArray<OpenedProject>;
  readonly articles: OpenedFiles;
} {
  const project = (f: OpenedFile): boolean => isProjectFile(f.file, f.bytes);
  return {
    projects: opened.files.filter(project).map((f) => openedProject(f.file, f.bytes, f.id)),
    articles: {
      files: opened.files.filter((f) => !project(f)),
      unreadable: opened.unreadable,
    },
  };
}

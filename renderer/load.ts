/** Turns opened files into articles and per-file errors, never losing the others. */
import type { OpenedFile, OpenedFiles, OpenedProject } from '../shared/ipc';
import { loadArticle, type LoadError } from '../shared/load/load-article';
import type { Article } from '../shared/model';
import { parseHtmlInBrowser } from './html-parser';

/** Loads opened files. */
export function loadOpenedFiles(opened: OpenedFiles): {
  readonly articles: ReadonlyArray<Article>;
  readonly errors: ReadonlyArray<LoadError>;
} {
  const articles: Article[] = [];
  const errors: LoadError[] = opened.unreadable.map((u) => ({
    code: 'UNREADABLE',
    file: u.file,
    message: u.message,
  }));
  for (const f of opened.files) {
    const result = loadArticle(f, { parseHtml: parseHtmlInBrowser });
    if (result.ok) {
      articles.push(result.article);
    } else {
      errors.push(result.error);
    }
  }
  return { articles, errors };
}

/** Whether a file looks like a project file rather than an article (it is then opened as one). */
export function isProjectFile(file: OpenedFile): boolean {
  if (!/\.json$/iu.test(file.file)) {
    return false;
  }
  // The format's name is near the start of every project file.
  const head = new TextDecoder('utf-8').decode(file.bytes.subarray(0, 200));
  return head.includes('"news-compare-project"');
}

/** Opened files split into project files (read as text) and the rest (articles). */
export function splitProjectFiles(opened: OpenedFiles): {
  readonly projects: ReadonlyArray<OpenedProject>;
  readonly articles: OpenedFiles;
} {
  const projects = opened.files.filter(isProjectFile).map((f): OpenedProject => {
    const name = f.file.split(/[\\/]/u).pop() ?? f.file;
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(f.bytes);
      return { ok: true, file: f.file, name, text };
    } catch {
      return { ok: false, file: f.file, message: `${name}: not UTF-8 text: the file is damaged.` };
    }
  });
  return {
    projects,
    articles: {
      files: opened.files.filter((f) => !isProjectFile(f)),
      unreadable: opened.unreadable,
    },
  };
}

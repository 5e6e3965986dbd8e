/** Turns opened files into articles and per-file errors, never losing the others. */
import type { OpenedFiles } from '../shared/ipc';
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

/** Turns opened files into library items and per-file errors, never losing the others. */
import type { OpenedFiles } from '../shared/ipc';
import { loadArticle, type LoadError } from '../shared/load/load-article';
import { parseHtmlInBrowser } from './html-parser';
import { libraryItem, type LibraryItem } from './library';

/** Loads opened files; ids are numbered from `firstId`. */
export function loadOpenedFiles(
  opened: OpenedFiles,
  firstId: number,
): { readonly items: ReadonlyArray<LibraryItem>; readonly errors: ReadonlyArray<LoadError> } {
  const items: LibraryItem[] = [];
  const errors: LoadError[] = opened.unreadable.map((u) => ({
    code: 'UNREADABLE',
    file: u.file,
    message: u.message,
  }));
  opened.files.forEach((f, i) => {
    const result = loadArticle(f, { parseHtml: parseHtmlInBrowser });
    if (result.ok) {
      items.push(libraryItem(`a${firstId + i}`, result.article, 'user', f.id));
    } else {
      errors.push(result.error);
    }
  });
  return { items, errors };
}

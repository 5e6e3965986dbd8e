/** Turns opened files into library items and per-file errors, never losing the others. */
import type { OpenedFiles } from '../shared/ipc';
import { loadArticle, type LoadError, type LoadWarning } from '../shared/load/load-article';
import { parseHtmlInBrowser } from './html-parser';
import { libraryItem, type LibraryItem } from './library';

/** Loads opened files; ids are numbered from `firstId`. */
export function loadOpenedFiles(
  opened: OpenedFiles,
  firstId: number,
): {
  readonly items: ReadonlyArray<LibraryItem>;
  readonly errors: ReadonlyArray<LoadError | LoadWarning>;
} {
  const items: LibraryItem[] = [];
  // Warnings (a file read with some invalid bytes) are listed with the errors: the user
  // should see them, and the article is in the library all the same.
  const errors: Array<LoadError | LoadWarning> = opened.unreadable.map((u) => ({
    code: 'UNREADABLE',
    file: u.file,
    message: u.message,
  }));
  opened.files.forEach((f, i) => {
    const result = loadArticle(f, { parseHtml: parseHtmlInBrowser });
    if (result.ok) {
      items.push(libraryItem(`a${firstId + i}`, result.article, 'user', f.id));
      errors.push(...result.warnings);
    } else {
      errors.push(result.error);
    }
  });
  return { items, errors };
}

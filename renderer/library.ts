/** The library of loaded articles: items, word counts and fuzzy search (fuse.js). */
import Fuse from 'fuse.js';
import type { Article } from '../shared/model';
import { countWords } from '../shared/text/tokenize';

/** One article in the library. */
export interface LibraryItem {
  /** Stable id within the session. */
  readonly id: string;
  /** The article. */
  readonly article: Article;
  /** Words outside boilerplate. */
  readonly wordCount: number;
  /** Whether it came with the app (the sample story) or from the user. */
  readonly source: 'sample' | 'user';
  /** Desktop: the main process's id of the file, by which Recent Comparisons names it. */
  readonly fileId?: string;
}

/** Builds a library item. */
export function libraryItem(
  id: string,
  article: Article,
  source: LibraryItem['source'],
  fileId?: string,
): LibraryItem {
  const wordCount = article.paragraphs
    .filter((p) => p.boilerplate === null)
    .reduce((sum, p) => sum + countWords(p.text), 0);
  return { id, article, wordCount, source, fileId };
}

/** The name shown for an article's outlet. */
export function outletLabel(article: Article): string {
  return article.outlet ?? 'unknown outlet';
}

/**
 * Fuzzy search over title, outlet and text; an empty query keeps everything in order.
 * The text weighs less than title and outlet, so a query naming an outlet finds it first.
 */
export function searchLibrary(
  items: ReadonlyArray<LibraryItem>,
  query: string,
): ReadonlyArray<LibraryItem> {
  const q = query.trim();
  if (q === '') {
    return items;
  }
  const fuse = new Fuse(
    items.map((item) => ({
      item,
      title: item.article.title,
      outlet: item.article.outlet ?? '',
      text: item.article.paragraphs.map((p) => p.text).join('\n'),
    })),
    {
      keys: [
        { name: 'title', weight: 3 },
        { name: 'outlet', weight: 2 },
        { name: 'text', weight: 1 },
      ],
      threshold: 0.4,
      ignoreLocation: true,
      minMatchCharLength: 2,
    },
  );
  return fuse.search(q).map((r) => r.item.item);
}

/** The library of loaded articles: items, word counts, duplicates and search (fuse.js). */
import Fuse from 'fuse.js';
import type { Article } from '../shared/model';
import { baseName } from '../shared/project/details';
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
  /** The article's address as found (a project keeps it), or null. */
  readonly url: string | null;
  /** Desktop: the main process's id of the file, by which Recent Comparisons names it. */
  readonly fileId?: string;
}

/** Builds a library item. */
export function libraryItem(
  id: string,
  article: Article,
  source: LibraryItem['source'],
  fileId?: string,
  url: string | null = article.url ?? null,
): LibraryItem {
  const wordCount = article.paragraphs
    .filter((p) => p.boilerplate === null)
    .reduce((sum, p) => sum + countWords(p.text), 0);
  return { id, article, wordCount, source, fileId, url };
}

/** The name shown for an article's outlet. */
export function outletLabel(article: Article): string {
  return article.outlet ?? 'unknown outlet';
}

/**
 * Shortest run of characters without a space that gets break points of its own: a shorter
 * one wraps as a word, and "e.g." or "U.S." keep their dots with their letters.
 */
export const LONG_RUN_CHARS = 14;

/** After "_", "." or "/", before a letter or digit: where a file name or address may wrap. */
const BREAK_AFTER = /(?<=[_./])(?=[\p{L}\p{N}])/u;

/**
 * A title in pieces between which a line may break (the library shows a `<wbr>` there), as
 * well as at its spaces: in a run of at least {@link LONG_RUN_CHARS} characters without a
 * space, after each "_", "." or "/" (a title made of a file name, "000_69ff7826295806f7",
 * wraps as "000_" and "69ff7826295806f7", not mid-number).
 *
 * Law: the pieces join to the title.
 */
export function titlePieces(title: string): ReadonlyArray<string> {
  const pieces = [''];
  for (const run of title.split(/(\s+)/u)) {
    const parts = run.length >= LONG_RUN_CHARS ? run.split(BREAK_AFTER) : [run];
    parts.forEach((part, i) => {
      if (i > 0) {
        pieces.push('');
      }
      pieces[pieces.length - 1] += part;
    });
  }
  return pieces;
}

/**
 * Whether two articles are the same file with the same text: opening a file twice, or
 * adding the sample story again, must not list it twice. A file picked in a browser comes
 * without its folder ("001.txt" against the sample's "seeds/001.txt"): without a folder, its
 * name and text are enough. Two files of one name and one text in two folders are two
 * articles (two outlets can carry the same wire copy under the same file name).
 */
export function sameArticle(a: Article, b: Article): boolean {
  return (
    sameFile(a.file, b.file) &&
    a.paragraphs.length === b.paragraphs.length &&
    a.paragraphs.every((p, i) => p.text === b.paragraphs[i]?.text)
  );
}

/** Whether two file names are one file: the same path, or the same name where one has no folder. */
function sameFile(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }
  const folderless = (file: string) => !/[/\\]/u.test(file);
  return (folderless(a) || folderless(b)) && baseName(a) === baseName(b);
}

export { leadExcerpt } from '../shared/view-model/article-name';

/**
 * How close a query word must be to a word of the article, 0 (exact) .. 1 (anything).
 * At 0.2 a slip ("Consultaton", "ultimatim") still finds its word, while a name ("Cressida")
 * or a word ("judge") finds only the articles that use it; at 0.4, which the library once
 * used over the whole text, "Cressida" matched every article of a ten-article story.
 */
export const SEARCH_THRESHOLD = 0.2;

/** What the search reads of an article. */
interface SearchEntry {
  readonly item: LibraryItem;
  readonly title: string;
  readonly outlet: string;
  readonly file: string;
  readonly text: string;
}

/**
 * Search over title, outlet, file name and text, word by word: every word of the query
 * must match (a typo allowed, see {@link SEARCH_THRESHOLD}) a word of the article; title,
 * outlet and file name weigh more than the text. An empty query keeps everything in order.
 * The index is built once for these items, at the first query that needs it; each query
 * then only searches it.
 */
export function librarySearch(
  items: ReadonlyArray<LibraryItem>,
): (query: string) => ReadonlyArray<LibraryItem> {
  let fuse: Fuse<SearchEntry> | null = null;
  return (query) => {
    const q = query.trim();
    if (q === '') {
      return items;
    }
    const index = (fuse ??= new Fuse(
      items.map((item): SearchEntry => ({
        item,
        title: item.article.title,
        outlet: item.article.outlet ?? '',
        file: baseName(item.article.file),
        text: item.article.paragraphs.map((p) => p.text).join('\n'),
      })),
      {
        keys: [
          { name: 'title', weight: 3 },
          { name: 'outlet', weight: 2 },
          { name: 'file', weight: 2 },
          { name: 'text', weight: 1 },
        ],
        useTokenSearch: true,
        tokenMatch: 'all',
        threshold: SEARCH_THRESHOLD,
        ignoreLocation: true,
        minMatchCharLength: 2,
      },
    ));
    return index.search(q).map((r) => r.item.item);
  };
}

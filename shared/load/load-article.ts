/**
 * Loading one article: bytes → decoded text → paragraphs → boilerplate marks → metadata.
 * Every failure is a {@link LoadError} naming the file, never an exception.
 */
import type { Article, Paragraph } from '../model';
import { detectBoilerplate } from './boilerplate';
import { decodeText } from './decode';
import { extractHtmlArticle, looksLikeHtml, type ParseHtml } from './html';
import { extractMetadata, parseDate, titleFromFileName } from './metadata';
import { normalizeLineEndings, splitParagraphs } from './segment';

/**
 * Largest article file accepted: 5 MiB. The longest news features are under 200 KiB of
 * text and saved pages with inline scripts rarely pass 3 MiB; a bigger file is almost
 * certainly not an article, and would make the comparison slow for no use.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Why a file could not be loaded. */
export type LoadErrorCode =
  | 'NOT_FOUND'
  | 'NOT_A_FILE'
  | 'UNREADABLE'
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'BINARY'
  | 'BAD_ENCODING'
  | 'NO_TEXT'
  | 'TOO_FEW_ARTICLES';

/** A user-facing load failure. */
export interface LoadError {
  /** What went wrong. */
  readonly code: LoadErrorCode;
  /** The file, as the user named it. */
  readonly file: string;
  /** One clear sentence, starting with the file name. */
  readonly message: string;
}

/** Result of loading one article. */
export type LoadResult =
  | { readonly ok: true; readonly article: Article; readonly encoding: string }
  | { readonly ok: false; readonly error: LoadError };

/** What the loader needs from its platform. */
export interface LoadDeps {
  /** HTML parser for saved web pages; without it HTML files are refused with a message. */
  readonly parseHtml?: ParseHtml;
}

/** Builds a load error whose message names the file. */
export function loadError(code: LoadErrorCode, file: string, detail: string): LoadError {
  return { code, file, message: `${file}: ${detail}.` };
}

/** Human-readable size. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;
}

/** Builds an article's paragraphs with boilerplate marks. */
export function markParagraphs(texts: ReadonlyArray<string>): ReadonlyArray<Paragraph> {
  return texts.map((text, i) => ({ text, boilerplate: detectBoilerplate(text, texts[i + 1], i) }));
}

/** Loads one article from its bytes. */
export function loadArticle(
  input: { readonly file: string; readonly bytes: Uint8Array },
  deps: LoadDeps = {},
): LoadResult {
  const { file, bytes } = input;
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return fail(
      'TOO_LARGE',
      file,
      `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(MAX_ARTICLE_BYTES)} limit for one article`,
    );
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return fail(decoded.code, file, decoded.detail);
  }
  const text = normalizeLineEndings(decoded.text);
  if (looksLikeHtml(text)) {
    if (!deps.parseHtml) {
      return fail('NO_TEXT', file, 'this is an HTML page and no HTML reader is available here');
    }
    const page = extractHtmlArticle(text, deps.parseHtml);
    if (page === null) {
      return fail('NO_TEXT', file, 'no article text could be found in this HTML page');
    }
    const paragraphs = markParagraphs(page.paragraphs);
    const meta = extractMetadata(
      page.paragraphs,
      paragraphs.map((p) => p.boilerplate !== null),
    );
    const title = page.title ?? meta.title;
    return {
      ok: true,
      encoding: decoded.encoding,
      article: {
        file,
        title: title ?? titleFromFileName(file),
        titleSource: page.title ? 'html' : title ? 'text' : 'file-name',
        outlet: page.siteName ?? meta.outlet,
        date: (page.publishedTime ? parseDate(page.publishedTime) : null) ?? meta.date,
        paragraphs,
      },
    };
  }
  const texts = splitParagraphs(text);
  if (texts.length === 0) {
    return fail('EMPTY', file, 'the file holds no text');
  }
  const paragraphs = markParagraphs(texts);
  if (paragraphs.every((p) => p.boilerplate !== null)) {
    return fail(
      'NO_TEXT',
      file,
      'the file holds only navigation or page furniture, no article text',
    );
  }
  const meta = extractMetadata(
    texts,
    paragraphs.map((p) => p.boilerplate !== null && p.boilerplate !== 'duplicate-heading'),
  );
  return {
    ok: true,
    encoding: decoded.encoding,
    article: {
      file,
      title: meta.title ?? titleFromFileName(file),
      titleSource: meta.title ? 'text' : 'file-name',
      outlet: meta.outlet,
      date: meta.date,
      paragraphs,
    },
  };
}

function fail(code: LoadErrorCode, file: string, detail: string): LoadResult {
  return { ok: false, error: loadError(code, file, detail) };
}

/** The articles that loaded and the errors of those that did not. */
export interface LoadedSet {
  /** Usable articles, in input order. */
  readonly articles: ReadonlyArray<Article>;
  /** One error per file that could not be used. */
  readonly errors: ReadonlyArray<LoadError>;
}

/** Loads several articles, keeping the good ones when some fail. */
export function loadArticles(
  inputs: ReadonlyArray<{ readonly file: string; readonly bytes: Uint8Array }>,
  deps: LoadDeps = {},
): LoadedSet {
  const articles: Article[] = [];
  const errors: LoadError[] = [];
  for (const input of inputs) {
    const result = loadArticle(input, deps);
    if (result.ok) {
      articles.push(result.article);
    } else {
      errors.push(result.error);
    }
  }
  return { articles, errors };
}

/** The error for a set with fewer than two usable articles, or null. */
export function tooFewArticles(set: LoadedSet): LoadError | null {
  if (set.articles.length >= 2) {
    return null;
  }
  const count = set.articles.length === 0 ? 'no usable article' : 'only one usable article';
  return {
    code: 'TOO_FEW_ARTICLES',
    file: set.articles[0]?.file ?? '',
    message: `A comparison needs at least two articles; there is ${count}${set.errors.length ? ` (${set.errors.length} could not be loaded)` : ''}.`,
  };
}

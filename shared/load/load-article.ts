/**
 * Loading one article: bytes → decoded text → paragraphs → boilerplate marks → metadata.
 * Every failure is a {@link LoadError} naming the file, never an exception.
 */
import type { Article, Paragraph } from '../model';
import { commentSectionStart, detectBoilerplate, mastheadIndex } from './boilerplate';
import { decodeText, latin1Head } from './decode';
import { extractHtmlArticle, looksLikeHtml, type ExtractedHtml, type ParseHtml } from './html';
import { extractMetadata, parseDate, titleFromFileName, type TextMetadata } from './metadata';
import { normalizeLineEndings, splitParagraphs } from './segment';

/**
 * The file name extensions of articles (plain text and HTML), for open dialogs and folders.
 * Any file can be opened by name: the loader decides HTML or text on its content.
 */
export const ARTICLE_EXTENSIONS: ReadonlyArray<string> = [
  'txt',
  'text',
  'md',
  'html',
  'htm',
  'xhtml',
];

/**
 * Whether a file in a folder is read as an article when the folder is opened: its name has
 * an article's extension, and it is not hidden (".DS_Store", "._story.txt").
 */
export function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('.') && ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(`.${ext}`));
}

/**
 * Largest article file accepted: 5 MiB. Saved pages with inline scripts and styles rarely
 * pass 3 MiB; a bigger file is almost certainly not an article.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/**
 * Most characters of text one article may hold (after an HTML page's markup is gone):
 * 1 MiB, five times the longest news features (under 200,000 characters). Within it, a
 * comparison is compared, analysed and reported in about two seconds (measured: a
 * 1 MiB article of one paragraph against a seed, on two busy cores, 4 s for the whole
 * CLI run); beyond it, a file is a book or a dump, not an article, and is refused rather
 * than left to run for minutes.
 */
export const MAX_ARTICLE_TEXT_CHARS = 1024 * 1024;

/** A count with thousands separators ("1,048,576"), the same in every locale. */
function formatCount(n: number): string {
  return String(n).replace(/\B(?=(?:\d{3})+$)/gu, ',');
}

/** The detail of a text over {@link MAX_ARTICLE_TEXT_CHARS}, or null. */
function textTooLong(chars: number): string | null {
  return chars > MAX_ARTICLE_TEXT_CHARS
    ? `the text is ${formatCount(chars)} characters long, over the ${formatCount(MAX_ARTICLE_TEXT_CHARS)} limit for one article (the longest news features have under 200,000)`
    : null;
}

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
  /** An HTML page, and no HTML parser was given (a caller may load one and try again). */
  | 'NO_HTML_READER'
  | 'TOO_FEW_ARTICLES'
  /** The same file as one named before it (by another path, or twice): read once. */
  | 'DUPLICATE'
  /** In a folder read as a story, a file whose name is not an article's (notes, data): not read. */
  | 'NOT_AN_ARTICLE';

/** A user-facing load failure. */
export interface LoadError {
  /** What went wrong. */
  readonly code: LoadErrorCode;
  /** The file, as the user named it. */
  readonly file: string;
  /** One clear sentence, starting with the file name. */
  readonly message: string;
}

/**
 * Something the user should know about an article that loaded: it is used, but not all of
 * its bytes could be read as written.
 */
export interface LoadWarning {
  /** What happened. */
  readonly code: 'INVALID_BYTES' | 'NUL_BYTES' | 'MIXED_ENCODING';
  /** The file, as the user named it. */
  readonly file: string;
  /** One clear sentence, starting with the file name. */
  readonly message: string;
}

/** Result of loading one article. */
export type LoadResult =
  | {
      readonly ok: true;
      readonly article: Article;
      readonly encoding: string;
      /** What the user should know (empty for a clean file). */
      readonly warnings: ReadonlyArray<LoadWarning>;
    }
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

/**
 * Why an article file of `size` bytes is refused (over {@link MAX_ARTICLE_BYTES}), or null.
 * Callers that can see a file's size before reading it (a stat) ask first.
 */
export function articleSizeProblem(file: string, size: number): LoadError | null {
  return size > MAX_ARTICLE_BYTES
    ? loadError(
        'TOO_LARGE',
        file,
        `the file is ${formatBytes(size)}, over the ${formatBytes(MAX_ARTICLE_BYTES)} limit for one article`,
      )
    : null;
}

/** Builds an article's paragraphs with boilerplate marks. */
function markParagraphs(
  texts: ReadonlyArray<string>,
  listItems: ReadonlySet<string> = new Set(),
): ReadonlyArray<Paragraph> {
  const reasons = texts.map((text, i) =>
    detectBoilerplate(text, texts[i + 1], i, listItems.has(text) ? 'list-item' : 'block'),
  );
  const masthead = mastheadIndex(texts, reasons);
  const comments = commentSectionStart(texts);
  return texts.map((text, i) => ({
    text,
    boilerplate:
      comments !== -1 && i >= comments
        ? 'comment'
        : i === masthead
          ? 'masthead'
          : (reasons[i] ?? null),
  }));
}

/** The warning for invalid UTF-8 sequences shown as U+FFFD. */
function invalidBytesWarning(file: string, count: number): LoadWarning {
  return {
    code: 'INVALID_BYTES',
    file,
    message: `${file}: ${count} ${count === 1 ? 'sequence of bytes is' : 'sequences of bytes are'} not valid UTF-8 and ${count === 1 ? 'is' : 'are'} shown as \ufffd; the rest of the file is read as UTF-8.`,
  };
}

/** The warning for stray NUL characters left out of the text. */
function nulBytesWarning(file: string, count: number): LoadWarning {
  return {
    code: 'NUL_BYTES',
    file,
    message: `${file}: ${count} NUL ${count === 1 ? 'character (a zero byte, which no text holds) was' : 'characters (zero bytes, which no text holds) were'} left out; the rest of the file is read as text.`,
  };
}

function mixedEncodingWarning(file: string, count: number): LoadWarning {
  return {
    code: 'MIXED_ENCODING',
    file,
    message: `${file}: the file mixes encodings; it is read as Windows-1252, the most of it, so ${count} ${count === 1 ? 'character' : 'characters'} written in UTF-8 may show garbled (such as "Ã©" for "é").`,
  };
}

/** What to do with a page saved as one archive file (MHTML), which holds the page encoded. */
const WEB_ARCHIVE =
  'this is a web archive (MHTML, a browser’s “Webpage, Single File”), which holds the page encoded; save the page as “Webpage, HTML only” or “Webpage, Complete” and open the .html file';

/** Whether `bytes` hold `ascii` (ASCII text) anywhere. */
function containsAscii(bytes: Uint8Array, ascii: string): boolean {
  const first = ascii.charCodeAt(0);
  for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < ascii.length && bytes[i + k] === ascii.charCodeAt(k)) {
      k++;
    }
    if (k === ascii.length) {
      return true;
    }
  }
  return false;
}

/** How much of a file's start is read to tell a web archive (its headers come first). */
export const WEB_ARCHIVE_HEAD_BYTES = 4096;

/**
 * Why a file cannot be an article because it is a browser's single-file web archive
 * (MHTML): a MIME message of the page and its parts ("MIME-Version: 1.0", "Content-Type:
 * multipart/related") in its first lines; null for any other file. Told from the file's
 * first bytes alone, before its size: archives of pages with pictures pass 5 MiB.
 */
export function webArchiveError(file: string, head: Uint8Array): LoadError | null {
  const start = head.subarray(0, WEB_ARCHIVE_HEAD_BYTES);
  // Most files are no archive: told by a byte search, with no text made of their start.
  if (!containsAscii(start, 'MIME-Version:')) {
    return null;
  }
  const text = latin1Head(start, WEB_ARCHIVE_HEAD_BYTES);
  return /^MIME-Version:/imu.test(text) && /^Content-Type:\s*multipart\/related/imu.test(text)
    ? loadError('NO_TEXT', file, WEB_ARCHIVE)
    : null;
}

/**
 * Loads one article from its bytes: the same path for the CLI, the desktop app and web
 * mode (only the HTML parser differs). HTML or plain text is decided on the whole document
 * and its name ({@link looksLikeHtml}); either way an article of nothing but navigation or
 * page furniture is refused.
 */
export function loadArticle(
  input: { readonly file: string; readonly bytes: Uint8Array },
  deps: LoadDeps = {},
): LoadResult {
  const { file, bytes } = input;
  const archive = webArchiveError(file, bytes);
  if (archive !== null) {
    return { ok: false, error: archive };
  }
  const tooLarge = articleSizeProblem(file, bytes.length);
  if (tooLarge !== null) {
    return { ok: false, error: tooLarge };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return fail(decoded.code, file, decoded.detail);
  }
  const text = normalizeLineEndings(decoded.text);
  const html = looksLikeHtml(text, file);
  // Plain text is measured before it is split; a page by the text it holds.
  const tooLong = html ? null : textTooLong(text.length);
  if (tooLong !== null) {
    return fail('TOO_LARGE', file, tooLong);
  }
  let page: ExtractedHtml | null = null;
  if (html) {
    if (!deps.parseHtml) {
      return fail(
        'NO_HTML_READER',
        file,
        'this is an HTML page and no HTML reader is available here',
      );
    }
    const extracted = extractHtmlArticle(text, deps.parseHtml);
    if ('failure' in extracted) {
      return extracted.failure === 'ONLY_FURNITURE'
        ? fail('NO_TEXT', file, ONLY_FURNITURE)
        : fail('NO_TEXT', file, 'no article text could be found in this HTML page');
    }
    const pageTooLong = textTooLong(extracted.paragraphs.reduce((n, p) => n + p.length, 0));
    if (pageTooLong !== null) {
      return fail('TOO_LARGE', file, pageTooLong);
    }
    page = extracted;
  }
  const texts = page ? page.paragraphs : splitParagraphs(text);
  if (texts.length === 0) {
    return fail('EMPTY', file, 'the file holds no text');
  }
  const paragraphs = markParagraphs(texts, page?.listItems);
  if (paragraphs.every((p) => p.boilerplate !== null)) {
    return fail('NO_TEXT', file, ONLY_FURNITURE);
  }
  // A page's own metadata first, then what its text shows.
  const meta = textMetadata(paragraphs);
  const title = page?.title ?? meta.title;
  return {
    ok: true,
    encoding: decoded.encoding,
    warnings: [
      ...(decoded.replaced > 0 ? [invalidBytesWarning(file, decoded.replaced)] : []),
      ...(decoded.nuls > 0 ? [nulBytesWarning(file, decoded.nuls)] : []),
      ...(decoded.mixed > 0 ? [mixedEncodingWarning(file, decoded.mixed)] : []),
    ],
    article: {
      file,
      title: title ?? titleFromFileName(file),
      titleSource: page?.title ? 'html' : title ? 'text' : 'file-name',
      outlet: page?.siteName ?? meta.outlet,
      // The page's metadata, else a date line of its text, else its first <time>.
      date:
        (page?.publishedTime ? parseDate(page.publishedTime) : null) ??
        meta.date ??
        (page?.timeOnPage ? parseDate(page.timeOnPage) : null),
      ...(page?.url ? { url: page.url } : {}),
      paragraphs,
    },
  };
}

/**
 * The metadata an article's text shows, plain text or a page's alike. Boilerplate is no
 * title (icon junk, a date line), except a headline printed twice ('duplicate-heading'),
 * which is still the title.
 */
function textMetadata(paragraphs: ReadonlyArray<Paragraph>): TextMetadata {
  return extractMetadata(
    paragraphs.map((p) => p.text),
    paragraphs.map((p) => p.boilerplate !== null && p.boilerplate !== 'duplicate-heading'),
  );
}

/** Why an article of nothing but navigation is refused (plain text or HTML alike). */
const ONLY_FURNITURE = 'the file holds only navigation or page furniture, no article text';

function fail(code: LoadErrorCode, file: string, detail: string): LoadResult {
  return { ok: false, error: loadError(code, file, detail) };
}

/** The articles that loaded and the errors of those that did not. */
export interface LoadedSet {
  /** Usable articles, in input order. */
  readonly articles: ReadonlyArray<Article>;
  /** One error per file that could not be used. */
  readonly errors: ReadonlyArray<LoadError>;
  /** What the user should know about articles that loaded. */
  readonly warnings: ReadonlyArray<LoadWarning>;
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
    message: `A comparison needs at least two articles; there is ${count}${set.errors.length ? ` (${set.errors.length} could not be loaded)` : ''}. Give two or more reports of the story.`,
  };
}

/**
 * HTML articles and saved web pages: the article body is found with Mozilla Readability,
 * then split into paragraphs at block elements.
 *
 * shared/ has no DOM, so the caller passes a parser (linkedom in Node, DOMParser in the
 * browser); the nodes are typed structurally with the little this module reads.
 */
import { Readability } from '@mozilla/readability';

/** The part of a DOM node this module reads. */
export interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
}

/** Parses HTML into a document (DOM `Document`, typed loosely). */
export type ParseHtml = (html: string) => unknown;

/** What was extracted from a page. */
export interface ExtractedHtml {
  /** Page or article title. */
  readonly title: string | null;
  /** The site's name (the outlet), when the page declares it. */
  readonly siteName: string | null;
  /** Published date as given by the page's metadata. */
  readonly publishedTime: string | null;
  /** Byline, when found. */
  readonly byline: string | null;
  /** The article's paragraphs, whitespace collapsed. */
  readonly paragraphs: ReadonlyArray<string>;
}

/** Whether text looks like HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /<(?:head|body)[\s>]/u.test(head)
  ) {
    return true;
  }
  const tags = text
    .slice(0, 20000)
    .match(/<\/?(?:p|div|span|a|article|section|h[1-6]|br|li|ul)\b[^>]*>/giu);
  return (tags?.length ?? 0) >= 5;
}

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'DT',
  'DD',
]);
const CONTAINERS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'UL',
  'OL',
  'DL',
  'BODY',
  'HTML',
  'FIGURE',
  'HEADER',
  'FOOTER',
  'TABLE',
  'TBODY',
  'TR',
  'TD',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Collects block texts in document order: a block element is one paragraph; text lying
 * directly in a container (a `<div>` with bare text) forms paragraphs of its own.
 */
export function blockTexts(root: HtmlNode): ReadonlyArray<string> {
  const out: string[] = [];
  let loose = '';
  const flush = (): void => {
    const text = collapse(loose);
    if (text) {
      out.push(text);
    }
    loose = '';
  };
  const walk = (node: HtmlNode): void => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i] as HtmlNode;
      const name = child.nodeName.toUpperCase();
      if (child.nodeType === TEXT_NODE) {
        loose += child.textContent ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT') {
          continue;
        }
        if (BLOCKS.has(name)) {
          flush();
          const text = collapse(child.textContent ?? '');
          if (text) {
            out.push(text);
          }
        } else if (CONTAINERS.has(name)) {
          flush();
          walk(child);
          flush();
        } else if (name === 'BR') {
          loose += '\n';
        } else {
          loose += child.textContent ?? '';
        }
      }
    }
  };
  walk(root);
  flush();
  return out;
}

interface ParsedDocument {
  readonly body?: HtmlNode | null;
  readonly documentElement?: HtmlNode | null;
}

/** Extracts an article from HTML; null when no article body can be found. */
export function extractHtmlArticle(html: string, parseHtml: ParseHtml): ExtractedHtml | null {
  const doc = parseHtml(html);
  // Readability mutates the document; its types name the DOM Document, which shared/
  // cannot see, hence the cast through the constructor's own parameter type.
  const article = new Readability(doc as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 100,
  }).parse();
  if (!article?.content) {
    return null;
  }
  const content = parseHtml(
    `<!doctype html><html><body>${article.content}</body></html>`,
  ) as ParsedDocument;
  const root = content.body ?? content.documentElement;
  const paragraphs = root ? blockTexts(root) : [];
  if (paragraphs.length === 0) {
    return null;
  }
  return {
    title: article.title ? collapse(article.title) : null,
    siteName: article.siteName ? collapse(article.siteName) : null,
    publishedTime: article.publishedTime ?? null,
    byline: article.byline ? collapse(article.byline) : null,
    paragraphs,
  };
}

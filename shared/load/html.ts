/**
 * HTML articles and saved web pages: the article body is found with Mozilla Readability,
 * then split into paragraphs at block elements.
 *
 * shared/ has no DOM, so the caller passes a parser (linkedom in Node, DOMParser in the
 * browser); the nodes are typed structurally with the little this module reads.
 */
import type { Readability } from '@mozilla/readability';

/** The part of a DOM node this module reads. */
export interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
  /** An attribute of an element (absent on other nodes). */
  readonly getAttribute?: (name: string) => string | null;
  /** Takes the node out of its document. */
  readonly remove?: () => void;
  /** The element (or document) the node is in. */
  readonly parentNode?: HtmlNode | null;
}

/**
 * Parses HTML into a document (DOM `Document`, typed loosely), and carries Mozilla
 * Readability's class: both come with the platform's parser, so that whoever never reads
 * a page (the command line on plain text) never loads either.
 */
export interface ParseHtml {
  (html: string): unknown;
  readonly Readability: typeof Readability;
}

/** What was extracted from a page. */
export interface ExtractedHtml {
  /** Page or article title. */
  readonly title: string | null;
  /** The site's name (the outlet), when the page declares it. */
  readonly siteName: string | null;
  /** Published date as given by the page's metadata. */
  readonly publishedTime: string | null;
  /** The date of the article's first `<time datetime>`: used when nothing else dates it. */
  readonly timeOnPage: string | null;
  /** Byline, when found. */
  readonly byline: string | null;
  /** The page's address: its canonical link, `og:url`, or the browser's "saved from" note. */
  readonly url: string | null;
  /** The article's paragraphs, whitespace collapsed. */
  readonly paragraphs: ReadonlyArray<string>;
  /**
   * The paragraphs that are items of a list (`<li>`): a fact box's short items ("Repairs
   * could cost £250m") are facts, never subheadings.
   */
  readonly listItems: ReadonlySet<string>;
}

/**
 * Share of a document's text (non-space characters) that must lie inside pairs of HTML
 * elements (`<p>…</p>`) for it to be read as HTML: most of it for a file named `.txt`
 * (the name is strong evidence of plain text), half for a name that says nothing. A file
 * named `.html` needs no share: any element at all.
 */
export const HTML_SHARE = { text: 0.8, unknown: 0.5 } as const;

/** An HTML tag, opening or closing (`$1` "/" for a closing one, `$2` its name). */
const TAG = /<(\/?)([a-z][a-z0-9]*)\b[^<>]*>/giu;

/** Elements whose open/close pairs count as markup when deciding HTML or text. */
const PAIRED = new Set(
  'p div span a b i em strong u small h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre figure figcaption table thead tbody tr td th article section header footer main nav aside title head body html'.split(
    ' ',
  ),
);

/** Deepest nesting followed when pairing tags (deeper pages are not articles). */
const MAX_TAG_DEPTH = 256;

/**
 * Share of the text's non-space characters that lie inside matched pairs of HTML elements
 * (one linear pass over the tags, nested pairs counted once). Prose that mentions `<div>`
 * or `<p>` has no closing tags, so its share stays near 0; a page or a copied fragment of
 * `<p>` paragraphs is near 1.
 */
function markupShare(text: string): number {
  const open: { readonly name: string; readonly start: number }[] = [];
  let covered = 0;
  for (const match of text.matchAll(TAG)) {
    const name = (match[2] ?? '').toLowerCase();
    if (!PAIRED.has(name)) {
      continue;
    }
    const at = match.index ?? 0;
    if (match[1] === '') {
      if (open.length < MAX_TAG_DEPTH) {
        open.push({ name, start: at });
      }
      continue;
    }
    let i = open.length - 1;
    while (i >= 0 && open[i]?.name !== name) {
      i--;
    }
    if (i === -1) {
      continue;
    }
    const start = open[i]?.start ?? at;
    open.length = i;
    if (open.length === 0) {
      covered += nonSpace(text, start, at + match[0].length);
    }
  }
  const total = nonSpace(text, 0, text.length);
  return total === 0 ? 0 : covered / total;
}

function nonSpace(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) {
      n++;
    }
  }
  return n;
}

/**
 * Whether a document is HTML rather than plain text, decided on the whole of it: a page
 * that says so (a doctype, `<html>`, `<head>` or `<body>`) is HTML whatever its name;
 * otherwise the share of its text inside element pairs must pass the {@link HTML_SHARE}
 * for its file name. A few tags quoted in prose never make a text HTML.
 */
export function looksLikeHtml(text: string, file = ''): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /^<\?xml[^>]*>\s*(?:<!doctype html|<html)/u.test(head) ||
    /<(?:head|body)[\s>]/u.test(head)
  ) {
    return true;
  }
  const name = file.toLowerCase();
  if (/\.(?:html?|xhtml)$/u.test(name)) {
    // A file that calls itself HTML is, if it holds any element (old pages leave <p> open).
    for (const match of text.matchAll(TAG)) {
      if (PAIRED.has((match[2] ?? '').toLowerCase())) {
        return true;
      }
    }
    return false;
  }
  const share = markupShare(text);
  const threshold = /\.(?:txt|text|md)$/u.test(name) ? HTML_SHARE.text : HTML_SHARE.unknown;
  return share > 0 && share >= threshold;
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
 * A block's text with its line breaks: each `<br>` starts a line (a dateline under a
 * headline, a byline's two parts), as in the page; other white space collapses, and empty
 * lines go. Plain text keeps its lines too, and the boilerplate checks read line by line.
 */
function collapseLines(text: string): string {
  return text
    .split('\n')
    .map(collapse)
    .filter((line) => line !== '')
    .join('\n');
}

/** A line of prose: a sentence or more, at least this many words, ending as sentences do. */
const MIN_PROSE_LINE_WORDS = 8;

function isProseLine(line: string): boolean {
  return /[.!?…"”’)]$/u.test(line) && line.split(' ').length >= MIN_PROSE_LINE_WORDS;
}

/**
 * The paragraphs of a block's text (its lines joined by `\n`): the block whole, as a rule
 * (a headline over its dateline, a byline's two parts, a tweet over its author), but one
 * paragraph per line when two or more of its lines are prose, as in a page that sets its
 * paragraphs apart with a single `<br>` (plain text with no blank line reads the same).
 */
function blockParagraphs(text: string): ReadonlyArray<string> {
  const lines = text.split('\n');
  return lines.filter(isProseLine).length >= 2 ? lines : [text];
}

/**
 * The text of a node with a line break for each `<br>` (textContent has none). The line
 * breaks of the page's source are white space, as a browser shows them.
 */
function textWithBreaks(node: HtmlNode): string {
  if (node.nodeType === TEXT_NODE) {
    return (node.textContent ?? '').replace(/\s+/gu, ' ');
  }
  const name = node.nodeName.toUpperCase();
  if (name === 'BR') {
    return '\n';
  }
  if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT') {
    return '';
  }
  let text = '';
  let afterElement = false;
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as HtmlNode;
    const isElement = child.nodeType === ELEMENT_NODE;
    text = joinInline(text, textWithBreaks(child), afterElement && isElement);
    afterElement = isElement;
  }
  return text;
}

/**
 * Two pieces of text one after the other. Between two elements with nothing between them,
 * a word that ends and a capitalised one that starts are two words, which the page's style
 * sets apart ("<span>London</span><span>CNN</span>", a byline's name and outlet): they get
 * a space. A piece of a word ("<b>W</b>ord") is not capitalised, and stays joined.
 */
function joinInline(left: string, right: string, betweenElements: boolean): string {
  return betweenElements && /[\p{L}\p{N}]$/u.test(left) && /^\p{Lu}/u.test(right)
    ? `${left} ${right}`
    : left + right;
}

/** Elements that hold a page's furniture rather than its article. */
const FURNITURE = new Set([
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'MENU',
  'BUTTON',
  'SELECT',
  'TEMPLATE',
  'SVG',
]);
/** ARIA roles of the same. */
const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'menu',
  'menubar',
  'search',
]);

/** Whether an element is page furniture (navigation, header, footer, hidden…). */
function isFurniture(node: HtmlNode, name: string): boolean {
  if (FURNITURE.has(name)) {
    return true;
  }
  const role = node.getAttribute?.('role')?.trim().toLowerCase();
  return (
    (role !== undefined && FURNITURE_ROLES.has(role)) ||
    node.getAttribute?.('aria-hidden') === 'true' ||
    (node.getAttribute?.('hidden') ?? null) !== null
  );
}

/**
 * Collects block texts in document order: a block element is one paragraph; text lying
 * directly in a container (a `<div>` with bare text) forms paragraphs of its own. With
 * `skipFurniture`, navigation, headers, footers, asides and hidden elements are left out.
 */
export function blockTexts(
  root: HtmlNode,
  {
    skipFurniture = false,
    listItems,
  }: {
    readonly skipFurniture?: boolean;
    /** Gets the texts of the list items (`<li>`) among the blocks. */
    readonly listItems?: Set<string>;
  } = {},
): ReadonlyArray<string> {
  const out: string[] = [];
  let loose = '';
  const flush = (): void => {
    const text = collapseLines(loose);
    if (text) {
      out.push(...blockParagraphs(text));
    }
    loose = '';
    looseAfterElement = false;
  };
  // Whether the loose text so far ends with an element's (see `joinInline`).
  let looseAfterElement = false;
  const walk = (node: HtmlNode): void => {
    // Read once: linkedom builds the list anew on every access, which made a page of
    // thousands of paragraphs quadratic (a 1 MB fragment took 9 s to load).
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as HtmlNode;
      const name = child.nodeName.toUpperCase();
      if (child.nodeType === TEXT_NODE) {
        loose += textWithBreaks(child);
        looseAfterElement = false;
      } else if (child.nodeType === ELEMENT_NODE) {
        if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT') {
          continue;
        }
        if (skipFurniture && isFurniture(child, name)) {
          flush();
          continue;
        }
        if (BLOCKS.has(name)) {
          flush();
          const text = collapseLines(
            skipFurniture ? blockTexts(child, { skipFurniture }).join('\n') : textWithBreaks(child),
          );
          for (const paragraph of text ? blockParagraphs(text) : []) {
            out.push(paragraph);
            if (name === 'LI') {
              listItems?.add(paragraph);
            }
          }
        } else if (CONTAINERS.has(name)) {
          flush();
          walk(child);
          flush();
        } else if (name === 'BR') {
          loose += '\n';
          looseAfterElement = false;
        } else {
          loose = joinInline(loose, textWithBreaks(child), looseAfterElement);
          looseAfterElement = true;
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
  readonly title?: string;
  readonly querySelector?: (selector: string) => HtmlNode | null;
}

/**
 * The machine-readable date of the article's first `<time datetime="…">` (news pages put
 * the publication time first), else of the page's first.
 */
function pageTime(doc: ParsedDocument): string | null {
  for (const selector of ['article time[datetime], main time[datetime]', 'time[datetime]']) {
    try {
      const value = doc.querySelector?.(selector)?.getAttribute?.('datetime')?.trim();
      if (value) {
        return value;
      }
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * How many times the text of all the other articles of a page together the longest must
 * have to be read alone (see {@link keepMainArticle}). A teaser is a headline and a
 * paragraph or two beside a story of many; the posts of a live blog, or a page of stories
 * of like length, are nowhere near twice all the others, even where one post is long.
 */
const MAIN_ARTICLE_LEAD = 2;

/**
 * Takes out of a page the articles (`<article>` elements, none inside another) beside its
 * main one: the one with at least {@link MAIN_ARTICLE_LEAD} times the text of all the
 * others together, and at least half the text of the part of the page that holds them all
 * (their nearest common ancestor, furniture left out: a comment section or a "most read"
 * list below the `<main>` that holds the articles is no part of it). A story with a related
 * one's teaser marked up as an article too (a "Read more" card, a second story below it) is
 * the story alone: Readability takes the longest and joins to it the siblings that score
 * well, so that the teaser's paragraphs were read as the story's. Left for Readability to
 * join: a live blog's posts (one long summary post among many short ones is still short of
 * twice them all), and a page whose story is outside its articles (an article of the
 * headline, byline and date, the paragraphs in a `<div>` beside it), where the longest
 * article is the teaser and taking the others out would lose the story's date; nor is an
 * article that holds the page's `<h1>` ever taken out. An article inside another (a
 * comment) stays with it.
 */
function keepMainArticle(root: HtmlNode): void {
  const articles = outermostArticles(root);
  if (articles.length < 2) {
    return;
  }
  const size = (node: HtmlNode): number => {
    const text = blockTexts(node, { skipFurniture: true }).join('');
    return nonSpace(text, 0, text.length);
  };
  const sizes = articles.map(size);
  // In loops: a hostile page may hold more articles than a call takes arguments.
  let longest = 0;
  let total = 0;
  sizes.forEach((n, i) => {
    total += n;
    if (n > (sizes[longest] ?? 0)) {
      longest = i;
    }
  });
  const most = sizes[longest] ?? 0;
  const page = commonAncestor(articles[0] as HtmlNode, articles[articles.length - 1] as HtmlNode);
  if (
    most === 0 ||
    most < MAIN_ARTICLE_LEAD * (total - most) ||
    2 * most < size(page ?? root) ||
    articles.some((article, i) => i !== longest && holdsHeadline(article))
  ) {
    return;
  }
  articles.forEach((article, i) => {
    if (i !== longest) {
      article.remove?.();
    }
  });
}

/**
 * Whether a node holds an `<h1>`: the page's headline belongs to its main story, and an
 * article that holds it is never taken out (an article of the headline, byline and date
 * beside a longer teaser, with the story's paragraphs outside both, keeps the story's date).
 */
function holdsHeadline(node: HtmlNode): boolean {
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop() as HtmlNode;
    if (next.nodeName.toUpperCase() === 'H1') {
      return true;
    }
    const children = next.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as HtmlNode;
      if (child.nodeType === ELEMENT_NODE) {
        stack.push(child);
      }
    }
  }
  return false;
}

/**
 * The nearest element that holds both nodes, or null when they are in no one tree (or the
 * parser gives no parents). For the first and the last of nodes in document order, the
 * nearest that holds them all. One walk up from each: linear in the page's depth.
 */
function commonAncestor(first: HtmlNode, last: HtmlNode): HtmlNode | null {
  const holding = new Set<HtmlNode>();
  for (let node = first.parentNode; node; node = node.parentNode) {
    holding.add(node);
  }
  for (let node = last.parentNode; node; node = node.parentNode) {
    if (holding.has(node)) {
      return node;
    }
  }
  return null;
}

/**
 * The `<article>` elements under a node that are inside no other, in document order: one
 * pass over the tree (no walk up from each article, which a page of articles nested
 * thousands deep would make quadratic), with a stack of its own rather than the call stack.
 */
function outermostArticles(root: HtmlNode): HtmlNode[] {
  const found: HtmlNode[] = [];
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (node !== root && node.nodeName.toUpperCase() === 'ARTICLE') {
      found.push(node);
      continue;
    }
    // Read once: linkedom builds the list anew on every access. Pushed last to first, so
    // that they come off the stack in document order.
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i] as HtmlNode;
      if (child.nodeType === ELEMENT_NODE) {
        stack.push(child);
      }
    }
  }
  return found;
}

/** A web address as a page gives it: http or https, nothing else (no `javascript:`). */
const WEB_ADDRESS = /^https?:\/\/[^\s"'<>]+$/iu;

/**
 * The address a saved page gives for itself: its canonical link, its `og:url`, or the note
 * a browser writes when it saves a page ("<!-- saved from url=(0052)https://… -->").
 */
function pageUrl(doc: ParsedDocument, html: string): string | null {
  const read = (selector: string, attribute: string): string | null => {
    try {
      return doc.querySelector?.(selector)?.getAttribute?.(attribute)?.trim() ?? null;
    } catch {
      return null;
    }
  };
  const saved =
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/iu.exec(html.slice(0, 2048))?.[1] ?? null;
  for (const url of [
    read('link[rel="canonical"]', 'href'),
    read('meta[property="og:url"]', 'content'),
    saved,
  ]) {
    if (url !== null && WEB_ADDRESS.test(url)) {
      return url;
    }
  }
  return null;
}

/** Why no article could be taken from a page. */
export type HtmlFailure =
  /** Nothing but navigation, headers, footers and the like. */
  | 'ONLY_FURNITURE'
  /** No text at all, or a document the parser could not read. */
  | 'NO_TEXT';

/**
 * Extracts an article from HTML. Mozilla Readability finds the article body of a page
 * (of a page of several articles, its main one alone: see {@link keepMainArticle}); where
 * it finds none (a copied fragment of `<p>` paragraphs is no "page" to it), the
 * page's own block texts are the article. A page whose text is all navigation or page
 * furniture has no article. Never throws: a parser or Readability failure is a failure.
 */
export function extractHtmlArticle(
  html: string,
  parseHtml: ParseHtml,
): ExtractedHtml | { readonly failure: HtmlFailure } {
  let doc: ParsedDocument;
  try {
    doc = parseHtml(html) as ParsedDocument;
  } catch {
    return { failure: 'NO_TEXT' };
  }
  const body = doc.body ?? doc.documentElement;
  if (!body) {
    return { failure: 'NO_TEXT' };
  }
  // Read before Readability, which rewrites the document.
  const url = pageUrl(doc, html);
  // The other articles of the page go before its date and text are read.
  keepMainArticle(body);
  const timeOnPage = pageTime(doc);
  const listItems = new Set<string>();
  const pageTexts = blockTexts(body, { skipFurniture: true, listItems });
  if (pageTexts.length === 0) {
    return { failure: blockTexts(body).length > 0 ? 'ONLY_FURNITURE' : 'NO_TEXT' };
  }
  const pageTitle = doc.title ? collapse(doc.title) : '';
  const article = readArticle(doc, parseHtml.Readability);
  const content = article?.content
    ? readabilityParagraphs(article.content, parseHtml, listItems)
    : [];
  const title = article?.title ? collapse(article.title) : pageTitle;
  return {
    title: title || null,
    siteName: article?.siteName ? collapse(article.siteName) : null,
    publishedTime: article?.publishedTime ?? null,
    timeOnPage,
    byline: article?.byline ? collapse(article.byline) : null,
    url,
    paragraphs: content.length > 0 ? content : pageTexts,
    listItems,
  };
}

/** Readability's article of a parsed page, or null (it found none, or it failed). */
function readArticle(
  doc: ParsedDocument,
  Reader: typeof Readability,
): ReturnType<Readability['parse']> {
  try {
    // Readability's types name the DOM Document, which shared/ cannot see, hence the cast
    // through the constructor's own parameter type.
    return new Reader(doc as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 100,
    }).parse();
  } catch {
    return null;
  }
}

/** The paragraphs of Readability's article HTML. */
function readabilityParagraphs(
  content: string,
  parseHtml: ParseHtml,
  listItems: Set<string>,
): ReadonlyArray<string> {
  try {
    const doc = parseHtml(
      `<!doctype html><html><head></head><body>${content}</body></html>`,
    ) as ParsedDocument;
    const root = doc.body ?? doc.documentElement;
    return root ? blockTexts(root, { listItems }) : [];
  } catch {
    return [];
  }
}

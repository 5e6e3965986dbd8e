/** HTML parsing for Node (CLI, Electron main process): linkedom, a light standards DOM. */
import { parseHTML } from 'linkedom';
import type { ParseHtml } from '../shared/load/html';

/** Parses an HTML string into a linkedom document. */
export const parseHtmlInNode: ParseHtml = (html) => parseHTML(html).document;

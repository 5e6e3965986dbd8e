/** HTML parsing in the browser for the shared loader: the platform's DOMParser and Readability. */
import { Readability } from '@mozilla/readability';
import type { ParseHtml } from '../shared/load/html';

/** Parses HTML into an inert document (no scripts run, nothing is fetched). */
export const parseHtmlInBrowser: ParseHtml = Object.assign(
  (html: string): unknown => new DOMParser().parseFromString(html, 'text/html'),
  { Readability },
);

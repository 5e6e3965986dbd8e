/** HTML parsing in the browser for the shared loader: the platform's DOMParser. */
import type { ParseHtml } from '../shared/load/html';

/** Parses HTML into an inert document (no scripts run, nothing is fetched). */
export const parseHtmlInBrowser: ParseHtml = (html) =>
  new DOMParser().parseFromString(html, 'text/html');

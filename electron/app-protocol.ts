/**
 * The app's own URL scheme: the renderer is loaded from `app://news-compare/…` (served by
 * `protocol.handle` from dist/renderer) rather than `file://`, which would give the page
 * file-system-wide origin rules. Pure parts, testable without Electron.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The scheme (registered as standard and secure before the app is ready). */
export const APP_SCHEME = 'app';

/** The one host the scheme serves. */
export const APP_HOST = 'news-compare';

/** The page the window loads. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Content types of the files the renderer build holds. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** The content type of a file served by the scheme. */
export function contentType(file: string): string {
  const ext = extname(file).toLowerCase();
  return Object.hasOwn(TYPES, ext) ? (TYPES[ext] as string) : 'application/octet-stream';
}

/**
 * The file under `root` that an `app:` URL names, or null for another host, a path that is
 * not valid percent-encoding, or one that leaves `root` (`..`, encoded or not).
 */
export function appFileFor(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) {
    return null;
  }
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) {
    return null;
  }
  const base = resolve(root);
  const full = resolve(base, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(base, full);
  const outside =
    inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  return outside ? null : full;
}

/**
 * The Content-Security-Policy of the built page (its `<meta>`), plus what only a header can
 * say: no framing by anyone.
 */
export function cspHeader(indexHtml: string): string {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/iu.exec(indexHtml);
  return `${meta?.[1] ?? "default-src 'self'"}; frame-ancestors 'none'`;
}

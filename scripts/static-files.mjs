// Serving the built page's files: their content types, the page's Content-Security-Policy as
// a header, and which file under a folder a URL path names. One module for the two servers
// of the page: web mode (scripts/serve-web.mjs) and the desktop app's app:// scheme
// (electron/app-protocol.ts). Pure: no file is read here.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Content types of the files served (the renderer build, the sample story). */
const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.map', 'application/json; charset=utf-8'],
  ['.txt', 'text/plain; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
]);

/** The content type of a served file, by its extension (any case); octet-stream otherwise. */
export function contentType(file) {
  return TYPES.get(extname(file).toLowerCase()) ?? 'application/octet-stream';
}

/**
 * The Content-Security-Policy of the built page (its `<meta>`), plus what only a header can
 * say: no framing by anyone.
 */
export function cspHeader(indexHtml) {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/iu.exec(indexHtml);
  return `${meta?.[1] ?? "default-src 'self'"}; frame-ancestors 'none'`;
}

/** A URL path percent-decoded, or null when it is not valid percent-encoding or holds NUL. */
export function decodePath(path) {
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  return decoded.includes('\0') ? null : decoded;
}

/**
 * The file under `root` that a decoded URL path names (`/` is `index.html`), or null for one
 * that leaves `root` (`..`, either separator) or is `root` itself.
 */
export function fileUnder(root, path) {
  const base = resolve(root);
  const full = resolve(base, `.${path === '/' || path === '' ? '/index.html' : path}`);
  const inside = relative(base, full);
  const outside =
    inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  return outside ? null : full;
}

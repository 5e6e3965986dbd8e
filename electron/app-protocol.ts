/**
 * The app's own URL scheme: the renderer is loaded from `app://news-compare/…` (served by
 * `protocol.handle` from dist/renderer) rather than `file://`, which would give the page
 * file-system-wide origin rules. Pure parts, testable without Electron.
 */
import { contentType, cspHeader, decodePath, fileUnder } from '../scripts/static-files.mjs';

/** Content types and the page's policy as a header, as web mode serves them. */
export { contentType, cspHeader };

/** The scheme (registered as standard and secure before the app is ready). */
export const APP_SCHEME = 'app';

/** The one host the scheme serves. */
export const APP_HOST = 'news-compare';

/** The page the window loads. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

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
  const path = decodePath(parsed.pathname);
  return path === null ? null : fileUnder(root, path);
}

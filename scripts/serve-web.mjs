// Serves web mode: the built renderer (dist/renderer) and the sample story (seeds/) on
// 127.0.0.1 only. Usage: node scripts/serve-web.mjs [--port N]   (or PORT=N; 0 picks a free port)
//
// What it answers: GET and HEAD only (405 otherwise); files under those two folders only
// (404 otherwise); 400 for a path that is not valid percent-encoding; 421 for a Host header
// that is not the loopback address it listens on (a page on another site cannot reach it
// through DNS rebinding). Every answer carries the page's Content-Security-Policy, with
// frame-ancestors 'none', and X-Content-Type-Options: nosniff. A bad request never stops it.
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const portArg = process.argv.indexOf('--port');
const requestedPort = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 5173));
const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.txt', 'text/plain; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
]);

/** The page's own policy (its <meta>), plus what only a header can say: no framing. */
function contentSecurityPolicy() {
  const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/iu.exec(html);
  return `${meta?.[1] ?? "default-src 'self'"}; frame-ancestors 'none'`;
}

const SECURITY_HEADERS = {
  'content-security-policy': contentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** Thrown for a request that is malformed (answered 400). */
class BadRequest extends Error {}

/**
 * Maps a URL path to a file under dist/renderer or seeds/, or null for anything outside.
 * Throws BadRequest for a path that does not decode.
 */
function fileFor(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    throw new BadRequest('the path is not valid percent-encoding');
  }
  if (decoded.includes('\0') || !decoded.startsWith('/')) {
    throw new BadRequest('bad path');
  }
  const path = normalize(decoded).replaceAll('\\', '/');
  const [base, rest] = path.startsWith('/seeds/')
    ? [join(root, 'seeds'), path.slice('/seeds/'.length)]
    : [join(root, 'dist', 'renderer'), path === '/' ? 'index.html' : path.slice(1)];
  const full = resolve(base, rest);
  return full.startsWith(base + sep) ? full : null;
}

function answer(response, status, text, extra = {}) {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    ...extra,
  });
  response.end(text);
}

const server = createServer(async (request, response) => {
  try {
    const { port } = server.address();
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      answer(response, 421, 'this server answers only to its loopback address');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      answer(response, 405, 'method not allowed', { allow: 'GET, HEAD' });
      return;
    }
    const file = fileFor(request.url ?? '/');
    if (!file || !(await stat(file)).isFile()) {
      throw new Error('not found');
    }
    const body = await readFile(file);
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': TYPES.get(extname(file)) ?? 'application/octet-stream',
      'content-length': body.length,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    if (error instanceof BadRequest) {
      answer(response, 400, error.message);
    } else {
      answer(response, 404, 'not found');
    }
  }
});
server.listen(requestedPort, '127.0.0.1', () => {
  console.log(`News Compare (web mode) at http://127.0.0.1:${server.address().port}/`);
});

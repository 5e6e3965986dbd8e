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
import { join, resolve } from 'node:path';
import { contentType, cspHeader, decodePath, fileUnder } from './static-files.mjs';

const root = resolve(import.meta.dirname, '..');
const portArg = process.argv.indexOf('--port');
const requestedPort = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 5173));

const SECURITY_HEADERS = {
  'content-security-policy': cspHeader(readFileSync(join(root, 'renderer', 'index.html'), 'utf8')),
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
  const path = decodePath(urlPath.split('?')[0] ?? '/');
  if (path === null) {
    throw new BadRequest('the path is not valid percent-encoding, or holds a NUL');
  }
  if (!path.startsWith('/')) {
    throw new BadRequest('bad path');
  }
  return path.startsWith('/seeds/')
    ? fileUnder(join(root, 'seeds'), path.slice('/seeds'.length))
    : fileUnder(join(root, 'dist', 'renderer'), path);
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
      'content-type': contentType(file),
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

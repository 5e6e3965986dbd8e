// Serves web mode: the built renderer (dist/renderer) and the sample story (seeds/) on
// 127.0.0.1 only. Usage: node scripts/serve-web.mjs [--port N]   (or PORT=N)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 5173));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Maps a URL path to a file under dist/renderer or seeds/, refusing anything outside. */
function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/'));
  const [base, rest] = path.startsWith('/seeds/')
    ? [join(root, 'seeds'), path.slice('/seeds/'.length)]
    : [join(root, 'dist', 'renderer'), path === '/' ? 'index.html' : path.slice(1)];
  const full = resolve(base, rest);
  return full.startsWith(base) ? full : null;
}

const server = createServer(async (request, response) => {
  const file = fileFor(request.url ?? '/');
  try {
    if (!file || !(await stat(file)).isFile()) {
      throw new Error('not found');
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(await readFile(file));
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  }
});
server.listen(port, '127.0.0.1', () => {
  console.log(`News Compare (web mode) at http://127.0.0.1:${port}/`);
});

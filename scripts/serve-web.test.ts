/**
 * The web-mode server as a user and an attacker meet it: started on a free port, sent raw
 * requests (a path that is not percent-encoding, another Host, other methods).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: ChildProcess;
let port = 0;

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One raw request: the path is sent exactly as given (no client-side normalising). */
function send(path: string, options: { method?: string; host?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${port}` },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.method === 'POST' ? 'x=1' : undefined);
  });
}

beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/serve-web.mjs', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /127\.0\.0\.1:(\d+)/u.exec(out);
      if (match) {
        resolve(Number(match[1]));
      }
    });
    server.on('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
});

afterAll(() => {
  server.kill();
});

describe('scripts/serve-web.mjs', () => {
  it('should serve the sample story with its security headers', async () => {
    const answer = await send('/seeds/manifest.json');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(answer.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(JSON.parse(answer.body)).toHaveProperty('articles');
  });

  it('should answer 400 to a path that is not percent-encoding, and keep serving', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/seeds/%zz']) {
      const answer = await send(path);
      expect(answer.status, path).toBe(400);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await send('/seeds/manifest.json')).status).toBe(200);
  });

  it('should refuse a Host that is not the loopback address it listens on', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      `127.0.0.1.evil.example:${port}`,
    ]) {
      const answer = await send('/seeds/manifest.json', { host });
      expect(answer.status, host).toBe(421);
      expect(answer.body).not.toContain('articles');
    }
    expect((await send('/seeds/manifest.json', { host: `localhost:${port}` })).status).toBe(200);
    // No Host at all (HTTP/1.0 allows it): refused too.
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end('GET /seeds/manifest.json HTTP/1.0\r\n\r\n');
      });
      let out = '';
      socket.on('data', (chunk) => (out += chunk.toString()));
      socket.on('end', () => resolve(out));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.\d 421 /u);
  });

  it('should answer GET and HEAD only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE']) {
      const answer = await send('/seeds/manifest.json', { method });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
    }
    const head = await send('/seeds/manifest.json', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
  });

  it('should serve nothing outside its folders', async () => {
    for (const path of [
      '/../package.json',
      '/seeds/../package.json',
      '/seeds/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/seeds/%00manifest.json',
      '/seeds/..%5c..%5cpackage.json',
    ]) {
      const answer = await send(path);
      expect([400, 404], path).toContain(answer.status);
      expect(answer.body).not.toContain('"name"');
    }
  });
});

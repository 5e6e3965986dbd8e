import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, appFileFor, contentType, cspHeader } from './app-protocol';

const root = resolve('/srv/app/dist/renderer');

describe('appFileFor', () => {
  it('should map the app scheme to files of the renderer build', () => {
    expect(APP_INDEX_URL).toBe('app://news-compare/index.html');
    expect(appFileFor(APP_INDEX_URL, root)).toBe(join(root, 'index.html'));
    expect(appFileFor('app://news-compare/', root)).toBe(join(root, 'index.html'));
    expect(appFileFor('app://news-compare/assets/index-x1.js?v=2#top', root)).toBe(
      join(root, 'assets', 'index-x1.js'),
    );
    expect(appFileFor('app://news-compare/assets/a%20b.js', root)).toBe(
      join(root, 'assets', 'a b.js'),
    );
  });

  it('should refuse anything outside the build, another host or scheme, and bad encodings', () => {
    for (const url of [
      'app://news-compare/../package.json',
      'app://news-compare/%2e%2e/package.json',
      'app://news-compare/assets/%2E%2E%2F%2E%2E%2Fpackage.json',
      'app://news-compare/..%5c..%5cpackage.json',
      'app://news-compare/%',
      'app://news-compare/a%00b',
      'app://evil/index.html',
      'file:///srv/app/dist/renderer/index.html',
      'https://news-compare/index.html',
      'not a url',
    ]) {
      const file = appFileFor(url, root);
      expect(file === null || file.startsWith(`${root}/`), `${url} → ${file}`).toBe(true);
    }
    expect(appFileFor('app://news-compare/%', root)).toBeNull();
    expect(appFileFor('app://evil/index.html', root)).toBeNull();
  });
});

describe('contentType', () => {
  it('should name the renderer build’s types and fall back to octet-stream', () => {
    expect(contentType('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentType('/x/constructor')).toBe('application/octet-stream');
    expect(contentType('/x/a.toString')).toBe('application/octet-stream');
  });
});

describe('cspHeader', () => {
  it('should send the page’s policy and forbid framing', () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'" />`;
    expect(cspHeader(html)).toBe("default-src 'self'; object-src 'none'; frame-ancestors 'none'");
  });
});

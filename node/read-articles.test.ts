import { mkdtempSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  listArticleFiles,
  listFolderFiles,
  loadSeedStory,
  readArticleBytes,
  readArticleFiles,
  readManifest,
} from './read-articles';

describe('readArticleFiles', () => {
  it('should name the file in every error and keep the articles that load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'articles-'));
    writeFileSync(join(dir, 'good.txt'), 'A headline\n\nA first paragraph.');
    writeFileSync(join(dir, 'empty.txt'), '');
    mkdirSync(join(dir, 'folder'));
    const set = await readArticleFiles([
      join(dir, 'good.txt'),
      join(dir, 'missing.txt'),
      join(dir, 'folder'),
      join(dir, 'empty.txt'),
    ]);
    expect(set.articles.map((a) => a.title)).toEqual(['A headline']);
    expect(set.errors.map((e) => e.code)).toEqual(['NOT_FOUND', 'NOT_A_FILE', 'EMPTY']);
    for (const e of set.errors) {
      expect(e.message.startsWith(e.file)).toBe(true);
    }
  });
});

describe('readArticleFiles: the same file twice', () => {
  it('should read a file named twice, or by another path or link, once, and say so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'twice-'));
    const a = join(dir, 'a.txt');
    writeFileSync(a, 'A headline\n\nA first paragraph.');
    writeFileSync(join(dir, 'b.txt'), 'A headline\n\nA first paragraph.');
    symlinkSync(a, join(dir, 'link.txt'));
    const set = await readArticleFiles([
      a,
      a,
      join(dir, '.', 'a.txt'),
      join(dir, 'link.txt'),
      join(dir, 'b.txt'),
    ]);
    // A copy under another name is another file: compared (two outlets may run one text).
    expect(set.articles.map((x) => x.file)).toEqual([a, join(dir, 'b.txt')]);
    expect(set.errors.map((e) => [e.code, e.message])).toEqual(
      [a, join(dir, '.', 'a.txt'), join(dir, 'link.txt')].map((path) => [
        'DUPLICATE',
        `${path}: the same file as ${a}, which is read once.`,
      ]),
    );
  });
});

describe('readArticleBytes', () => {
  it('should read a file, and refuse a folder or a file over the limit before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bytes-'));
    writeFileSync(join(dir, 'a.txt'), 'Text.');
    writeFileSync(join(dir, 'big.txt'), '');
    truncateSync(join(dir, 'big.txt'), 6 * 1024 * 1024);
    expect(await readArticleBytes(join(dir, 'a.txt'))).toEqual({
      ok: true,
      bytes: new TextEncoder().encode('Text.'),
    });
    expect(await readArticleBytes(dir)).toMatchObject({
      ok: false,
      error: {
        code: 'NOT_A_FILE',
        message: `${dir}: this is a folder, not a file (choose the articles in it; the app also opens a whole folder).`,
      },
    });
    expect(await readArticleBytes(join(dir, 'big.txt'))).toMatchObject({
      ok: false,
      error: {
        code: 'TOO_LARGE',
        message: `${join(dir, 'big.txt')}: the file is 6.0 MiB, over the 5.0 MiB limit for one article.`,
      },
    });
  });

  it('should say a large web archive is one, rather than that it is too large', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bytes-'));
    const archive = join(dir, 'page.mhtml');
    writeFileSync(
      archive,
      'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\r\n',
    );
    truncateSync(archive, 6 * 1024 * 1024);
    expect(await readArticleBytes(archive)).toMatchObject({
      ok: false,
      error: { code: 'NO_TEXT', message: expect.stringContaining('this is a web archive (MHTML') },
    });
  });
});

describe('listArticleFiles', () => {
  it('should list text and HTML files sorted by name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'folder-'));
    for (const name of ['b.html', 'a.txt', 'c.png', 'd.md']) {
      writeFileSync(join(dir, name), 'x');
    }
    expect((await listArticleFiles(dir)).map((p) => p.slice(dir.length + 1))).toEqual([
      'a.txt',
      'b.html',
      'd.md',
    ]);
  });
});

describe('listFolderFiles', () => {
  it('should list a link as the file or folder it leads to, one that leads nowhere as a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'folder-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'elsewhere-'));
    writeFileSync(join(elsewhere, 'a.txt'), 'x');
    writeFileSync(join(elsewhere, 'facts.json'), '{}');
    symlinkSync(join(elsewhere, 'a.txt'), join(dir, 'a.txt'));
    symlinkSync(join(elsewhere, 'facts.json'), join(dir, 'facts.json'));
    symlinkSync(join(elsewhere, 'gone.txt'), join(dir, 'b.txt'));
    symlinkSync(elsewhere, join(dir, 'c.txt'));
    mkdirSync(join(dir, 'raw'));
    mkdirSync(join(dir, '.cache'));
    const { articles, others, folders } = await listFolderFiles(dir);
    expect(articles.map((p) => p.slice(dir.length + 1))).toEqual(['a.txt', 'b.txt']);
    expect(others.map((p) => p.slice(dir.length + 1))).toEqual(['facts.json']);
    expect(folders.map((p) => p.slice(dir.length + 1))).toEqual(['c.txt', 'raw']);
  });
});

describe('nameEncodingHint', () => {
  it('should say why a file listed in a folder but named in Latin-1 is not found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'folder-'));
    writeFileSync(
      Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]),
      'x',
    );
    const { articles } = await listFolderFiles(dir);
    const set = await readArticleFiles(articles);
    expect(set.errors.map((e) => [e.code, e.message])).toEqual([
      [
        'NOT_FOUND',
        `${dir}/caf\uFFFD.txt: no such file (its name is not valid UTF-8, as a name written in Latin-1 or another old encoding; rename it).`,
      ],
    ]);
  });
});

describe('loadSeedStory', () => {
  it('should load the five seeds with the manifest metadata', async () => {
    const set = await loadSeedStory('seeds');
    expect(set.errors).toEqual([]);
    expect(set.articles.map((a) => a.date)).toEqual(['2022-02-18', null, '2022-02-17', null, null]);
    expect(set.articles.every((a) => a.outlet === null)).toBe(true);
  });
});

describe('readManifest', () => {
  it('should refuse a manifest that names a file outside its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        story: 'A story',
        articles: [{ file: '../elsewhere.txt', title: 't', outlet: 'o', date: 'd' }],
      }),
    );
    await expect(readManifest(dir)).rejects.toThrow(/must name a file of the manifest's folder/);
  });
});

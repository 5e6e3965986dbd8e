import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticleFiles, loadSeedStory, readArticleFiles } from './read-articles';

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

describe('loadSeedStory', () => {
  it('should load the five seeds with the manifest metadata', async () => {
    const set = await loadSeedStory('seeds');
    expect(set.errors).toEqual([]);
    expect(set.articles.map((a) => a.date)).toEqual(['2022-02-18', null, '2022-02-17', null, null]);
    expect(set.articles.every((a) => a.outlet === null)).toBe(true);
  });
});

/**
 * The HTML reader is loaded before an HTML file is read, so the file's bytes are decoded and
 * loaded once (the loader is counted here: it decodes the whole file each time).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as loader from '../shared/load/load-article';
import { readArticleFiles } from './read-articles';

vi.mock('../shared/load/load-article', async (original) => {
  const actual = await original<typeof loader>();
  return { ...actual, loadArticle: vi.fn(actual.loadArticle) };
});

describe('readArticleFiles on HTML', () => {
  it('should load each file once, pages and plain text alike', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-once-'));
    const page = (title: string) =>
      `\ufeff\n  <!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
      '<p>The council approved the new bridge on Tuesday after a long and heated debate that ran late.</p>' +
      '<p>The bridge will cost forty million pounds and is due to open to traffic in the spring of 2027.</p>' +
      '</article></body></html>';
    writeFileSync(join(dir, 'a.txt'), 'A headline\n\nA first paragraph of plain text.');
    writeFileSync(join(dir, 'b.html'), page('Bridge approved'));
    writeFileSync(join(dir, 'c.htm'), page('Council backs bridge'));
    const set = await readArticleFiles(['a.txt', 'b.html', 'c.htm'].map((f) => join(dir, f)));
    expect(set.errors).toEqual([]);
    expect(set.articles.map((a) => a.title)).toEqual([
      'A headline',
      'Bridge approved',
      'Council backs bridge',
    ]);
    expect(vi.mocked(loader.loadArticle)).toHaveBeenCalledTimes(3);
  });
});

import { describe, expect, it } from 'vitest';
import type { Article } from '../model';
import { applyManifestEntry, parseManifest } from './manifest';

const loaded: Article = {
  file: 'seeds/001.txt',
  title: 'Met admits error',
  titleSource: 'text',
  outlet: 'Metropolitan police',
  date: '2022-02-17',
  paragraphs: [{ text: 'Met admits error | Metropolitan police', boilerplate: null }],
};

describe('applyManifestEntry', () => {
  it('should take known values from the manifest and keep the text where it says unknown', () => {
    const a = applyManifestEntry(loaded, {
      file: '001.txt',
      title: 'A better title',
      outlet: 'unknown',
      date: 'unknown',
    });
    expect([a.title, a.titleSource, a.outlet, a.date]).toEqual([
      'A better title',
      'manifest',
      null,
      '2022-02-17',
    ]);
  });

  it('should keep the loaded title when the manifest has none', () => {
    const a = applyManifestEntry(loaded, {
      file: '001.txt',
      title: 'unknown',
      outlet: 'The Paper',
      date: '2022-02-18',
    });
    expect([a.title, a.titleSource, a.outlet, a.date]).toEqual([
      'Met admits error',
      'text',
      'The Paper',
      '2022-02-18',
    ]);
  });
});

describe('parseManifest', () => {
  const entry = { file: '001.txt', title: 'unknown', outlet: 'unknown', date: '2022-02-17' };

  it('should read the story and its articles', () => {
    const text = JSON.stringify({
      story: 'A story',
      note: 'extra keys are fine',
      articles: [entry],
    });
    expect(parseManifest(text, 'manifest.json')).toEqual({
      ok: true,
      manifest: { story: 'A story', articles: [entry] },
    });
    // Saved by an editor that writes a byte-order mark, as a lexicon file may be.
    expect(parseManifest(`\uFEFF${text}`, 'manifest.json').ok).toBe(true);
  });

  it('should refuse what is not a manifest, naming the field', () => {
    const check = (data: unknown) => {
      const result = parseManifest(JSON.stringify(data), 'm.json');
      return result.ok ? 'ok' : result.message;
    };
    expect(parseManifest('{', 'm.json')).toMatchObject({ ok: false });
    expect(check([])).toBe(
      'm.json: expected an object with a "story" string and an "articles" list',
    );
    expect(check({ story: 1, articles: [] })).toMatch(/"story" string/);
    expect(check({ story: 's', articles: ['x'] })).toBe('m.json: articles[0] is not an object');
    expect(check({ story: 's', articles: [{ ...entry, date: null }] })).toBe(
      'm.json: articles[0] needs "file", "title", "outlet" and "date" strings',
    );
  });

  it('should refuse a file outside the manifest’s folder', () => {
    for (const file of ['../secret.txt', 'sub/a.txt', 'C:\\a.txt', '..', '']) {
      const text = JSON.stringify({ story: 's', articles: [{ ...entry, file }] });
      expect(parseManifest(text, 'm.json')).toEqual({
        ok: false,
        message: "m.json: articles[0].file must name a file of the manifest's folder",
      });
    }
  });
});

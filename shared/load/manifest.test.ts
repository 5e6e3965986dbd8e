import { describe, expect, it } from 'vitest';
import type { Article } from '../model';
import { applyManifestEntry } from './manifest';

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

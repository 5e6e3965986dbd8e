import { describe, expect, it } from 'vitest';
import { MAX_RECENT } from '../shared/ipc';
import {
  createFileRegistry,
  MAX_RECENT_TITLE,
  menuLabel,
  parseRecent,
  recentName,
  rememberRecent,
} from './recent';

describe('createFileRegistry', () => {
  it('should give each opened path one id and resolve only ids it gave out', () => {
    const registry = createFileRegistry();
    const a = registry.register('/home/u/a.txt');
    const b = registry.register('/home/u/b.txt');
    expect(registry.register('/home/u/a.txt')).toBe(a);
    expect(a).not.toBe(b);
    expect(registry.resolve([b, a])).toEqual(['/home/u/b.txt', '/home/u/a.txt']);
    expect(registry.resolve([a, 'f999'])).toBeNull();
  });
});

describe('recent projects', () => {
  it('should remember a project file the user opened or saved, by its id only', () => {
    const registry = createFileRegistry();
    const id = registry.register('/p/bridge.news-compare.json');
    const files = ['/a.txt', '/b.txt'].map((p) => registry.register(p));
    let list = rememberRecent([], registry, { title: 'Bridge', fileIds: files }) ?? [];
    list = rememberRecent(list, registry, { title: 'Bridge vote', projectId: id }) ?? [];
    expect(list).toEqual([
      { name: 'Bridge vote (project)', project: '/p/bridge.news-compare.json' },
      { name: 'Bridge (2 articles)', files: ['/a.txt', '/b.txt'] },
    ]);
    list = rememberRecent(list, registry, { title: 'Renamed', projectId: id }) ?? [];
    expect(list.map((e) => e.name)).toEqual(['Renamed (project)', 'Bridge (2 articles)']);
    expect(parseRecent(JSON.stringify(list))).toEqual(list);
    expect(rememberRecent(list, registry, { title: 'x', projectId: 'f99' })).toBeNull();
    expect(parseRecent('[{"name":"x","project":"a\\u0000b"}]')).toEqual([]);
  });
});

describe('rememberRecent', () => {
  it('should remember the paths of opened files, named from the title', () => {
    const registry = createFileRegistry();
    const ids = ['/a.txt', '/b.txt'].map((p) => registry.register(p));
    expect(rememberRecent([], registry, { title: 'Bridge closed', fileIds: ids })).toEqual([
      { name: 'Bridge closed (2 articles)', files: ['/a.txt', '/b.txt'] },
    ]);
  });

  it('should refuse a file the user never opened (the renderer cannot choose paths)', () => {
    const registry = createFileRegistry();
    const a = registry.register('/a.txt');
    expect(rememberRecent([], registry, { title: 'x', fileIds: [a, 'f2'] })).toBeNull();
  });

  it('should remember a comparison whose title is very long, under a shortened name', () => {
    const registry = createFileRegistry();
    const ids = ['/a.txt', '/b.txt', '/c.txt'].map((p) => registry.register(p));
    const title = 'A headline that goes on and on '.repeat(13).slice(0, 380);
    const list = rememberRecent([], registry, { title, fileIds: ids });
    expect(list).toHaveLength(1);
    expect(list?.[0]?.name).toMatch(
      /^A headline that goes on and on A headline .*… \(3 articles\)$/u,
    );
    expect(list?.[0]?.name.length).toBeLessThanOrEqual(
      MAX_RECENT_TITLE + ' (3 articles)'.length + 1,
    );
  });

  it('should put the latest first, replace an entry for the same files and keep at most ten', () => {
    const registry = createFileRegistry();
    let list = parseRecent('[]');
    for (let i = 0; i < MAX_RECENT + 3; i++) {
      const ids = [`/${i}a.txt`, `/${i}b.txt`].map((p) => registry.register(p));
      list = rememberRecent(list, registry, { title: `T${i}`, fileIds: ids }) ?? [];
    }
    expect(list).toHaveLength(MAX_RECENT);
    const again = ['/5a.txt', '/5b.txt'].map((p) => registry.register(p));
    list = rememberRecent(list, registry, { title: 'Again', fileIds: again }) ?? [];
    expect(list.map((r) => r.name).slice(0, 2)).toEqual(['Again (2 articles)', 'T12 (2 articles)']);
    expect(list.filter((r) => 'files' in r && r.files[0] === '/5a.txt')).toHaveLength(1);
  });
});

describe('recentName', () => {
  it('should drop control and bidi characters and collapse whitespace', () => {
    expect(recentName('Bad\u202e\n\x1b]0;title\x07  news', 2)).toBe(
      'Bad ]0;title news (2 articles)',
    );
  });

  it('should keep a short title whole and name an untitled comparison', () => {
    expect(recentName('Short', 4)).toBe('Short (4 articles)');
    expect(recentName('  ', 2)).toBe('Comparison (2 articles)');
  });
});

describe('parseRecent', () => {
  it('should drop malformed entries and shorten names stored too long', () => {
    const long = `${'word '.repeat(70)}(2 articles)`;
    const list = parseRecent(
      JSON.stringify([
        { name: 'Fine (2 articles)', files: ['/a', '/b'] },
        { name: long, files: ['/c', '/d'] },
        { name: 'One file', files: ['/a'] },
        { name: 7, files: ['/a', '/b'] },
        null,
      ]),
    );
    expect(list.map((r) => r.name)).toEqual([
      'Fine (2 articles)',
      expect.stringMatching(/^word word.*… \(2 articles\)$/u),
    ]);
    expect(list[1]).toMatchObject({ files: ['/c', '/d'] });
    expect(parseRecent('not json')).toEqual([]);
  });
});

describe('menuLabel', () => {
  it('should show an ampersand as itself', () => {
    expect(menuLabel('Q&A (2 articles)')).toBe('Q&&A (2 articles)');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_DIFF_OPTIONS } from '../shared/model';
import { bridgeArticles } from '../shared/testing/project';
import { libraryItem } from './library';
import { parseSession, serializeSession, type SessionSource } from './session';
import { EMPTY_WORKBENCH } from './workbench';

function source(overrides: Partial<SessionSource> = {}): SessionSource {
  const items = bridgeArticles().map((a, k) =>
    libraryItem(`a${k}`, a, k === 0 ? 'sample' : 'user'),
  );
  return {
    items,
    selected: ['a2', 'a0'],
    baseId: 'a2',
    included: ['a1'],
    options: { ...DEFAULT_DIFF_OPTIONS, ignoreCase: true },
    lexicon: { name: 'mine.json', content: '{"verbs":{"conceding":["owned up"]}}' },
    workbench: { ...EMPTY_WORKBENCH, story: 'Bridge', details: { a1: { outlet: 'Courier' } } },
    flagged: { a2: 'probably another story' },
    readerHid: [],
    readerShowed: [],
    columns: {},
    blind: false,
    library: true,
    document: { name: 'bridge.news-compare.json', id: 'f3' },
    saved: true,
    ...overrides,
  };
}

function text(s: SessionSource): string {
  const made = serializeSession(s, '2025-03-04T10:00:00.000Z');
  if (!made.ok) {
    throw new Error(made.message);
  }
  return made.text;
}

describe('the unsaved session', () => {
  it('should keep the library, the ticks, the settings and the work, and read them back', () => {
    const read = parseSession(text(source()), 'kept');
    if (!read.ok) {
      throw new Error(read.message);
    }
    const { session } = read;
    expect(session.selected).toEqual([2, 0]);
    expect(session.sample).toEqual([0]);
    expect(session.project.base).toBe(2);
    expect(session.project.include).toEqual([1]);
    expect(session.project.diff.ignoreCase).toBe(true);
    expect(session.project.story).toBe('Bridge');
    expect(session.project.articles[1]?.user).toEqual({ outlet: 'Courier' });
    expect(session.project.lexicon?.name).toBe('mine.json');
    // The file id is the main process's for one run: the recovery gives a new one.
    expect(session.document).toEqual({ name: 'bridge.news-compare.json', id: null });
    expect(session.savedAt).toBe('2025-03-04T10:00:00.000Z');
    expect([session.flagged, session.saved]).toEqual([{ 2: 'probably another story' }, true]);
  });

  it('should keep the columns the reader hid or showed (the base is always shown)', () => {
    const read = parseSession(
      text(source({ readerHid: ['a1', 'a2'], columns: { a1: false, a0: true, gone: false } })),
      'kept',
    );
    if (!read.ok) {
      throw new Error(read.message);
    }
    expect(read.session.project.hidden).toEqual([1]);
    expect(read.session.columns).toEqual({ 0: true, 1: false });
    const plain = parseSession(text(source()), 'kept');
    expect(plain.ok && [plain.session.columns, 'hidden' in plain.session.project]).toEqual([
      {},
      false,
    ]);
  });

  it('should read a session kept without flagged articles, columns, blind mode, the library or saved state as unsaved work', () => {
    const good = JSON.parse(text(source())) as Record<string, unknown>;
    const {
      flagged: _flagged,
      saved: _saved,
      columns: _columns,
      blind: _blind,
      library: _library,
      ...older
    } = good;
    const read = parseSession(JSON.stringify(older), 'kept');
    expect(
      read.ok && [
        read.session.flagged,
        read.session.columns,
        read.session.saved,
        read.session.blind,
        read.session.library,
      ],
    ).toEqual([{}, {}, false, false, true]);
    const blind = parseSession(text(source({ blind: true })), 'kept');
    expect(blind.ok && blind.session.blind).toBe(true);
    const library = parseSession(text(source({ library: false })), 'kept');
    expect(library.ok && library.session.library).toBe(false);
    // Kept with no document and nothing unsaved: the articles opened, no work yet.
    const nowhere = parseSession(text(source({ document: null })), 'kept');
    expect(nowhere.ok && nowhere.session.saved).toBe(true);
  });

  it('should refuse damaged, foreign or other versions of kept work, naming it', () => {
    const good = JSON.parse(text(source())) as Record<string, unknown>;
    const fault = (value: unknown): string => {
      const read = parseSession(typeof value === 'string' ? value : JSON.stringify(value), 'kept');
      return read.ok ? 'read' : read.message;
    };
    expect(fault('{"format":')).toBe('kept: the unsaved work is damaged');
    expect(fault({ ...good, format: 'news-compare-project' })).toBe(
      'kept: not unsaved work of News Compare',
    );
    expect(fault({ ...good, version: 2 })).toBe('kept: kept by another version of News Compare');
    expect(fault({ ...good, selected: [7] })).toBe('kept: the unsaved work is damaged');
    expect(fault({ ...good, flagged: [[7, 'x']] })).toBe('kept: the unsaved work is damaged');
    expect(fault({ ...good, columns: [[0, 'no']] })).toBe('kept: the unsaved work is damaged');
    expect(fault({ ...good, project: { ...(good.project as object), base: 9 } })).toMatch(
      /^kept: base/u,
    );
    expect(fault(good)).toBe('read');
  });

  it('should keep nothing of fewer than two articles (no project can hold them)', () => {
    const one = source();
    const made = serializeSession(
      { ...one, items: one.items.slice(0, 1), selected: ['a0'], baseId: null, included: [] },
      '2025-03-04T10:00:00.000Z',
    );
    expect(made.ok).toBe(false);
  });
});

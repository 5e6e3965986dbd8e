import { describe, expect, it } from 'vitest';
import {
  afterChoice,
  afterSave,
  INITIAL_CLOSE_STATE,
  isProjectPath,
  onCloseRequest,
  parseRecentList,
  projectSavePath,
  recoveredDocumentPath,
  unsavedChoice,
  windowTitle,
  withRecent,
} from './document';

describe('the desktop document', () => {
  it('should title the window with the project and mark unsaved work', () => {
    expect(windowTitle({ name: 'bridge.news-compare.json', dirty: false })).toBe(
      'bridge.news-compare.json – News Compare',
    );
    expect(windowTitle({ name: null, dirty: true })).toBe('• Untitled – News Compare');
  });

  it('should keep recent projects and comparisons, most recent first, each once', () => {
    const a = { name: 'Bridge', project: '/p/bridge.news-compare.json' };
    const b = { name: 'Vote (2 articles)', files: ['/a.txt', '/b.txt'] };
    let list = withRecent([], a, 3);
    list = withRecent(list, b, 3);
    list = withRecent(list, { ...a, name: 'Bridge vote' }, 3);
    expect(list).toEqual([{ ...a, name: 'Bridge vote' }, b]);
    expect(withRecent(list, { name: 'x', project: '/x.json' }, 2)).toHaveLength(2);
    const valid = (e: unknown) => typeof (e as { name?: unknown }).name === 'string';
    expect(parseRecentList(JSON.stringify(list), valid, 10)).toEqual(list);
    expect(parseRecentList('{oops', valid, 10)).toEqual([]);
  });

  it('should give a saved project its extension, and know project files by theirs', () => {
    expect(projectSavePath('/home/me/bridge')).toBe('/home/me/bridge.news-compare.json');
    expect(projectSavePath('/home/me/bridge.json')).toBe('/home/me/bridge.json');
    expect(isProjectPath('/home/me/bridge.news-compare.json')).toBe(true);
    expect(isProjectPath('/home/me/bbc.txt')).toBe(false);
  });

  it('should close at once without unsaved work, and ask with it', () => {
    expect(onCloseRequest(INITIAL_CLOSE_STATE)).toBe('close');
    const dirty = { ...INITIAL_CLOSE_STATE, dirty: true };
    expect(onCloseRequest(dirty)).toBe('ask');
    expect(unsavedChoice(0)).toBe('save');
    expect(unsavedChoice(1)).toBe('discard');
    expect(unsavedChoice(2)).toBe('cancel');
    expect(unsavedChoice(-1)).toBe('cancel');
  });

  it('should close after a save the prompt asked for, and stay when it is cancelled', () => {
    const dirty = { ...INITIAL_CLOSE_STATE, dirty: true };
    const saving = afterChoice(dirty, 'save');
    expect(saving.action).toBe('save');
    expect(onCloseRequest(saving.state)).toBe('ask');
    const done = afterSave(saving.state, true);
    expect(done.action).toBe('close');
    expect(onCloseRequest(done.state)).toBe('close');
    const cancelled = afterSave(saving.state, false);
    expect(cancelled.action).toBe('stay');
    expect(afterSave(cancelled.state, true).action).toBe('stay');
    // A save the user made on their own does not close the window.
    expect(afterSave(dirty, true).action).toBe('stay');
    const discarded = afterChoice(dirty, 'discard');
    expect(discarded.action).toBe('close');
    expect(onCloseRequest(discarded.state)).toBe('close');
    expect(afterChoice(dirty, 'cancel')).toEqual({ state: dirty, action: 'stay' });
  });

  it('should find the project a recovered session belongs to', () => {
    expect(recoveredDocumentPath('{"document":{"name":"b.json","path":"/p/b.json"}}')).toBe(
      '/p/b.json',
    );
    expect(recoveredDocumentPath('{"document":null}')).toBeNull();
    expect(recoveredDocumentPath('{"document":{"path":"a\\u0000b"}}')).toBeNull();
    expect(recoveredDocumentPath('not json')).toBeNull();
  });
});

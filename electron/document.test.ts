import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../shared/project';
import { bridgeProject } from '../shared/testing/project';
import {
  afterChoice,
  afterSave,
  INITIAL_CLOSE_STATE,
  keepsRecovery,
  onCloseRequest,
  projectSavePath,
  readRecoveryText,
  recoveryText,
  splitPaths,
  unsavedChoice,
  windowTitle,
} from './document';

describe('the desktop document', () => {
  it('should title the window with the project and mark unsaved work', () => {
    expect(windowTitle({ name: 'bridge.news-compare.json', dirty: false })).toBe(
      'bridge.news-compare.json – News Compare',
    );
    expect(windowTitle({ name: null, dirty: true })).toBe('• Untitled – News Compare');
  });

  it('should give a saved project its extension, and know project files by theirs', async () => {
    expect(projectSavePath('/home/me/bridge')).toBe('/home/me/bridge.news-compare.json');
    expect(projectSavePath('/home/me/bridge.json')).toBe('/home/me/bridge.json');
    expect(projectSavePath('/home/me/bridge.JSON')).toBe('/home/me/bridge.JSON');
    const files = new Map([
      ['/home/me/bridge.news-compare.json', serializeProject(bridgeProject())],
      ['/home/me/bbc.txt', 'The council voted.'],
      // A lexicon named on the command line is no project (it was opened as one).
      ['/home/me/lexicon.json', readFileSync('docs/lexicon-example.json', 'utf8')],
    ]);
    const head = (path: string): Promise<Uint8Array> =>
      Promise.resolve(new TextEncoder().encode(files.get(path) ?? ''));
    expect(await splitPaths([...files.keys()], head)).toEqual({
      projects: ['/home/me/bridge.news-compare.json'],
      articles: ['/home/me/bbc.txt', '/home/me/lexicon.json'],
    });
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

  it('should keep no unsaved work once the window closes for good', () => {
    const dirty = { ...INITIAL_CLOSE_STATE, dirty: true };
    expect(keepsRecovery(dirty, '{}')).toBe(true);
    const closing = afterChoice(dirty, 'discard').state;
    expect(keepsRecovery(closing, '{}')).toBe(false);
    expect(keepsRecovery(closing, null)).toBe(true);
    const saved = afterSave(afterChoice(dirty, 'save').state, true).state;
    expect(keepsRecovery(saved, '{}')).toBe(false);
  });

  it('should keep the session with the project path the main process knows', () => {
    const text = recoveryText('{"format":"news-compare-session"}', '/p/b.news-compare.json');
    expect(readRecoveryText(text)).toEqual({
      session: '{"format":"news-compare-session"}',
      path: '/p/b.news-compare.json',
    });
    expect(readRecoveryText(recoveryText('{}', null))).toEqual({ session: '{}', path: null });
    expect(readRecoveryText('{"format":"news-compare-session"}')).toBeNull();
    expect(
      readRecoveryText('{"format":"news-compare-recovery","session":"{}","path":"a\\u0000b"}'),
    ).toEqual({
      session: '{}',
      path: null,
    });
    expect(readRecoveryText('not json')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { INITIAL_COMMAND_STATE } from './commands';
import {
  IPC_CHANNELS,
  isProjectFile,
  MAX_PROJECT_CHARS,
  MAX_RECENT_FILES,
  validateIpcArgs,
} from './ipc';
import { serializeProject } from './project';
import { bridgeProject } from './testing/project';

describe('validateIpcArgs', () => {
  it('should accept well-formed arguments on every channel', () => {
    expect(validateIpcArgs('app:open-articles', [])).toBeNull();
    expect(validateIpcArgs('app:read-sample-story', [])).toBeNull();
    expect(validateIpcArgs('app:open-folder', [])).toBeNull();
    expect(validateIpcArgs('app:save-report', ['<!doctype html>', 'report.html'])).toBeNull();
  });

  it('should refuse untrusted arguments of the wrong shape', () => {
    expect(validateIpcArgs('app:open-articles', ['x'])).toMatch(/no arguments/);
    expect(validateIpcArgs('app:save-report', ['<p>', '../../etc/passwd'])).toMatch(
      /plain file name/,
    );
    expect(validateIpcArgs('app:save-report', [42, 'a.html'])).toMatch(/report text/);
    expect(validateIpcArgs('app:add-recent', [{ title: 'x', fileIds: ['f1'] }])).toMatch(
      /two or more/,
    );
    expect(validateIpcArgs('app:add-recent', [{ title: 'x', fileIds: ['f1', 'f2'] }])).toBeNull();
    const tooMany = Array.from({ length: MAX_RECENT_FILES + 1 }, (_, i) => `f${i + 1}`);
    expect(validateIpcArgs('app:add-recent', [{ title: 'x', fileIds: tooMany }])).toMatch(
      /two or more/,
    );
    expect(validateIpcArgs('app:add-recent', [{ title: 'x', fileIds: ['f1', 42] }])).toMatch(
      /two or more/,
    );
    expect(validateIpcArgs('app:register-dropped', [[{ path: '/a', bytes: 'x' }]])).toMatch(
      /path and bytes/,
    );
    expect(
      validateIpcArgs('app:register-dropped', [[{ path: 'a\0', bytes: new Uint8Array() }]]),
    ).toMatch(/path and bytes/);
    expect(
      validateIpcArgs('app:register-dropped', [[{ path: '/a.txt', bytes: new Uint8Array(2) }]]),
    ).toBeNull();
  });

  it('should refuse paths where the renderer must name files by id (it cannot choose paths)', () => {
    expect(
      validateIpcArgs('app:add-recent', [{ name: 'x', files: ['/etc/passwd', '/etc/shadow'] }]),
    ).toMatch(/ids/);
    expect(
      validateIpcArgs('app:add-recent', [{ title: 'x', fileIds: ['/etc/passwd', '/etc/shadow'] }]),
    ).toMatch(/ids/);
  });

  it('should accept a very long title (the main process shortens it)', () => {
    expect(
      validateIpcArgs('app:add-recent', [{ title: 'x'.repeat(380), fileIds: ['f1', 'f2'] }]),
    ).toBeNull();
  });

  it('should take the command state for the menu, and refuse anything else', () => {
    const state = {
      ...INITIAL_COMMAND_STATE,
      hasComparison: true,
      differenceCount: 3,
      inline: false,
      dark: true,
      blind: false,
      library: true,
    };
    expect(validateIpcArgs('app:set-command-state', [state])).toBeNull();
    expect(validateIpcArgs('app:set-command-state', [{ ...state, differenceCount: -1 }])).toMatch(
      /command state/,
    );
    expect(validateIpcArgs('app:set-command-state', [{ ...state, dark: 'yes' }])).toMatch(
      /command state/,
    );
    expect(validateIpcArgs('app:set-command-state', [null])).toMatch(/command state/);
  });

  it('should check every key of the command state, by the type of its initial value', () => {
    for (const [key, value] of Object.entries(INITIAL_COMMAND_STATE)) {
      const wrong = typeof value === 'number' ? 1.5 : 'yes';
      expect(
        validateIpcArgs('app:set-command-state', [{ ...INITIAL_COMMAND_STATE, [key]: wrong }]),
      ).toMatch(/command state/);
      const { [key as keyof typeof INITIAL_COMMAND_STATE]: _left, ...missing } =
        INITIAL_COMMAND_STATE;
      expect(validateIpcArgs('app:set-command-state', [missing])).toMatch(/command state/);
    }
    expect(validateIpcArgs('app:set-command-state', [INITIAL_COMMAND_STATE])).toBeNull();
  });

  it('should check the project channels: texts, paths, names, choices', () => {
    expect(validateIpcArgs('app:open-project', [])).toBeNull();
    expect(validateIpcArgs('app:open-project', ['/etc/passwd'])).toMatch(/no arguments/);
    expect(validateIpcArgs('app:save-project', ['{}', null, 'story.news-compare.json'])).toBeNull();
    expect(validateIpcArgs('app:save-project', ['{}', 'f3', 's.json'])).toBeNull();
    // The renderer names a project file by the id the main process gave it, never by path.
    expect(validateIpcArgs('app:save-project', ['{}', '/home/me/s.json', 's.json'])).toMatch(
      /file id/,
    );
    expect(validateIpcArgs('app:save-project', ['{}', null, '../s.json'])).toMatch(/plain file/);
    expect(validateIpcArgs('app:save-project', [42, null, 's.json'])).toMatch(/project text/);
    expect(
      validateIpcArgs('app:save-project', ['x'.repeat(MAX_PROJECT_CHARS + 1), null, 's.json']),
    ).toMatch(/too large/);
    expect(validateIpcArgs('app:save-codes', ['a,b\r\n', 'codes.csv'])).toBeNull();
    expect(validateIpcArgs('app:save-codes', ['a,b', 'a/b.csv'])).toMatch(/plain file/);
    expect(validateIpcArgs('app:ask-unsaved', ['Bridge vote'])).toBeNull();
    expect(validateIpcArgs('app:ask-unsaved', [{}])).toMatch(/name/);
    expect(validateIpcArgs('app:autosave', [null, null])).toBeNull();
    expect(validateIpcArgs('app:autosave', ['{"format":"news-compare-session"}', 'f1'])).toBeNull();
    expect(validateIpcArgs('app:autosave', ['{}', '/etc/passwd'])).toMatch(/file id/);
    expect(validateIpcArgs('app:autosave', [3, null])).toMatch(/session text/);
    expect(validateIpcArgs('app:set-document', [{ name: null, dirty: true }])).toBeNull();
    expect(validateIpcArgs('app:set-document', [{ name: 'x', dirty: 'yes' }])).toMatch(/saved/);
    expect(validateIpcArgs('app:add-recent', [{ title: 'Bridge', projectId: 'f2' }])).toBeNull();
    expect(
      validateIpcArgs('app:add-recent', [{ title: 'Bridge', projectId: 'f2', fileIds: [] }]),
    ).toMatch(/of a project/);
    expect(validateIpcArgs('app:add-recent', [{ title: 'Bridge', projectId: '/p.json' }])).toMatch(
      /of a project/,
    );
  });

  it('should list every channel with the app: prefix', () => {
    expect(IPC_CHANNELS.every((c) => c.startsWith('app:'))).toBe(true);
  });
});

describe('isProjectFile', () => {
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
  const project = bytes(serializeProject(bridgeProject()));

  it('should know a project file by its extension and the format it names first', () => {
    expect(isProjectFile('/home/me/bridge.news-compare.json', project)).toBe(true);
    expect(isProjectFile('C:\\Users\\me\\Bridge.JSON', project)).toBe(true);
  });

  it('should not take a lexicon, or an article quoting the format, for a project', () => {
    const lexicon = bytes('{\n  "verbs": {\n    "conceding": ["owned up"]\n  }\n}\n');
    expect(isProjectFile('/home/me/lexicon.json', lexicon)).toBe(false);
    expect(isProjectFile('/home/me/bridge.txt', project)).toBe(false);
    expect(isProjectFile('/home/me/empty.json', new Uint8Array())).toBe(false);
  });
});

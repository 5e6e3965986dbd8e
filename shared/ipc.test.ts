import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, MAX_RECENT_FILES, validateIpcArgs } from './ipc';

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
    expect(validateIpcArgs('app:add-recent', [{ name: 'x', files: ['/a.txt'] }])).toMatch(
      /two or more/,
    );
    expect(
      validateIpcArgs('app:add-recent', [{ name: 'x', files: ['/a.txt', '/b.txt'] }]),
    ).toBeNull();
    const tooMany = Array<string>(MAX_RECENT_FILES + 1).fill('/a.txt');
    expect(validateIpcArgs('app:add-recent', [{ name: 'x', files: tooMany }])).toMatch(
      /two or more/,
    );
    expect(validateIpcArgs('app:add-recent', [{ name: 'x', files: ['/a.txt', 42] }])).toMatch(
      /two or more/,
    );
    expect(validateIpcArgs('app:add-recent', [{ name: 'x', files: ['/a.txt', 'b\0'] }])).toMatch(
      /two or more/,
    );
  });

  it('should take the command state for the menu, and refuse anything else', () => {
    const state = {
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

  it('should list every channel with the app: prefix', () => {
    expect(IPC_CHANNELS.every((c) => c.startsWith('app:'))).toBe(true);
  });
});

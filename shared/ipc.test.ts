import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, MAX_DROPPED_FILES, validateIpcArgs } from './ipc';

describe('validateIpcArgs', () => {
  it('should accept well-formed arguments on every channel', () => {
    expect(validateIpcArgs('app:open-articles', [])).toBeNull();
    expect(validateIpcArgs('app:read-sample-story', [])).toBeNull();
    expect(validateIpcArgs('app:read-dropped', [['/tmp/a.txt', 'C:\\news\\b.html']])).toBeNull();
    expect(validateIpcArgs('app:save-report', ['<!doctype html>', 'report.html'])).toBeNull();
  });

  it('should refuse untrusted arguments of the wrong shape', () => {
    expect(validateIpcArgs('app:open-articles', ['x'])).toMatch(/no arguments/);
    expect(validateIpcArgs('app:read-dropped', ['/tmp/a.txt'])).toMatch(/list of paths/);
    expect(validateIpcArgs('app:read-dropped', [[42]])).toMatch(/non-empty string/);
    expect(validateIpcArgs('app:read-dropped', [[]])).toMatch(/1 to/);
    expect(validateIpcArgs('app:read-dropped', [Array(MAX_DROPPED_FILES + 1).fill('a')])).toMatch(
      /1 to/,
    );
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
  });

  it('should list every channel with the app: prefix', () => {
    expect(IPC_CHANNELS.every((c) => c.startsWith('app:'))).toBe(true);
  });
});

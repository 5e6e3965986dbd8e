import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRecovery, RECOVERY_FILE, writeFileAtomic, writeRecovery } from './recovery';

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'recovery-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('the recovery file', () => {
  it('should keep the unsaved session, give it back, and forget it once saved', async () => {
    expect(await readRecovery(folder)).toBeNull();
    await writeRecovery(folder, '{"format":"news-compare-session","n":1}');
    await writeRecovery(folder, '{"format":"news-compare-session","n":2}');
    expect(await readRecovery(folder)).toBe('{"format":"news-compare-session","n":2}');
    // Nothing but the file itself is left in the folder.
    expect(readdirSync(folder)).toEqual([RECOVERY_FILE]);
    await writeRecovery(folder, null);
    expect(await readRecovery(folder)).toBeNull();
    await writeRecovery(folder, null);
  });

  it('should give back nothing from a recovery file it cannot read', async () => {
    writeFileSync(join(folder, RECOVERY_FILE), new Uint8Array([0x7b, 0xff, 0x7d]));
    expect(await readRecovery(folder)).toBeNull();
    rmSync(join(folder, RECOVERY_FILE));
    mkdirSync(join(folder, RECOVERY_FILE));
    expect(await readRecovery(folder)).toBeNull();
  });

  it('should replace a file whole, never leaving it cut', async () => {
    const path = join(folder, 'story.news-compare.json');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new text');
    expect(readFileSync(path, 'utf8')).toBe('new text');
    expect(readdirSync(folder)).toEqual(['story.news-compare.json']);
    await expect(writeFileAtomic(join(folder, 'no-such-folder', 'x.json'), 'x')).rejects.toThrow();
  });
});

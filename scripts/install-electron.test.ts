import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary } from './electron-binary.mjs';
import { installElectron } from './install-electron.mjs';

/** An `electron` package folder as npm leaves it: no binary until its installer runs. */
function fakeElectronPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'electron-pkg-'));
  writeFileSync(join(dir, 'package.json'), '{"name":"electron","version":"45.0.0"}');
  writeFileSync(join(dir, 'install.js'), '');
  return dir;
}

/** What Electron's installer leaves when it succeeds. */
function unpackBinary(dir: string): void {
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'electron'), '');
  writeFileSync(join(dir, 'path.txt'), 'electron');
}

const blocked = () => ({
  status: 1,
  stderr: 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n',
});

describe('installElectron (npm install’s postinstall)', () => {
  it('should let npm install succeed where the download is blocked, saying so plainly', () => {
    const dir = fakeElectronPackage();
    const outcome = installElectron({ dir, env: {}, run: blocked });
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain('could not be downloaded (TypeError: fetch failed)');
    expect(outcome.message).toContain('npm start serves the app in your browser (web mode)');
    expect(electronBinary(dir)).toBeNull();
  });

  it('should fetch the binary with Electron’s own installer where the download works', () => {
    const dir = fakeElectronPackage();
    const ran: string[] = [];
    const outcome = installElectron({
      dir,
      env: {},
      run: (script) => {
        ran.push(script);
        unpackBinary(dir);
        return { status: 0, stderr: '' };
      },
    });
    expect(ran).toEqual([join(dir, 'install.js')]);
    expect(outcome.status).toBe('installed');
    expect(electronBinary(dir)).toBe(join(dir, 'dist', 'electron'));
    // Installed once: the next npm install does not download again.
    expect(installElectron({ dir, env: {}, run: blocked }).status).toBe('present');
  });

  it('should skip the download when ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    const dir = fakeElectronPackage();
    const outcome = installElectron({
      dir,
      env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      run: () => {
        throw new Error('must not run');
      },
    });
    expect(outcome.status).toBe('skipped');
  });

  it('should run from npm install, and CI should install with the README’s command', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.scripts.postinstall).toBe('node scripts/install-electron.mjs');
    // Electron stays a dev dependency (electron-builder refuses it anywhere else).
    expect(pkg.devDependencies.electron).toMatch(/^\^4[3-9]\./u);
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toMatch(/^npm install && npm start\b/mu);
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/^npm install --no-audit --no-fund$/mu);
    expect(ci).not.toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD|npm ci\b/u);
  });
});

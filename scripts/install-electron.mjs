// `npm install` runs this (package.json "postinstall"), and `npm run install-electron`
// retries it: fetches the Electron binary for `npm start` and the Electron e2e test with
// Electron's own installer. Where that cannot work (no network, a blocked download) it
// says so in one plain sentence and exits 0, so `npm install` still succeeds and
// `npm start` serves web mode. ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronPackageDir } from './electron-binary.mjs';

/**
 * Installs the binary if it is missing; never throws. `run` runs Electron's installer and
 * returns its exit status and error output (replaced in tests).
 */
export function installElectron({
  dir = electronPackageDir(),
  env = process.env,
  run = (script) => {
    const result = spawnSync(process.execPath, [script], {
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
    });
    return { status: result.status, stderr: result.stderr ?? String(result.error ?? '') };
  },
} = {}) {
  if (dir === null) {
    return { status: 'absent', message: 'Electron is not installed (dev dependencies omitted).' };
  }
  if (electronBinary(dir) !== null) {
    return { status: 'present', message: '' };
  }
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return {
      status: 'skipped',
      message:
        'Electron binary: not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD is set); npm start will serve web mode.',
    };
  }
  const result = run(join(dir, 'install.js'));
  if (result.status === 0 && electronBinary(dir) !== null) {
    return { status: 'installed', message: 'Electron binary: installed.' };
  }
  const reason =
    (result.stderr ?? '')
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '' && !line.startsWith('at ')) ?? `exit status ${result.status}`;
  return {
    status: 'failed',
    message:
      `Electron binary: could not be downloaded (${reason}).\n` +
      'Everything else is installed: npm start serves the app in your browser (web mode) instead.\n' +
      'Where the download works, `npm run install-electron` fetches it for the desktop app.',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { message } = installElectron();
  if (message) {
    console.log(message);
  }
}

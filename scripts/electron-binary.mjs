// Where the Electron binary is, without downloading it. Since Electron 43 the `electron`
// package has no install script: the binary is fetched by its `install.js` (which our
// `postinstall` runs) or on the first `require('electron')`, which would block on a
// download; npm start, the Electron e2e test and the installer ask here instead.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The installed `electron` package's folder, or null when it is not installed. */
export function electronPackageDir(from = process.cwd()) {
  try {
    return dirname(createRequire(join(from, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The Electron executable when it is installed, else null (never downloads). */
export function electronBinary(dir = electronPackageDir()) {
  if (dir === null) {
    return null;
  }
  try {
    // path.txt names the executable inside dist/ once the binary is unpacked.
    const executable = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const path = override ? join(override, executable) : join(dir, 'dist', executable);
    return executable !== '' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

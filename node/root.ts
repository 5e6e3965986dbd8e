/**
 * The project's folder (where `package.json` and `seeds/` are), found from a module's own
 * URL: the sources run from `cli/` and `node/`, the built command from `dist/cli/`, so the
 * number of levels up differs.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder at or above the module's that holds a `package.json`. */
export function projectRoot(moduleUrl: string): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) {
      throw new Error(`no package.json above ${fileURLToPath(moduleUrl)}`);
    }
    dir = up;
  }
  return dir;
}

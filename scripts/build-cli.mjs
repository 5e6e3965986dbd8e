// Bundles the command line into dist/cli/ with esbuild: one ES module per entry point (the
// command, the batch worker) and shared chunks, so that `node dist/cli/compare.mjs` starts
// without compiling TypeScript. The HTML reader (linkedom, Readability) is imported only
// when a page is read, and is its own chunk.
//
// `node scripts/build-cli.mjs` builds; `--if-stale` builds only when a source is newer than
// the build. Run by `npm install` (prepare), `npm run build`, the unit tests' global set-up
// and `npm run compare`, so the built command never lags its sources.
import { chmodSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(ROOT, 'dist', 'cli');
/** The command's bundle (also the package's `bin`). */
export const CLI_ENTRY = join(CLI_OUT, 'compare.mjs');
const ENTRIES = { compare: 'cli/compare.ts', 'batch-worker': 'cli/batch-worker.ts' };
/** What the bundle is built from: a change to any of these makes it stale. */
const SOURCES = [
  'cli',
  'shared',
  'node',
  'data',
  'package.json',
  'package-lock.json',
  'scripts/build-cli.mjs',
];

/** Newest modification time (ms) of the files under `path`, tests aside. */
function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) {
    return info.mtimeMs;
  }
  let latest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (!entry.endsWith('.test.ts')) {
      latest = Math.max(latest, newest(join(path, entry)));
    }
  }
  return latest;
}

/** Whether the bundle is missing or older than one of its sources. */
export function isCliStale() {
  const built = [CLI_ENTRY, ...Object.keys(ENTRIES).map((name) => join(CLI_OUT, `${name}.mjs`))];
  if (!built.every((file) => existsSync(file))) {
    return true;
  }
  const oldest = Math.min(...built.map((file) => statSync(file).mtimeMs));
  return SOURCES.some(
    (source) => existsSync(join(ROOT, source)) && newest(join(ROOT, source)) > oldest,
  );
}

/** Builds the bundle (esbuild is loaded only here: running the command never needs it). */
export async function buildCli() {
  const { build } = await import('esbuild');
  // A fresh folder: chunks are named by their hash, old ones would pile up.
  rmSync(CLI_OUT, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: CLI_OUT,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    // Node 20 runs Unicode property escapes (\p{L}) natively; left to the target table,
    // esbuild rewrites some patterns into slower equivalents.
    supported: { 'regexp-unicode-property-escapes': true },
    format: 'esm',
    // Some bundled CommonJS dependencies call require() for Node's own modules.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    legalComments: 'none',
    logLevel: 'warning',
  });
  // Runnable as it stands (`./dist/cli/compare.mjs`), as npm makes a `bin` when it links one.
  chmodSync(CLI_ENTRY, 0o755);
  return CLI_ENTRY;
}

/** Builds when stale; returns whether it built. */
export async function buildCliIfStale() {
  if (!isCliStale()) {
    return false;
  }
  await buildCli();
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = process.argv.includes('--if-stale')
    ? await buildCliIfStale()
    : (await buildCli(), true);
  if (built) {
    console.log(`built ${relative(process.cwd(), CLI_ENTRY) || CLI_ENTRY}`);
  }
}

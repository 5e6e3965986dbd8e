/**
 * The built command line (`dist/cli/`, built by the tests' global set-up): plain text never
 * loads the HTML reader (linkedom and Readability are most of the start-up), a page does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_ENTRY, CLI_OUT } from '../scripts/build-cli.mjs';

/** Every module of the bundle the command imports before it runs (static imports, transitively). */
function staticallyLoaded(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/^import\s[^;]*?from\s*"(\.[^"]+)";/gmu)) {
    const next = join(file, '..', m[1] as string);
    if (!seen.has(next)) {
      staticallyLoaded(next, seen);
    }
  }
  return seen;
}

describe('the built command', () => {
  it('should load the HTML reader only through a dynamic import', () => {
    const loaded = [...staticallyLoaded(CLI_ENTRY)];
    const code = loaded.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(code).not.toMatch(/linkedom|class Readability|htmlparser2/u);
    const chunks = readdirSync(join(CLI_OUT, 'chunks'));
    const reader = chunks.find((name) => name.startsWith('html-parser'));
    expect(reader).toBeDefined();
    // Imported where a page is read, from the command's own modules.
    expect(code).toMatch(new RegExp(`import\\("\\.(?:/chunks)?/${reader}"\\)`, 'u'));
  });

  it('should read a page and plain text in one run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'built-cli-'));
    try {
      const page = join(dir, 'page.html');
      const text = join(dir, 'text.txt');
      writeFileSync(
        page,
        '<!doctype html><html><head><title>Bridge vote</title></head><body><article>' +
          '<p>The council met on Tuesday to discuss the new bridge over the river.</p>' +
          '<p>Critics said the cost had doubled since the plan was first announced.</p>' +
          '</article></body></html>',
      );
      writeFileSync(
        text,
        'The council met on Tuesday to discuss the bridge over the river.\n\n' +
          'Critics said that the cost had doubled since the plan was announced.\n',
      );
      const out = JSON.parse(
        execFileSync(process.execPath, [CLI_ENTRY, '--json', page, text], {
          encoding: 'utf8',
        }),
      ) as { articles: { title: string | null }[] };
      expect(out.articles.map((a) => a.title)).toEqual(['Bridge vote', expect.anything()]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should say which file is missing, in one line, when its word vectors are', () => {
    // The built command in a package folder without data/.
    const dir = mkdtempSync(join(tmpdir(), 'built-cli-no-vectors-'));
    try {
      cpSync('package.json', join(dir, 'package.json'));
      cpSync(CLI_OUT, join(dir, 'dist', 'cli'), { recursive: true });
      const seeds = readdirSync('seeds')
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join('seeds', f));
      const run = spawnSync(process.execPath, [join(dir, 'dist', 'cli', 'compare.mjs'), ...seeds], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /^error: cannot read the alignment's word vectors .*word-vectors\.bin/u,
      );
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

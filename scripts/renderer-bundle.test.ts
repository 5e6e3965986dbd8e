/**
 * The page's bundle carries no copy of the engine: the comparison and the analyses run in a
 * worker, and the page imports the engine only dynamically (to export a report, or when no
 * worker can start). Checked on the static import graph from the page's entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Modules statically imported (values, not `import type`) from `entry`, transitively. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const specifiers = [
    ...code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'([^']+)'/gmu),
    ...code.matchAll(/^import\s+'([^']+)'/gmu),
  ].map((m) => m[1] as string);
  for (const specifier of specifiers) {
    if (!specifier.startsWith('.')) {
      continue;
    }
    const base = resolve(dirname(entry), specifier);
    const file = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find(existsSync);
    if (file && !seen.has(file)) {
      staticGraph(file, seen);
    }
  }
  return seen;
}

describe("the page's bundle", () => {
  it('should import no part of the engine statically', () => {
    const graph = [...staticGraph(resolve('renderer/main.tsx'))].map((f) => relative('.', f));
    expect(graph).toContain(join('renderer', 'App.tsx'));
    const engine = graph.filter((f) =>
      /^shared[\\/](?:align[\\/]|diff[\\/]|compare\.ts|analysis[\\/](?!types\.ts|lexicon-file\.ts|lexicon\.ts|inflect\.ts))/u.test(
        f,
      ),
    );
    expect(engine).toEqual([]);
  });

  it("should leave the word vectors to the comparison's worker", () => {
    const graph = (entry: string) => [...staticGraph(resolve(entry))].map((f) => relative('.', f));
    const vectors = join('renderer', 'word-vectors.ts');
    expect(graph('renderer/worker/compare.worker.ts')).toContain(vectors);
    expect(graph('renderer/worker/analysis.worker.ts')).not.toContain(vectors);
    expect(graph('renderer/worker/analysis.worker.ts')).toContain(
      join('renderer', 'analyze-job.ts'),
    );
  });
});

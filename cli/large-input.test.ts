/**
 * Pathological sizes (issue 9): the largest article the loader accepts, all of it one
 * paragraph, compared with a seed and printed in every form. Every pass is linear in the
 * text (long paragraphs are read in sentence-sized pieces, searched through indexes):
 * before, the analyses alone took 36 s and each output as long again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeComparison } from '../shared/analysis/analyze';
import { compareArticles } from '../shared/compare';
import { loadArticle, MAX_ARTICLE_TEXT_CHARS } from '../shared/load/load-article';
import { renderReport } from '../shared/report/render-report';
import { renderJson } from './json';
import { renderSummary } from './summary';

/** The seeds' text run together into one paragraph of the largest accepted size. */
function oneParagraphArticle(): Uint8Array {
  const text = readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(`seeds/${f}`, 'utf8'))
    .join(' ')
    .replace(/\s+/gu, ' ');
  return new TextEncoder().encode(
    text.repeat(Math.ceil(MAX_ARTICLE_TEXT_CHARS / text.length)).slice(0, MAX_ARTICLE_TEXT_CHARS),
  );
}

describe('an article of 1 MiB in one paragraph', () => {
  it('should be compared, analysed and printed in every form, in proportion to its size', () => {
    const load = (file: string, bytes: Uint8Array) => {
      const r = loadArticle({ file, bytes });
      if (!r.ok) {
        throw new Error(r.error.message);
      }
      return r.article;
    };
    const big = load('big.txt', oneParagraphArticle());
    expect(big.paragraphs).toHaveLength(1);
    const seed = load('seed.txt', new Uint8Array(readFileSync('seeds/001_38ebe0a01ef43257.txt')));
    const seconds: Record<string, number> = {};
    const time = <T>(label: string, run: () => T): T => {
      const started = performance.now();
      const result = run();
      seconds[label] = (performance.now() - started) / 1000;
      return result;
    };
    const comparison = time('compare', () => compareArticles([big, seed], { base: 0 }));
    const analysis = time('analyse', () => analyzeComparison(comparison));
    const json = time('json', () => renderJson(comparison));
    const summary = time('summary', () => renderSummary(comparison));
    const report = time('report', () =>
      renderReport(comparison, { exportedAt: '2026-01-01', appVersion: 'test' }),
    );
    expect(analysis.quotes.length).toBeGreaterThan(100);
    // Output in proportion to the input (the article's text, its diff and analyses).
    for (const out of [json, summary, report]) {
      expect(out.length).toBeLessThan(12 * MAX_ARTICLE_TEXT_CHARS);
    }
    // How long each step takes is measured by `npm run bench` (speed targets live there,
    // not in tests); printed here for whoever runs this test.
    console.info(JSON.stringify(seconds));
  }, 120_000);
});

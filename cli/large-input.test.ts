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
import { buildViewModel } from '../shared/view-model/view-model';
import { renderJson, type JsonDocument } from './json';
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
  it('should be compared, analysed and printed whole in every form, in proportion to its size', () => {
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
    const view = time('view model', () => buildViewModel(comparison));
    const json = time('json', () => renderJson(comparison, view, analysis));
    const summary = time('summary', () => renderSummary(comparison, analysis));
    const report = time('report', () =>
      renderReport(view, analysis, { exportedAt: new Date(0), appVersion: 'test' }),
    );
    expect(analysis.quotes.length).toBeGreaterThan(100);
    // Output in proportion to the input (the article's text, its diff and analyses).
    for (const out of [json, summary, report]) {
      expect(out.length).toBeLessThan(12 * MAX_ARTICLE_TEXT_CHARS);
    }
    // And all of it there: the paragraph in a row, its quotations, its text in each output.
    const text = big.paragraphs[0]!.text;
    const doc = JSON.parse(json) as JsonDocument;
    expect(doc.articles[0]?.paragraphs.map((p) => p.text)).toEqual([text]);
    expect(doc.rows.filter((r) => r.cells[0]?.includes(0))).toHaveLength(1);
    const quotations = doc.analysis.quotations.filter((q) => q.article === 0);
    expect(quotations).toHaveLength(analysis.quotations.filter((q) => q.article === 0).length);
    expect(quotations.length).toBeGreaterThan(100);
    for (const q of quotations) {
      expect(q.paragraph).toBe(0);
      expect(text.slice(q.start, q.endExclusive)).toBe(q.text);
    }
    expect(summary).toContain(`[0] big.txt ¶0: ${text}`);
    const reportText = report
      .replace(/<[^>]*>/gu, '')
      .replace(/&(lt|gt|quot|#39|amp);/gu, (_, e: string) =>
        e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === '#39' ? "'" : '&',
      );
    expect(reportText).toContain(text);
    // How long each step takes is measured by `npm run bench` (speed targets live there,
    // not in tests); printed here for whoever runs this test.
    console.info(JSON.stringify(seconds));
  }, 120_000);
});

import { testArticle } from '../testing/article';
import { describe, expect, it } from 'vitest';
import { analyzeComparison } from '../analysis/analyze';
import { compareArticles } from '../compare';
import { reportOf } from '../testing/report';
import { buildViewModel } from '../view-model/view-model';
import { renderReport } from './render-report';

const article = (file: string, paragraphs: ReadonlyArray<string>) =>
  testArticle(file, paragraphs, { outlet: file.replace('.txt', '') });

const a = article('Herald.txt', [
  'Council leader Maria Okafor said: “We have been forced to make choices nobody wants to make.”',
  'The shock decision follows a budget review that found a deficit of 4 million pounds.',
]);
const b = article('Post<script>.txt', [
  'Council leader Maria Okafor admitted: “We have been made to make choices nobody wants to make.”',
  'The decision follows a budget review that found a deficit of 5 million pounds.',
]);
const html = reportOf(compareArticles([a, b]), {
  exportedAt: new Date(Date.UTC(2026, 10, 22)),
  appVersion: '0.1.0',
});
const section = html.slice(
  html.indexOf('<section id="analysis"'),
  html.indexOf('</section>', html.indexOf('<section id="analysis"')),
);

describe('renderReport analysis section', () => {
  it('should show each shared quotation with its status, speaker and word diff', () => {
    expect(section).toContain('<h2 id="h-analysis">Quotes, attribution and language</h2>');
    expect(section).toContain('altered');
    expect(section).toMatch(/<del>forced<\/del>/);
    expect(section).toMatch(/<ins>made<\/ins>/);
    expect(section).toContain('(<bdi>Maria Okafor</bdi>, <bdi>said</bdi>)');
  });

  it('should tabulate verbs and loaded terms per outlet, coverage and differing figures', () => {
    expect(section).toContain('<th scope="col">Conceding</th>');
    expect(section).toContain('shock');
    expect(section).toContain('Figures, dates and names given differently');
    expect(section).toMatch(
      /figures: #1 <bdi>Herald<\/bdi>: <bdi>4 million<\/bdi>; #2 <bdi>Post&lt;script&gt;<\/bdi>: <bdi>5 million<\/bdi>/,
    );
  });

  it('should give a coverage table with one row per fact and one column per outlet', () => {
    expect(section).toContain(
      '<caption>Every fact (row of the comparison) and the outlets that report it</caption>',
    );
    expect((section.match(/<td class="yes">/g) ?? []).length).toBeGreaterThanOrEqual(4);
  });

  it('should escape outlet names', () => {
    expect(section).not.toContain('<script>');
    expect(section).toContain('Post&lt;script&gt;');
  });

  it('should show the analyses it is given, never its own', () => {
    const comparison = compareArticles([a, b]);
    const analysis = analyzeComparison(comparison);
    const given = { ...analysis, discrepancies: [] };
    const meta = { exportedAt: new Date(Date.UTC(2026, 10, 22)), appVersion: '0.1.0' };
    const view = buildViewModel(comparison);
    expect(renderReport(view, analysis, meta)).toContain('Figures, dates and names');
    expect(renderReport(view, given, meta)).not.toContain('Figures, dates and names');
  });
});

describe('the coverage table of every fact', () => {
  it('should quote the first 14 words of a fact, however its text starts, and mark a cut', () => {
    const long =
      '\n  One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.';
    const short = 'Just five words here now.';
    const html = reportOf(
      compareArticles([
        article('A.txt', [long, short]),
        article('B.txt', ['Nothing in common with the other text at all.']),
      ]),
      { exportedAt: new Date(Date.UTC(2026, 10, 22)), appVersion: '0.1.0' },
    );
    const facts = html.slice(html.indexOf('<table class="analysis-facts">'));
    expect(facts).toContain(
      '<td><bdi>One two three four five six seven eight nine ten eleven twelve thirteen fourteen …</bdi></td>',
    );
    expect(facts).toContain('<td><bdi>Just five words here now.</bdi></td>');
  });

  it('should quote a fact without a saved page’s date stamp', () => {
    const html = reportOf(
      compareArticles([
        article('A.txt', ['date 2021-11-19 The jury found him not guilty on all charges.']),
        article('B.txt', ['The jury found him not guilty on every charge.']),
      ]),
      { exportedAt: new Date(Date.UTC(2026, 10, 22)), appVersion: '0.1.0' },
    );
    const facts = html.slice(html.indexOf('<table class="analysis-facts">'));
    expect(facts).toContain('<td><bdi>The jury found him not guilty on all charges.</bdi></td>');
    expect(facts.slice(0, facts.indexOf('</table>'))).not.toContain('2021-11-19');
  });
});

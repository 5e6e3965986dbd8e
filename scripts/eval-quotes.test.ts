import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeComparison } from '../shared/analysis/analyze';
import { compareArticles } from '../shared/compare';
import {
  checkArticleReference,
  guidelineParagraphs,
  type QuoteReferenceFile,
} from '../shared/eval/quote-score';
import { testArticle } from '../shared/testing/article';
import { predictedQuotes } from './eval-quotes';

describe('the quotation references', () => {
  const files = readdirSync(join('eval', 'quotes')).filter((f) => f.endsWith('.json'));

  it('should exist for the four reference stories', () => {
    expect(files.sort()).toEqual([
      'rittenhouse-verdict.json',
      'seeds.json',
      'thomson-buys-reuters.json',
      'yoon-removal.json',
    ]);
  });

  it.each(files)('%s should follow the guidelines for every article of its folder', (file) => {
    const ref = JSON.parse(
      readFileSync(join('eval', 'quotes', file), 'utf8'),
    ) as QuoteReferenceFile;
    const texts = readdirSync(ref.dir).filter((f) => f.endsWith('.txt'));
    expect(Object.keys(ref.articles).sort()).toEqual(texts.sort());
    for (const [name, article] of Object.entries(ref.articles)) {
      const paragraphs = guidelineParagraphs(readFileSync(join(ref.dir, name), 'utf8'));
      expect(checkArticleReference(paragraphs, article), name).toEqual([]);
    }
  });
});

describe('predictedQuotes (the adapter)', () => {
  it('should give each quotation of the analyses as one span at its offsets, short ones too', () => {
    const a = testArticle('a.txt', [
      'The mayor said: “We will act on this today. Nothing can stop the change now. Thanks.”',
      'It was, he said, “a mess”.',
    ]);
    const b = testArticle('b.txt', ['Something else entirely was reported in this other text.']);
    const comparison = compareArticles([a, b]);
    const predicted = predictedQuotes(analyzeComparison(comparison), 0);
    const spans = predicted.map((q) => a.paragraphs[q.paragraph]?.text.slice(q.start, q.end));
    expect(spans).toEqual([
      'We will act on this today. Nothing can stop the change now. Thanks.',
      'a mess',
    ]);
    expect(predicted.map((q) => [q.speaker, q.verb])).toEqual([
      ['The mayor', 'said'],
      ['The mayor', 'said'],
    ]);
  });
});

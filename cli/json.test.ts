import { describe, expect, it } from 'vitest';
import { compareArticles } from '../shared/compare';
import type { Article, Comparison } from '../shared/model';
import { DEFAULT_DIFF_OPTIONS } from '../shared/model';
import { renderJson, toJsonDocument } from './json';

const ARTICLES: ReadonlyArray<Article> = [
  {
    file: 'a.txt',
    title: 'Met admits tweet was unacceptable',
    titleSource: 'text',
    outlet: 'The Guardian',
    date: '2022-02-18',
    paragraphs: [
      {
        text: 'Scotland Yard has been forced to admit it was “unacceptable” for one of its official Twitter accounts to criticise the mayor.',
        boilerplate: null,
      },
      { text: 'Share this article', boilerplate: 'share-prompt' },
    ],
  },
  {
    file: 'dir/b.txt',
    title: 'b.txt',
    titleSource: 'file-name',
    outlet: null,
    date: null,
    paragraphs: [
      {
        text: 'Scotland Yard has issued an apology saying it was “unacceptable” for one of its official Twitter accounts to criticise the mayor.',
        boilerplate: null,
      },
      {
        text: 'A paragraph only this outlet carries,\nwith an inner line break.',
        boilerplate: null,
      },
    ],
  },
];

const COMPARISON: Comparison = {
  articles: ARTICLES,
  options: { base: 1, diff: DEFAULT_DIFF_OPTIONS },
  rows: [
    {
      kind: 'shared',
      cells: [[0], [0]],
      moved: [],
      similarity: 0.8,
      confidence: 0.8,
      manual: false,
      pivot: 1,
      diffs: [{ article: 0, sameness: 0.8, parts: [{ other: 'x', base: 'y', kind: 'replace' }] }],
    },
    {
      kind: 'unique',
      cells: [[], [1]],
      moved: [],
      similarity: 0,
      confidence: 1,
      manual: false,
      pivot: 1,
      diffs: [],
    },
    {
      kind: 'boilerplate',
      cells: [[1], []],
      moved: [],
      similarity: 0,
      confidence: 1,
      manual: false,
      pivot: 0,
      diffs: [],
    },
  ],
  similarity: [
    [1, 0.123456],
    [0.123456, 1],
  ],
  offTopic: [],
  offTopicReasons: [],
  links: [{ a: 0, paragraphA: 0, b: 1, paragraphB: 0, confidence: 0.8, manual: false }],
  alteredQuotes: [],
  hitLimit: false,
};

describe('toJsonDocument', () => {
  it('should list the documented keys first, in order', () => {
    expect(Object.keys(toJsonDocument(COMPARISON)).slice(0, 4)).toEqual([
      'articles',
      'rows',
      'similarity',
      'offTopic',
    ]);
  });

  it('should carry the articles with the path as given and paragraphs as in the file', () => {
    const doc = toJsonDocument(COMPARISON);
    expect(doc.articles[1]).toEqual({
      file: 'dir/b.txt',
      title: 'b.txt',
      titleSource: 'file-name',
      outlet: null,
      date: null,
      url: null,
      paragraphs: [
        { text: ARTICLES[1]!.paragraphs[0]!.text, boilerplate: false, boilerplateReason: null },
        {
          text: 'A paragraph only this outlet carries,\nwith an inner line break.',
          boilerplate: false,
          boilerplateReason: null,
        },
      ],
    });
  });

  it('should make boilerplate a boolean and give the reason separately', () => {
    expect(toJsonDocument(COMPARISON).articles[0]!.paragraphs[1]).toEqual({
      text: 'Share this article',
      boilerplate: true,
      boilerplateReason: 'share-prompt',
    });
  });

  it('should carry rows with kind, cells, moved, similarity, pivot and diffs', () => {
    expect(toJsonDocument(COMPARISON).rows[0]).toEqual({
      kind: 'shared',
      cells: [[0], [0]],
      moved: [],
      similarity: 0.8,
      confidence: 0.8,
      manual: false,
      pivot: 1,
      diffs: [{ article: 0, sameness: 0.8, parts: [{ kind: 'replace', base: 'y', other: 'x' }] }],
    });
  });

  it('should carry the paragraph links with their confidence, and why articles were left out', () => {
    const doc = toJsonDocument({
      ...COMPARISON,
      offTopic: [0],
      offTopicReasons: [{ article: 0, reason: 'another-event' }],
    });
    expect(doc.links).toEqual([
      { a: 0, paragraphA: 0, b: 1, paragraphB: 0, confidence: 0.8, manual: false },
    ]);
    expect(doc.offTopicReasons).toEqual([{ article: 0, reason: 'another-event' }]);
  });

  it('should round the similarity matrix to three decimals', () => {
    expect(toJsonDocument(COMPARISON).similarity).toEqual([
      [1, 0.123],
      [0.123, 1],
    ]);
  });

  it('should give the base, options, limit flag and skipped files as extras', () => {
    const doc = toJsonDocument(COMPARISON, [
      { file: 'gone.txt', code: 'NOT_FOUND', message: 'gone.txt: no such file' },
    ]);
    expect(doc.base).toBe(1);
    expect(doc.diffOptions).toEqual(DEFAULT_DIFF_OPTIONS);
    expect(doc.hitLimit).toBe(false);
    expect(doc.skipped).toEqual([
      { file: 'gone.txt', code: 'NOT_FOUND', message: 'gone.txt: no such file' },
    ]);
  });

  it('should place every paragraph of a real comparison in exactly one row', () => {
    const doc = toJsonDocument(compareArticles(ARTICLES));
    doc.articles.forEach((article, k) => {
      const seen = doc.rows.flatMap((row) => row.cells[k] ?? []).sort((x, y) => x - y);
      expect(seen).toEqual(article.paragraphs.map((_, i) => i));
    });
  });
});

describe('renderJson', () => {
  it('should print one JSON document that parses back to the document', () => {
    const text = renderJson(COMPARISON);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(toJsonDocument(COMPARISON));
  });

  it('should be byte-identical when run twice', () => {
    expect(renderJson(compareArticles(ARTICLES))).toBe(renderJson(compareArticles(ARTICLES)));
  });
});

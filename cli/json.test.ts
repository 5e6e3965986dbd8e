import { describe, expect, it } from 'vitest';
import { withIndices } from '../shared/testing/indices';
import { analyzeComparison } from '../shared/analysis/analyze';
import { compareArticles } from '../shared/compare';
import type { Article, Comparison } from '../shared/model';
import { articleIndex, DEFAULT_DIFF_OPTIONS, rowIndex } from '../shared/model';
import { SAMPLE_ARTICLES } from '../shared/testing/sample-articles';
import { buildViewModel } from '../shared/view-model/view-model';
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

const COMPARISON: Comparison = withIndices<Comparison>({
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
});

const ANALYSIS = analyzeComparison(COMPARISON);
const VIEW = buildViewModel(COMPARISON);

describe('toJsonDocument', () => {
  it('should list the documented keys first, in order', () => {
    expect(Object.keys(toJsonDocument(COMPARISON, VIEW, ANALYSIS)).slice(0, 4)).toEqual([
      'articles',
      'rows',
      'similarity',
      'offTopic',
    ]);
  });

  it('should carry the articles with the path as given and paragraphs as in the file', () => {
    const doc = toJsonDocument(COMPARISON, VIEW, ANALYSIS);
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
    expect(toJsonDocument(COMPARISON, VIEW, ANALYSIS).articles[0]!.paragraphs[1]).toEqual({
      text: 'Share this article',
      boilerplate: true,
      boilerplateReason: 'share-prompt',
    });
  });

  it('should carry rows with kind, cells, moved, similarity, pivot, diffs and their numbered differences', () => {
    const doc = toJsonDocument(COMPARISON, VIEW, ANALYSIS);
    expect(doc.rows[0]).toEqual({
      kind: 'shared',
      cells: [[0], [0]],
      moved: [],
      similarity: 0.8,
      confidence: 0.8,
      manual: false,
      pivot: 1,
      diffs: [
        {
          article: 0,
          sameness: 0.8,
          parts: [{ kind: 'replace', base: 'y', other: 'x' }],
          difference: 1,
        },
      ],
      differences: [{ number: 1, kind: 'wording', article: 0 }],
    });
    expect(doc.rows[1]?.differences).toEqual([{ number: 2, kind: 'unique', article: 1 }]);
    expect(doc.rows[2]?.differences).toEqual([]);
  });

  it("should number the differences 1.. in row order: unique text, then each article's move and rewording", () => {
    const comparison = compareArticles(SAMPLE_ARTICLES);
    const doc = toJsonDocument(
      comparison,
      buildViewModel(comparison),
      analyzeComparison(comparison),
    );
    // The documented order, from the document's own rows (not from the view model the
    // numbers come from): per row, the text only one article on the story has, then per
    // article in column order its move and its rewording.
    const offTopic = new Set<number>(doc.offTopic);
    const expected = doc.rows.flatMap((row, r) => [
      ...(row.kind === 'unique' && !offTopic.has(row.pivot)
        ? [`row ${r} unique #${row.pivot}`]
        : []),
      ...doc.articles.flatMap((_, k) => [
        ...(row.moved.includes(articleIndex(k)) ? [`row ${r} moved #${k}`] : []),
        ...(row.kind === 'shared' &&
        row.diffs.some((d) => d.article === k && d.parts.some((p) => p.kind !== 'equal'))
          ? [`row ${r} wording #${k}`]
          : []),
      ]),
    ]);
    expect(new Set(expected.map((e) => e.split(' ')[2]))).toEqual(
      new Set(['unique', 'moved', 'wording']),
    );
    const listed = doc.rows.flatMap((row, r) =>
      row.differences.map((d) => `row ${r} ${d.kind} #${d.article}`),
    );
    expect(listed).toEqual(expected);
    expect(doc.rows.flatMap((row) => row.differences.map((d) => d.number))).toEqual(
      expected.map((_, i) => i + 1),
    );
    // A reworded cell's diff carries its row's wording number for that article; one with the
    // pivot's words, none.
    for (const row of doc.rows) {
      for (const diff of row.diffs) {
        const wording = row.differences.find(
          (d) => d.kind === 'wording' && d.article === diff.article,
        );
        expect(diff.difference).toBe(wording?.number ?? null);
        expect(diff.difference === null).toBe(diff.parts.every((p) => p.kind === 'equal'));
      }
    }
  });

  it('should carry the paragraph links with their confidence, and why articles were left out', () => {
    const doc = toJsonDocument(
      {
        ...COMPARISON,
        offTopic: [articleIndex(0)],
        offTopicReasons: [{ article: articleIndex(0), reason: 'another-event' }],
      },
      VIEW,
      ANALYSIS,
    );
    expect(doc.links).toEqual([
      { a: 0, paragraphA: 0, b: 1, paragraphB: 0, confidence: 0.8, manual: false },
    ]);
    expect(doc.offTopicReasons).toEqual([{ article: 0, reason: 'another-event' }]);
  });

  it('should round the similarity matrix to three decimals', () => {
    expect(toJsonDocument(COMPARISON, VIEW, ANALYSIS).similarity).toEqual([
      [1, 0.123],
      [0.123, 1],
    ]);
  });

  it('should give the base, options, limit flag and skipped files as extras', () => {
    const doc = toJsonDocument(COMPARISON, VIEW, ANALYSIS, {
      skipped: [{ file: 'gone.txt', code: 'NOT_FOUND', message: 'gone.txt: no such file' }],
    });
    expect(doc.base).toBe(1);
    expect(doc.diffOptions).toEqual(DEFAULT_DIFF_OPTIONS);
    expect(doc.hitLimit).toBe(false);
    expect(doc.skipped).toEqual([
      { file: 'gone.txt', code: 'NOT_FOUND', message: 'gone.txt: no such file' },
    ]);
  });

  it('should carry the analyses it is given, never its own', () => {
    const given = { ...ANALYSIS, verbContrasts: [{ row: rowIndex(0), verbs: [] }] };
    expect(toJsonDocument(COMPARISON, VIEW, given).analysis).toBe(given);
  });

  it('should place every paragraph of a real comparison in exactly one row', () => {
    const comparison = compareArticles(ARTICLES);
    const doc = toJsonDocument(
      comparison,
      buildViewModel(comparison),
      analyzeComparison(comparison),
    );
    doc.articles.forEach((article, k) => {
      const seen = doc.rows.flatMap((row) => row.cells[k] ?? []).sort((x, y) => x - y);
      expect(seen).toEqual(article.paragraphs.map((_, i) => i));
    });
  });
});

describe('renderJson', () => {
  it('should print one JSON document that parses back to the document', () => {
    const text = renderJson(COMPARISON, VIEW, ANALYSIS);
    expect(text.endsWith('}')).toBe(true);
    expect(JSON.parse(text)).toEqual(toJsonDocument(COMPARISON, VIEW, ANALYSIS));
  });

  it('should be byte-identical when run twice', () => {
    const once = (): string => {
      const comparison = compareArticles(ARTICLES);
      return renderJson(comparison, buildViewModel(comparison), analyzeComparison(comparison));
    };
    expect(once()).toBe(once());
  });
});

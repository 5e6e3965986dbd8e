import { describe, expect, it } from 'vitest';
import { withIndices } from '../shared/testing/indices';
import { analyzeComparison } from '../shared/analysis/analyze';
import type { Article, Comparison, DiffPart, Row } from '../shared/model';
import { articleIndex, DEFAULT_DIFF_OPTIONS, rowIndex } from '../shared/model';
import {
  articleLabel,
  renderAlteredQuotes,
  renderArticles,
  renderDiffPhrases,
  renderOffTopic,
  renderRows,
  renderSimilarity,
  renderSummary,
} from './summary';

function article(
  file: string,
  outlet: string | null,
  texts: ReadonlyArray<string>,
  boilerplate: ReadonlyArray<number> = [],
): Article {
  return {
    file,
    title: `Title of ${file}`,
    titleSource: 'text',
    outlet,
    date: outlet ? '2022-02-17' : null,
    paragraphs: texts.map((text, i) => ({
      text,
      boilerplate: boilerplate.includes(i) ? 'share-prompt' : null,
    })),
  };
}

/** Three articles: [0] and [1] share two paragraphs, [1] has a unique one, [2] is off topic. */
const COMPARISON: Comparison = withIndices<Comparison>({
  articles: [
    article(
      'a/guardian.txt',
      'The Guardian',
      [
        'Scotland Yard has been forced to admit it.',
        'Khan said: “Exactly this.”',
        'Share this article',
      ],
      [2],
    ),
    article(
      'b/rt.txt',
      'RT',
      [
        'Khan said: “Exactly this.”',
        'Scotland Yard issued an apology over it.',
        'Only RT says this.',
      ],
      [],
    ),
    article('c/other.txt', null, ['Police stations close.\nSecond line.'], []),
  ],
  options: { base: 0, diff: DEFAULT_DIFF_OPTIONS },
  rows: [
    {
      kind: 'shared',
      cells: [[0], [1], []],
      moved: [1],
      similarity: 0.5,
      confidence: 0.5,
      manual: false,
      pivot: 0,
      diffs: [
        {
          article: 1,
          sameness: 0.5,
          parts: [
            { kind: 'equal', base: 'Scotland Yard ', other: 'Scotland Yard ' },
            {
              kind: 'replace',
              base: 'has been forced to admit ',
              other: 'issued an apology over ',
            },
            { kind: 'equal', base: 'it.', other: 'it.' },
          ],
        },
      ],
    },
    {
      kind: 'shared',
      cells: [[1], [0], []],
      moved: [],
      similarity: 1,
      confidence: 1,
      manual: false,
      pivot: 0,
      diffs: [
        {
          article: 1,
          sameness: 1,
          parts: [
            {
              kind: 'equal',
              base: 'Khan said: “Exactly this.”',
              other: 'Khan said: “Exactly this.”',
            },
          ],
        },
      ],
    },
    {
      kind: 'unique',
      cells: [[], [2], []],
      moved: [],
      similarity: 0,
      confidence: 1,
      manual: false,
      pivot: 1,
      diffs: [],
    },
    {
      kind: 'unique',
      cells: [[], [], [0]],
      moved: [],
      similarity: 0,
      confidence: 1,
      manual: false,
      pivot: 2,
      diffs: [],
    },
    {
      kind: 'boilerplate',
      cells: [[2], [], []],
      moved: [],
      similarity: 0,
      confidence: 1,
      manual: false,
      pivot: 0,
      diffs: [],
    },
  ],
  similarity: [
    [1, 0.625, 0.04],
    [0.625, 1, 0.051],
    [0.04, 0.051, 1],
  ],
  offTopic: [2],
  offTopicReasons: [{ article: 2, reason: 'another-story' }],
  links: [],
  alteredQuotes: [
    {
      row: 1,
      article: 0,
      text: 'Why are we surprised when whistleblowers',
      otherArticle: 1,
      otherText: 'Why are we surprised that when whistleblowers',
      parts: [
        { kind: 'equal', base: 'Why are we surprised ', other: 'Why are we surprised ' },
        { kind: 'insert', other: 'that ' },
        { kind: 'equal', base: 'when whistleblowers', other: 'when whistleblowers' },
      ],
    },
  ],
  hitLimit: false,
});

describe('renderDiffPhrases', () => {
  it('should mark a replacement as [-old-]{+new+} with the spaces outside the brackets', () => {
    const parts: DiffPart[] = [
      { kind: 'equal', base: 'Scotland Yard has been ', other: 'Scotland Yard has been ' },
      { kind: 'replace', base: 'forced to admit ', other: 'issued an apology saying ' },
      { kind: 'equal', base: 'it was', other: 'it was' },
    ];
    expect(renderDiffPhrases(parts)).toBe(
      'Scotland Yard has been [-forced to admit-]{+issued an apology saying+} it was',
    );
  });

  it('should mark deletions and insertions', () => {
    const parts: DiffPart[] = [
      { kind: 'equal', base: 'the ', other: 'the ' },
      { kind: 'delete', base: 'official ' },
      { kind: 'equal', base: 'account ', other: 'account ' },
      { kind: 'insert', other: 'on Thursday' },
    ];
    expect(renderDiffPhrases(parts)).toBe('the [-official-] account {+on Thursday+}');
  });

  it('should keep only a few words of unchanged context around each change', () => {
    const parts: DiffPart[] = [
      {
        kind: 'equal',
        base: 'one two three four five six seven ',
        other: 'one two three four five six seven ',
      },
      { kind: 'replace', base: 'old ', other: 'new ' },
      { kind: 'equal', base: 'a b c d e f g h i j k ', other: 'a b c d e f g h i j k ' },
      { kind: 'delete', base: 'gone ' },
      { kind: 'equal', base: 'p q r s t u v', other: 'p q r s t u v' },
    ];
    expect(renderDiffPhrases(parts, 2)).toBe('… six seven [-old-]{+new+} a b … j k [-gone-] p q …');
  });

  it('should show everything with an infinite context', () => {
    const parts: DiffPart[] = [
      {
        kind: 'equal',
        base: 'one two three four five six ',
        other: 'one two three four five six ',
      },
      { kind: 'insert', other: 'seven' },
    ];
    expect(renderDiffPhrases(parts, Infinity)).toBe('one two three four five six {+seven+}');
  });

  it('should show line breaks as ¶ so each change stays on one line', () => {
    const parts: DiffPart[] = [
      { kind: 'replace', base: 'Headline\nSub-headline', other: 'First.\n\nSecond.' },
    ];
    expect(renderDiffPhrases(parts)).toBe('[-Headline ¶ Sub-headline-]{+First. ¶ Second.+}');
  });
});

describe('articleLabel', () => {
  it('should name an article by its outlet, else by its file name', () => {
    expect(articleLabel(COMPARISON.articles[0]!, 0)).toBe('[0] The Guardian');
    expect(articleLabel(COMPARISON.articles[2]!, 2)).toBe('[2] other.txt');
  });
});

describe('renderArticles', () => {
  it('should list title, outlet, date, paragraph counts and file, the base starred', () => {
    expect(renderArticles(COMPARISON).split('\n')).toEqual([
      'Articles (3; rows follow the base, [0])',
      '  [0]* Title of a/guardian.txt',
      '       The Guardian · 2022-02-17 · 3 paragraphs (1 boilerplate)',
      '       a/guardian.txt',
      '  [1]  Title of b/rt.txt',
      '       RT · 2022-02-17 · 3 paragraphs',
      '       b/rt.txt',
      '  [2]  Title of c/other.txt',
      '       outlet unknown · date unknown · 1 paragraph',
      '       c/other.txt',
    ]);
  });
});

describe('renderArticles: an off-topic base', () => {
  it('should say the base is probably about another story, and how to choose another', () => {
    expect(renderArticles({ ...COMPARISON, offTopic: [articleIndex(0)] }).split('\n')[0]).toBe(
      'Articles (3; rows follow the base, [0], itself probably about another story or event: choose another with --base)',
    );
    expect(renderArticles(COMPARISON).split('\n')[0]).toBe(
      'Articles (3; rows follow the base, [0])',
    );
  });

  it('should say why the base is not the first article when the first is off topic', () => {
    expect(
      renderArticles({
        ...COMPARISON,
        offTopic: [articleIndex(0)],
        options: { ...COMPARISON.options, base: articleIndex(1) },
      }).split('\n')[0],
    ).toBe('Articles (3; rows follow the base, [1], the first article not off topic)');
  });
});

describe('renderSimilarity', () => {
  it('should print the matrix with two decimals', () => {
    expect(renderSimilarity(COMPARISON).split('\n').slice(1)).toEqual([
      '         [0]   [1]   [2]',
      '  [0]   1.00  0.63  0.04',
      '  [1]   0.63  1.00  0.05',
      '  [2]   0.04  0.05  1.00',
    ]);
  });
});

describe('renderOffTopic', () => {
  it('should name the off-topic articles, each with its reason', () => {
    expect(renderOffTopic(COMPARISON)).toBe(
      'Off topic (probably about another story or event; left out of the rows):\n  [2] other.txt: Title of c/other.txt (probably another story (at most 5% in common with the others; they share 63%–63% with each other))',
    );
    expect(
      renderOffTopic({
        ...COMPARISON,
        offTopicReasons: [{ article: articleIndex(2), reason: 'another-event' }],
      }).split('\n')[1],
    ).toBe(
      '  [2] other.txt: Title of c/other.txt (probably another event: it names the same people and places, but its opening tells of another day than the others)',
    );
  });

  it('should say so when there are none', () => {
    expect(renderOffTopic({ ...COMPARISON, offTopic: [] })).toBe(
      'Off topic: none (all articles seem to report the same story)',
    );
  });
});

describe('renderRows', () => {
  it('should show shared rows with differences, unique rows, moved marks, and count boilerplate', () => {
    expect(renderRows({ ...COMPARISON, offTopic: [] }).split('\n')).toEqual([
      'Rows: 2 shared, 2 unique (1 boilerplate row not shown)',
      '',
      '#0 shared by [0] [1] · confidence 0.50 · moved: [1]',
      '  [0] The Guardian ¶0: Scotland Yard has been forced to admit it.',
      '  [1] RT ¶1 (moved): 50% same: Scotland Yard [-has been forced to admit-]{+issued an apology over+} it.',
      '',
      '#1 shared by [0] [1] · confidence 1.00',
      '  [0] The Guardian ¶1: Khan said: “Exactly this.”',
      '  [1] RT ¶0: same wording',
      '',
      '#2 only in [1] RT',
      '  ¶2  Only RT says this.',
      '',
      '#3 only in [2] other.txt',
      '  ¶0  Police stations close. ¶ Second line.',
    ]);
  });

  it('should say how sure the alignment is of each shared row, as the app does', () => {
    const [first, ...rest] = COMPARISON.rows;
    const line = (row: Row) =>
      renderRows({ ...COMPARISON, offTopic: [], rows: [row, ...rest] }).split('\n')[2];
    expect(line({ ...(first as Row), confidence: 0.34 })).toBe(
      '#0 shared by [0] [1] · confidence 0.34 (weak: look twice) · moved: [1]',
    );
    expect(line({ ...(first as Row), confidence: 0.29 })).toBe(
      '#0 shared by [0] [1] · confidence 0.29 (weak: look twice) · moved: [1]',
    );
    expect(line({ ...(first as Row), confidence: 0.497 })).toBe(
      '#0 shared by [0] [1] · confidence 0.49 (weak: look twice) · moved: [1]',
    );
    expect(line({ ...(first as Row), confidence: 0.34, manual: true })).toBe(
      '#0 shared by [0] [1] · corrected by hand · moved: [1]',
    );
  });

  it("should count an off-topic article's rows, listed with it above, and not show them", () => {
    const lines = renderRows(COMPARISON).split('\n');
    expect(lines[0]).toBe(
      'Rows: 2 shared, 1 unique (1 boilerplate row and 1 row of the off-topic article not shown)',
    );
    expect(lines).toContain('#2 only in [1] RT');
    expect(lines.some((l) => l.includes('[2] other.txt') || l.includes('Police stations'))).toBe(
      false,
    );
  });
});

describe('renderAlteredQuotes', () => {
  it('should show each altered quote as a full word diff', () => {
    expect(renderAlteredQuotes(COMPARISON)).toBe(
      'Altered quotes (1)\n  #1 [0] → [1]: “Why are we surprised {+that+} when whistleblowers”',
    );
  });

  it('should be empty when no quote was altered', () => {
    expect(renderAlteredQuotes({ ...COMPARISON, alteredQuotes: [] })).toBe('');
  });
});

describe('renderSummary', () => {
  it('should join the sections with blank lines and end with a newline', () => {
    const text = renderSummary(COMPARISON, analyzeComparison(COMPARISON));
    expect(text.startsWith('Articles (3;')).toBe(true);
    expect(text).toContain('when whistleblowers”\n\nQuotations carried by two or more outlets');
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain('\n\nAttribution verbs and loaded language per outlet');
    expect(text).toContain('\n\nCoverage (fact rows)');
    // [2] is off topic: its coverage is not counted.
    expect(text).toContain('\n  [2] off topic: not counted\n');
    expect(text).toContain('\n  [1] alone reports 1, ');
    expect(text).toContain('\n\nDocument similarity');
    expect(text).toContain('\n\nOff topic (probably');
    expect(text).toContain('\n\nRows: 2 shared');
    expect(text).not.toContain('Share this article');
  });

  it('should print the analyses it is given, never its own', () => {
    const analysis = analyzeComparison(COMPARISON);
    const given = {
      ...analysis,
      discrepancies: [
        {
          row: rowIndex(4),
          kind: 'number' as const,
          values: [
            { article: articleIndex(0), values: ['31,000'] },
            { article: articleIndex(1), values: ['30,000'] },
          ],
        },
      ],
    };
    expect(renderSummary(COMPARISON, analysis)).not.toContain('differ in row #4');
    expect(renderSummary(COMPARISON, given)).toContain(
      'figures differ in row #4: [0] 31,000; [1] 30,000',
    );
  });

  it('should say when a work limit cut a diff short', () => {
    expect(renderSummary({ ...COMPARISON, hitLimit: true }, analyzeComparison(COMPARISON))).toMatch(
      /differ too much to compare word by word/,
    );
  });
});

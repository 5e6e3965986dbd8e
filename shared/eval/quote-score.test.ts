import { describe, expect, it } from 'vitest';
import {
  addCounts,
  checkArticleReference,
  guidelineParagraphs,
  locateQuote,
  locateReference,
  markedOccurrences,
  matchSpans,
  NO_COUNTS,
  quoteScore,
  scoreArticleQuotes,
  speakerMatches,
  verbForms,
  verbMatches,
  type ArticleQuoteReference,
  type PredictedQuote,
} from './quote-score';

const PARAGRAPHS = [
  'Scotland Yard was forced to admit it was “unacceptable” for an account to criticise Sadiq Khan.',
  'The Taskforce replied: “Exactly this.”',
  'Khan said: “When you have accounts amplifying information that is misleading, how can officers come forward?',
  '“Why are we surprised?” he said. “It is not new.”',
  'A post with the comment: “Exactly this.”',
];

const REFERENCE: ArticleQuoteReference = {
  speakers: {
    'Scotland Yard': ['the Met'],
    'Met Police Taskforce': ['the Taskforce'],
    'Sadiq Khan': ['the mayor'],
  },
  quotes: [
    { quote: 'unacceptable', speaker: 'Scotland Yard', verb: 'admit', kind: 'partial' },
    {
      quote: 'Exactly this.',
      at: 'replied',
      speaker: 'Met Police Taskforce',
      verb: 'reply',
      kind: 'full',
    },
    {
      quote:
        'When you have accounts amplifying information that is misleading, how can officers come forward?',
      speaker: 'Sadiq Khan',
      verb: 'say',
      kind: 'full',
    },
    { quote: 'Why are we surprised?', speaker: 'Sadiq Khan', verb: 'say', kind: 'full' },
    { quote: 'It is not new.', speaker: 'Sadiq Khan', verb: 'say', kind: 'full' },
    {
      quote: 'Exactly this.',
      at: 'with the comment',
      speaker: 'Met Police Taskforce',
      verb: null,
      kind: 'full',
    },
  ],
};

describe('guidelineParagraphs', () => {
  it('should split blank-line blocks, keeping inner line breaks', () => {
    expect(guidelineParagraphs('\uFEFFa\nb\r\n\r\n\nc\n')).toEqual(['a\nb', 'c']);
  });

  it('should take every line as a paragraph when there is no blank line', () => {
    expect(guidelineParagraphs('a\nb\n')).toEqual(['a', 'b']);
  });
});

describe('markedOccurrences', () => {
  it('should find the text only where marks bound it', () => {
    const p = ['it was unacceptable, a “unacceptable” act'];
    expect(markedOccurrences(p, 'unacceptable')).toEqual([{ paragraph: 0, start: 24, end: 36 }]);
  });

  it('should accept a paragraph start or end where a mark was lost', () => {
    const p = ['It is not so,” he said.', 'She said it left “no choice.  '];
    expect(markedOccurrences(p, 'It is not so,')).toHaveLength(1);
    expect(markedOccurrences(p, 'no choice.')).toHaveLength(1);
  });

  it("should take '' as a closing mark", () => {
    expect(markedOccurrences(['"We believe,\'\' said X.'], 'We believe,')).toHaveLength(1);
  });
});

describe('locateQuote', () => {
  it('should tell repeated quotations apart by "at" and "nth"', () => {
    expect(locateQuote(PARAGRAPHS, { text: 'Exactly this.' })).toMatch(/2 marked occurrences/);
    expect(locateQuote(PARAGRAPHS, { text: 'Exactly this.', at: 'comment' })).toMatchObject({
      paragraph: 4,
    });
    expect(locateQuote(PARAGRAPHS, { text: 'Exactly this.', nth: 0 })).toMatchObject({
      paragraph: 1,
    });
    expect(locateQuote(PARAGRAPHS, { text: 'Exactly this.', nth: 2 })).toMatch(/nth/);
  });

  it('should refuse text that is not between marks, or absent', () => {
    expect(locateQuote(PARAGRAPHS, { text: 'unaccept' })).toMatch(/not between quotation marks/);
    expect(locateQuote(PARAGRAPHS, { text: 'nowhere' })).toMatch(/not found/);
  });
});

describe('checkArticleReference', () => {
  it('should accept a complete reference', () => {
    expect(checkArticleReference(PARAGRAPHS, REFERENCE)).toEqual([]);
  });

  it('should report a quotation mark no quotation accounts for', () => {
    const partial = { ...REFERENCE, quotes: REFERENCE.quotes.slice(1) };
    expect(checkArticleReference(PARAGRAPHS, partial)).toEqual([
      expect.stringMatching(/speaker "Scotland Yard" is listed but never used/),
      expect.stringMatching(/#0: quotation mark not annotated/),
      expect.stringMatching(/#0: quotation mark not annotated/),
    ]);
  });

  it('should not take apostrophes for marks', () => {
    const paragraphs = ["the world''s oldest, Rittenhouse‘s acquittal, don’t and Khan's"];
    expect(checkArticleReference(paragraphs, { speakers: {}, quotes: [] })).toEqual([]);
  });

  it('should accept marks of listed non-quotations and skipped paragraphs', () => {
    const paragraphs = ['the verified “Met Police Taskforce” account', "READ MORE: a 'public lynching'"];
    const reference: ArticleQuoteReference = {
      speakers: {},
      quotes: [],
      notQuotes: [{ text: 'Met Police Taskforce', why: 'name' }],
      skip: [{ at: 'READ MORE', why: 'boilerplate' }],
    };
    expect(checkArticleReference(paragraphs, reference)).toEqual([]);
    // A closing straight single quote after a letter reads as an apostrophe: the opening one is reported.
    expect(checkArticleReference(paragraphs, { ...reference, skip: [] })).toEqual([
      expect.stringMatching(/#1: quotation mark not annotated/),
    ]);
  });

  it('should report unknown speakers, bad verbs and kinds, and order', () => {
    const bad: ArticleQuoteReference = {
      speakers: {},
      quotes: [
        { quote: 'Why are we surprised?', speaker: 'Khan', verb: 'Said', kind: 'full' },
        {
          quote: 'It is not new.',
          speaker: 'unclear',
          verb: 'say',
          kind: 'whole' as 'full',
          continues: true,
        },
        { quote: 'unacceptable', speaker: 'unclear', verb: ['say'], kind: 'partial' },
      ],
    };
    const problems = checkArticleReference(['“Why are we surprised?” “It is not new.”', '“unacceptable”'], bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/speaker "Khan" is not in "speakers"/),
        expect.stringMatching(/quotes\[0\]: "verb" must be/),
        expect.stringMatching(/quotes\[1\]: a quotation that "continues" has no verb/),
        expect.stringMatching(/quotes\[1\]: "kind"/),
        expect.stringMatching(/quotes\[2\]: "verb" must be/),
      ]),
    );
    const reversed = { speakers: {}, quotes: [...REFERENCE.quotes].reverse() };
    expect(checkArticleReference(PARAGRAPHS, { ...REFERENCE, ...reversed, speakers: REFERENCE.speakers })).toContainEqual(
      expect.stringMatching(/out of reading order/),
    );
  });
});

describe('matchSpans', () => {
  const span = (paragraph: number, start: number, end: number) => ({ paragraph, start, end });

  it('should pair spans sharing at least half of the shorter one', () => {
    expect(matchSpans([span(0, 0, 10)], [span(0, 5, 40)])).toEqual([[0, 0]]);
    expect(matchSpans([span(0, 0, 10)], [span(0, 6, 40)])).toEqual([]);
  });

  it('should never pair spans of different paragraphs', () => {
    expect(matchSpans([span(0, 0, 10)], [span(1, 0, 10)])).toEqual([]);
  });

  it('should pair one to one, closest fit first', () => {
    // Two sentences of one quotation predicted apart: one pairs, the other is left over.
    expect(matchSpans([span(0, 0, 100)], [span(0, 0, 40), span(0, 41, 100)])).toEqual([[0, 1]]);
    expect(matchSpans([span(0, 0, 50), span(0, 60, 70)], [span(0, 0, 70)])).toEqual([[0, 0]]);
  });
});

describe('speakerMatches', () => {
  const khan = ['Sadiq Khan', 'the mayor of London'];

  it('should match the name, its surname, titles and longer descriptions', () => {
    for (const said of ['Sadiq Khan', 'sadiq khan', 'Khan', 'Mr Khan', 'London mayor Sadiq Khan', 'The Mayor of London', 'Khan (inferred)']) {
      expect(speakerMatches(said, khan), said).toBe(true);
    }
  });

  it('should not match a first name, a possessive, a pronoun or another body', () => {
    for (const said of ['Sadiq', "Khan's", 'he', 'the Met', 'Sadiq Khan spokesman']) {
      expect(speakerMatches(said, khan), said).toBe(false);
    }
  });

  it('should keep a body apart from a part of it', () => {
    expect(speakerMatches('Met Police', ['Met Police Taskforce'])).toBe(false);
    expect(speakerMatches('Met Police Taskforce', ['Met Police'])).toBe(false);
    expect(speakerMatches('The Taskforce', ['Met Police Taskforce'])).toBe(true);
  });

  it('should use the listed names for short forms that are not surnames', () => {
    expect(speakerMatches('Yoon', ['Yoon Suk Yeol'])).toBe(false);
    expect(speakerMatches('President Yoon', ['Yoon Suk Yeol', 'Yoon'])).toBe(true);
    expect(speakerMatches('Chief Justice Moon', ['Moon Hyung-bae', 'Moon'])).toBe(true);
  });

  it('should match "unclear" with no speaker only', () => {
    expect(speakerMatches(null, null)).toBe(true);
    expect(speakerMatches('unattributed', null)).toBe(true);
    expect(speakerMatches('Khan', null)).toBe(false);
    expect(speakerMatches(null, khan)).toBe(false);
  });
});

describe('verbMatches', () => {
  it('should match a lemma in any inflection', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['said', 'say'],
      ['says', 'say'],
      ['saying', 'say'],
      ['admitted', 'admit'],
      ['replied', 'reply'],
      ['noted', 'note'],
      ['told', 'tell'],
      ['criticized', 'criticise'],
      ['hits back', 'hit back'],
      ['was forced to admit', 'admit'],
      ['has been forced to admit', 'admit'],
      ['was quoted as saying', 'say'],
      ['Insisted', 'insist'],
    ];
    for (const [said, lemma] of cases) {
      expect(verbMatches(said, lemma), `${said} / ${lemma}`).toBe(true);
    }
  });

  it('should not match another verb, a noun, or part of a phrasal verb', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['urged', 'say'],
      ['comments', 'claim'],
      ['hit', 'hit back'],
      ['issued an apology', 'admit'],
      ['sayings', 'say'],
    ];
    for (const [said, lemma] of cases) {
      expect(verbMatches(said, lemma), `${said} / ${lemma}`).toBe(false);
    }
  });

  it('should accept any listed lemma, and null only for null', () => {
    expect(verbMatches('adding', ['add', 'respond'])).toBe(true);
    expect(verbMatches('responded', ['add', 'respond'])).toBe(true);
    expect(verbMatches(null, null)).toBe(true);
    expect(verbMatches('said', null)).toBe(false);
    expect(verbMatches(null, 'say')).toBe(false);
  });

  it('should build regular and irregular forms', () => {
    expect([...verbForms('tweet')]).toEqual(expect.arrayContaining(['tweets', 'tweeted', 'tweeting']));
    expect([...verbForms('deny')]).toEqual(expect.arrayContaining(['denies', 'denied']));
    expect([...verbForms('write')]).toEqual(expect.arrayContaining(['wrote', 'written', 'writing']));
  });
});

describe('scoreArticleQuotes', () => {
  const located = locateReference(PARAGRAPHS, REFERENCE);
  const at = (i: number) => located[i] as (typeof located)[number];

  it('should count detection, speakers and verbs over matched quotations', () => {
    const predicted: PredictedQuote[] = [
      { ...at(2), start: at(2).start + 5, speaker: 'Khan', verb: 'said' },
      { ...at(3), speaker: 'he', verb: 'said' },
      { ...at(4), speaker: 'Sadiq Khan', verb: null },
      { paragraph: 0, start: 0, end: 13, speaker: null, verb: null },
    ];
    const result = scoreArticleQuotes(located, predicted);
    expect(result.counts).toEqual({
      reference: 6,
      predicted: 4,
      matched: 3,
      speakerRight: 2,
      verbRight: 2,
      full: { reference: 5, matched: 3 },
      partial: { reference: 1, matched: 0 },
    });
    expect(result.missed.map((q) => q.reference.quote)).toEqual([
      'unacceptable',
      'Exactly this.',
      'Exactly this.',
    ]);
    expect(result.spurious).toEqual([predicted[3]]);
    const score = quoteScore(result.counts);
    expect(score.precision).toBeCloseTo(0.75);
    expect(score.recall).toBeCloseTo(0.5);
    expect(score.f1).toBeCloseTo(0.6);
    expect(score.speakerAccuracy).toBeCloseTo(2 / 3);
    expect(score.recallFull).toBeCloseTo(0.6);
    expect(score.recallPartial).toBe(0);
  });

  it('should add counts up and score nothing found in nothing as perfect', () => {
    const one = scoreArticleQuotes(located, []).counts;
    expect(addCounts(one, one).reference).toBe(12);
    expect(quoteScore(NO_COUNTS)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(quoteScore(one)).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });

  it('should refuse a reference that does not fit the paragraphs', () => {
    expect(() => locateReference(['no marks here'], REFERENCE)).toThrow(/not found/);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_DIFF_OPTIONS, type DiffOptions } from '../model';
import { words } from '../text/tokenize';
import {
  bagOverlap,
  findMarkedQuotes,
  findQuotes,
  hasInnerChange,
  MIN_QUOTE_WORDS,
  pairQuotes as pairQuoteSides,
  quoteSide,
  wordBag,
  WordPostings,
  type QuotePair,
} from './quotes';
import { wdiff } from './wdiff';

/**
 * Renders the quotations of a text as `[9, 43) we don’t accept` (offsets, then text), one
 * per line, and checks that each stands at its offsets in the text.
 */
function quotes(text: string): string {
  return findQuotes(text)
    .map((q) => {
      expect(text.slice(q.start, q.endExclusive)).toBe(q.text);
      return `[${q.start}, ${q.endExclusive}) ${q.text}`;
    })
    .join('\n');
}

/** {@link pairQuoteSides} of two texts. */
const pairQuotes = (a: string, b: string, options: DiffOptions) =>
  pairQuoteSides(quoteSide(a), b, options);

/** Share of the shorter quotation's words (as a multiset) that the other holds. */
const quoteOverlap = (a: string, b: string) => bagOverlap(wordBag(words(a)), wordBag(words(b)));

/** Renders quote pairs as `altered: Why are we surprised {+that +}when…`. */
const pairs = (list: ReadonlyArray<QuotePair>): string =>
  list.map((p) => `${p.altered ? 'altered' : 'same'}: ${wdiff(p.parts)}`).join('\n');

// Seed 000 (paragraph index 8) and seed 002 (paragraph index 7), verbatim: the same statement.
const SEED_000_QUOTE =
  '“Why are we surprised when whistleblowers don’t come forward if this is the attitude both ' +
  'the IOPC talked about and you’ve exemplified in relation to a blue-ticked account?”';
const SEED_002_PARAGRAPH =
  'When you have Met Police accounts amplifying information that is misleading, how is it ' +
  'possible for officers concerned about behavior of other officers to come forward? Why are ' +
  'we surprised that when whistleblowers don’t come forward if this is the attitude both IOPC ' +
  'talked about and from a blue ticked account?” he said.';

describe('findQuotes', () => {
  it('should find a quotation in curly double quotes', () => {
    expect(quotes('He said: “This is a quote that is long.” Then he left.')).toBe(
      '[10, 39) This is a quote that is long.',
    );
  });

  it('should find a quotation in straight double quotes', () => {
    expect(quotes('He said: "This is a quote that is long." Then he left.')).toBe(
      '[10, 39) This is a quote that is long.',
    );
  });

  it('should find quotations in curly and straight single quotes, apostrophes inside', () => {
    expect(quotes('He said ‘we don’t accept Khan’s view at all’ yesterday.')).toBe(
      '[9, 43) we don’t accept Khan’s view at all',
    );
    expect(quotes("He said 'we don't accept Khan's view at all' yesterday.")).toBe(
      "[9, 43) we don't accept Khan's view at all",
    );
  });

  it('should find low-9 and guillemet quotations', () => {
    expect(quotes('„Das ist eine lange Aussage“ sagte er.')).toBe(
      '[1, 27) Das ist eine lange Aussage',
    );
    expect(quotes('«C’est une longue citation» dit-il.')).toBe('[1, 26) C’est une longue citation');
  });

  it('should not start a quotation at an apostrophe', () => {
    expect(quotes("Khan's office said the claim isn't true and don't worry about it.")).toBe('');
    expect(quotes('Khan’s office said the claim isn’t true and don’t worry about it.')).toBe('');
    expect(quotes('the officers’ union said ‘this is a very bad decision’ yesterday')).toBe(
      '[26, 53) this is a very bad decision',
    );
  });

  it('should run a quotation left open at the paragraph end to the end (seed 000)', () => {
    const text =
      'Khan said: “When you have Met police accounts amplifying information that is ' +
      'misleading, how is it possible for officers concerned about behaviour of other ' +
      'officers to come forward?';
    expect(quotes(text)).toBe(`[12, ${text.length}) ${text.slice(12)}`);
  });

  it('should find a quotation that opens in an earlier paragraph and closes with ” (seed 002)', () => {
    const end = SEED_002_PARAGRAPH.indexOf('” he said.');
    expect(quotes(SEED_002_PARAGRAPH)).toBe(`[0, ${end}) ${SEED_002_PARAGRAPH.slice(0, end)}`);
  });

  it('should ignore short scare quotes', () => {
    expect(quotes('It was “unacceptable” and “shouldn’t have been shared”, she said.')).toBe(
      '[27, 53) shouldn’t have been shared',
    );
    expect(quotes('He said "they\'re wrong".')).toBe('');
    expect(quotes('one “two three four” five')).toBe('');
  });

  it('should find a quotation of MIN_QUOTE_WORDS words, not one word fewer', () => {
    const quoted = (n: number) =>
      `He said “${Array.from({ length: n }, (_, i) => `word${i}`).join(' ')}” today.`;
    expect(findQuotes(quoted(MIN_QUOTE_WORDS))).toHaveLength(1);
    expect(findQuotes(quoted(MIN_QUOTE_WORDS - 1))).toHaveLength(0);
  });

  it('should find several quotations in order', () => {
    expect(quotes('He wrote: “one two three four” and “five six seven eight”.')).toBe(
      '[11, 29) one two three four\n[36, 56) five six seven eight',
    );
  });

  it('should find nothing in empty or unquoted text', () => {
    expect(quotes('')).toBe('');
    expect(quotes('Sadiq Khan has been criticised by the Met.')).toBe('');
  });

  // Regression: an opening straight quote after narration was taken for an "unopened
  // closing mark" (the text was sliced up to the first quotation's inner start, so the
  // opening `"` ended the slice and matched `[”"](?=…|$)`); the narration before it became
  // a quotation. Seed 003 (straight quotes) has this paragraph.
  it('should not take the narration before a straight-quoted quotation as a quote (seed 003)', () => {
    expect(
      quotes(
        'Speaking to ITV News, Mr Khan said he had "made clear his anger and disgust" over the case.',
      ),
    ).toBe('[43, 75) made clear his anger and disgust');
  });

  // Straight quotes: a mark after a word closes, a mark before one opens, so a paragraph that
  // starts mid-quote does not pair its closing mark with the next quotation's opening one.
  it('should find a straight-quoted quotation after a mid-quote paragraph start', () => {
    expect(quotes('and we are wrong" he said, adding "another long quote goes here" too.')).toBe(
      '[0, 16) and we are wrong\n[35, 63) another long quote goes here',
    );
  });
});

describe('findMarkedQuotes', () => {
  const marked = (text: string) =>
    findMarkedQuotes(text).map((q) => {
      expect(text.slice(q.start, q.endExclusive)).toBe(q.text);
      return q.text;
    });

  it('should find short quotations too, which findQuotes leaves out', () => {
    expect(marked('It was “unacceptable”, the Met said, adding: “Exactly this.”')).toEqual([
      'unacceptable',
      'Exactly this.',
    ]);
  });

  it("should close a quotation with '' (two apostrophes) but not at an apostrophe written so", () => {
    expect(marked("\"We''re creating a new force,'' said the chairman, \"and more.\"")).toEqual([
      "We''re creating a new force,",
      'and more.',
    ]);
  });

  it('should keep marks nested in a quotation left open inside it', () => {
    const text = '“It was poor. A body called it ‘one of the worst’ – that is his fault.';
    expect(marked(text)).toEqual([text.slice(1)]);
  });

  it('should close a straight-quoted quotation before a word glued to its closing mark', () => {
    expect(marked('"We are fully confident in the business,"avid Thomson told them.')).toEqual([
      'We are fully confident in the business,',
    ]);
  });
});

describe('bagOverlap', () => {
  it('should be the share of the shorter quotation’s words found in the longer one', () => {
    expect(quoteOverlap('a b c d', 'a b x y z w')).toBe(0.5);
    expect(quoteOverlap('Why are we surprised', 'why are we SURPRISED now')).toBe(1);
  });

  it('should count repeated words as a multiset', () => {
    expect(quoteOverlap('no no no no', 'no yes maybe ok')).toBe(0.25);
  });

  it('should be 0 when either side has no words', () => {
    expect(quoteOverlap('', 'a b')).toBe(0);
    expect(quoteOverlap('…', 'a b')).toBe(0);
  });
});

describe('hasInnerChange', () => {
  it('should ignore changes before the first and after the last equal part', () => {
    expect(
      hasInnerChange([
        { kind: 'delete', base: 'Why are ' },
        { kind: 'equal', base: 'we said', other: 'we said' },
        { kind: 'delete', base: ' forward' },
      ]),
    ).toBe(false);
  });

  it('should see a change between equal parts', () => {
    expect(
      hasInnerChange([
        { kind: 'equal', base: 'a ', other: 'a ' },
        { kind: 'insert', other: 'that ' },
        { kind: 'equal', base: 'b', other: 'b' },
      ]),
    ).toBe(true);
  });

  it('should take a replacement at either end for an alteration, not a trim', () => {
    expect(
      hasInnerChange([
        {
          kind: 'equal',
          base: 'The board agreed over this ',
          other: 'The board agreed over this ',
        },
        { kind: 'replace', base: 'report.', other: 'decision.' },
      ]),
    ).toBe(true);
    expect(
      hasInnerChange([
        { kind: 'replace', base: 'Our ', other: 'The ' },
        { kind: 'equal', base: 'decision was final', other: 'decision was final' },
      ]),
    ).toBe(true);
  });

  it('should call a diff with no equal part changed unless it is empty', () => {
    expect(hasInnerChange([{ kind: 'replace', base: 'a', other: 'b' }])).toBe(true);
    expect(hasInnerChange([])).toBe(false);
  });
});

describe('pairQuotes', () => {
  it('should flag an inserted "that" as altered, with the diff showing it', () => {
    const result = pairQuotes(
      'He said: “Why are we surprised when whistleblowers don’t come forward?”',
      'He said: “Why are we surprised that when whistleblowers don’t come forward?”',
      DEFAULT_DIFF_OPTIONS,
    );
    expect(pairs(result)).toBe(
      'altered: Why are we surprised {+that +}when whistleblowers don’t come forward?',
    );
  });

  it('should flag the seed 000 / seed 002 whistleblower quotation as altered', () => {
    const [pair, ...rest] = pairQuotes(SEED_000_QUOTE, SEED_002_PARAGRAPH, DEFAULT_DIFF_OPTIONS);
    expect(rest).toEqual([]);
    expect(pair?.altered).toBe(true);
    expect(wdiff(pair?.parts ?? [])).toContain('Why are we surprised {+that +}when');
  });

  it('should not flag the same quotation in curly and straight quotes', () => {
    const result = pairQuotes(
      'He said: “Why are we surprised when whistleblowers don’t come forward?”',
      `He said: "Why are we surprised when whistleblowers don't come forward?"`,
      DEFAULT_DIFF_OPTIONS,
    );
    expect(result.map((p) => p.altered)).toEqual([false]);
  });

  it('should not flag a quotation one outlet merely trims', () => {
    const result = pairQuotes(
      'He said: “Why are we surprised when whistleblowers don’t come forward?”',
      'He said: “we surprised when whistleblowers don’t come”',
      DEFAULT_DIFF_OPTIONS,
    );
    expect(result.map((p) => p.altered)).toEqual([false]);
  });

  it("should not flag an apostrophe one outlet doubles (We''re, as SQL escapes it)", () => {
    const result = pairQuotes(
      `He said: "We''re creating a new force in a world of many sources."`,
      'He said: “We’re creating a new force in a world of many sources.”',
      DEFAULT_DIFF_OPTIONS,
    );
    expect(result.map((p) => p.altered)).toEqual([false]);
  });

  it('should always ignore punctuation inside quotations', () => {
    const a = 'He said: “Why are we surprised, when whistleblowers come forward?”';
    const b = 'He said: “Why are we surprised when whistleblowers come forward”';
    expect(pairQuotes(a, b, DEFAULT_DIFF_OPTIONS).map((p) => p.altered)).toEqual([false]);
  });

  it('should see a change of case inside the quotation only when ignoreCase is off', () => {
    const a = 'He said: “Why are we surprised when the Met Police come forward?”';
    const b = 'He said: “Why are we surprised when the met police come forward?”';
    expect(pairQuotes(a, b, DEFAULT_DIFF_OPTIONS).map((p) => p.altered)).toEqual([true]);
    expect(
      pairQuotes(a, b, { ...DEFAULT_DIFF_OPTIONS, ignoreCase: true }).map((p) => p.altered),
    ).toEqual([false]);
  });

  it('should not pair quotations that merely share a few words', () => {
    expect(
      pairQuotes(
        'He said: “we will not resign over this matter today”',
        'She said: “the force will publish its report in the spring”',
        DEFAULT_DIFF_OPTIONS,
      ),
    ).toEqual([]);
  });

  it('should pair one to one, best overlap first, in the first text’s order', () => {
    const a = 'First “alpha beta gamma delta epsilon” then “one two three four five”.';
    const b = 'Here “one two three four five” and “alpha beta gamma delta zeta”.';
    expect(pairs(pairQuotes(a, b, DEFAULT_DIFF_OPTIONS))).toBe(
      'altered: alpha beta gamma delta [-epsilon-]{+zeta+}\nsame: one two three four five',
    );
  });

  // Regression (impact of the findQuotes bug above): narration before a straight-quoted
  // quotation was paired and flagged as an altered quote.
  it('should not flag narration before straight quotes as an altered quote (seed 003)', () => {
    const result = pairQuotes(
      'Speaking to ITV News, Mr Khan said he had "made clear his anger and disgust" over it.',
      'Speaking to ITV, Mr Khan said he had "made clear his anger and disgust" over it.',
      DEFAULT_DIFF_OPTIONS,
    );
    expect(pairs(result)).toBe('same: made clear his anger and disgust');
  });

  it('should pair thousands of quotations without comparing each with every other (issue 9)', () => {
    const quote = (i: number, verb: string) =>
      `Reporter ${i} wrote: “Statement ${i} on topic ${i * 7} was ${verb} clearly by ${i + 3}.”`;
    const a = Array.from({ length: 3000 }, (_, i) => quote(i, 'made')).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) =>
      quote(2999 - i, i === 0 ? 'put' : 'made'),
    ).join(' ');
    // The work: every word of b's quotations looked up in a's index once, and the quotations
    // it leads to (a word as common as "statement" leads to none) compared.
    const holders = vi.spyOn(WordPostings.prototype, 'holders');
    const result = pairQuotes(a, b, DEFAULT_DIFF_OPTIONS);
    const lookups = holders.mock.calls.length;
    const compared = holders.mock.results.reduce(
      (n, r) => n + (Array.isArray(r.value) ? (r.value as ReadonlyArray<number>).length : 0),
      0,
    );
    holders.mockRestore();
    expect(result).toHaveLength(3000);
    expect(result.every((p) => p.a.text === p.b.text || p.a.text.includes('2999'))).toBe(true);
    expect(result.filter((p) => p.altered).map((p) => p.a.text)).toEqual([
      'Statement 2999 on topic 20993 was made clearly by 3002.',
    ]);
    // Ten words a quotation; all with all would be 9 million comparisons (most of a minute).
    expect(lookups).toBeLessThanOrEqual(3000 * 10);
    expect(compared).toBeGreaterThan(0);
    expect(compared).toBeLessThan(3000 * 10);
  });
});

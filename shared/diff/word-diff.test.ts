import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_DIFF_OPTIONS, type DiffOptions, type DiffPart } from '../model';
import { splitParagraphs } from '../load/segment';
import {
  coalesce,
  detachTrailingSpace,
  diffUnits,
  MAX_EDIT_LENGTH,
  mergeIntoPhrases,
  sameness,
  sentencePieces,
  unchangedParts,
  unitSameness,
  wordCount,
  wordDiff,
  wordDiffOfUnits,
} from './word-diff';
import { wdiff } from './wdiff';
import { mulberry32 } from '../util/random';
import { randomTexts } from '../testing/random-texts';
import { foldQuotes } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import type * as Myers from './myers';

/** The lengths of the two lists of each `diffLists` call, to count the diffs' work. */
const diffListsCalls: Array<readonly [number, number]> = [];
vi.mock('./myers', async (original) => {
  const myers = await original<typeof Myers>();
  return {
    ...myers,
    diffLists: ((a, b, maxEditLength) => {
      diffListsCalls.push([a.length, b.length]);
      return myers.diffLists(a, b, maxEditLength);
    }) as typeof myers.diffLists,
  };
});

const diff = (a: string, b: string, options: Partial<DiffOptions> = {}): string =>
  wdiff(wordDiff(a, b, { ...DEFAULT_DIFF_OPTIONS, ...options }).parts);

const baseSide = (parts: ReadonlyArray<DiffPart>): string =>
  parts.map((p) => (p.kind === 'insert' ? '' : p.base)).join('');
const otherSide = (parts: ReadonlyArray<DiffPart>): string =>
  parts.map((p) => (p.kind === 'delete' ? '' : p.other)).join('');

/** All 16 combinations of the four options. */
const ALL_OPTIONS: ReadonlyArray<DiffOptions> = Array.from({ length: 16 }, (_, m) => ({
  ignoreCase: (m & 1) !== 0,
  ignorePunctuation: (m & 2) !== 0,
  normalizeQuotes: (m & 4) !== 0,
  ignoreWhitespace: (m & 8) !== 0,
}));

const prng = mulberry32;

const SEEDS = [
  '000_69ff7826295806f7',
  '001_38ebe0a01ef43257',
  '002_3b328d8baaee954f',
  '003_a3dc487f3a2c3275',
  '004_165cb968de743235',
];
const PARAGRAPHS: ReadonlyArray<string> = SEEDS.flatMap((name) =>
  splitParagraphs(readFileSync(new URL(`../../seeds/${name}.txt`, import.meta.url), 'utf8')),
);

/**
 * A random perturbation of a paragraph: word swaps, deletions, insertions, plus the
 * differences the options are about (case, punctuation, quote style, whitespace).
 */
function perturb(text: string, next: () => number): string {
  const pieces = text.split(/(\s+)/u);
  const pick = (n: number): number => Math.floor(next() * n);
  const edits = 1 + pick(6);
  for (let e = 0; e < edits; e++) {
    const i = pick(pieces.length);
    const j = pick(pieces.length);
    const donor = PARAGRAPHS[pick(PARAGRAPHS.length)]?.split(/\s+/u) ?? [];
    switch (pick(8)) {
      case 0: // swap two pieces
        [pieces[i], pieces[j]] = [pieces[j] ?? '', pieces[i] ?? ''];
        break;
      case 1: // delete
        pieces.splice(i, 2);
        break;
      case 2: // insert a word from another paragraph
        pieces.splice(i, 0, donor[pick(donor.length)] ?? 'word', ' ');
        break;
      case 3: // change case
        pieces[i] = (pieces[i] ?? '').toUpperCase();
        break;
      case 4: // change quote style
        pieces[i] = (pieces[i] ?? '').replace(/[“”]/gu, '"').replace(/’/gu, "'");
        break;
      case 5: // change whitespace
        pieces.splice(i, 0, next() < 0.5 ? '\n' : '  ');
        break;
      case 6: // add punctuation
        pieces[i] = `${pieces[i] ?? ''},`;
        break;
      default: // replace a run of pieces with another paragraph's words
        pieces.splice(i, pick(6), ...donor.slice(0, pick(5)).flatMap((w) => [w, ' ']));
    }
  }
  return pieces.join('');
}

describe('diffUnits', () => {
  it('should be lossless under every option combination', () => {
    const texts = [
      ...PARAGRAPHS,
      '',
      '  leading and trailing  ',
      '“Quoted,” he said.\r\n\r\nNext\u00a0line…\n',
      '... — !',
    ];
    for (const options of ALL_OPTIONS) {
      for (const text of texts) {
        expect(
          diffUnits(text, options)
            .map((u) => u.text)
            .join(''),
        ).toBe(text);
      }
    }
  });

  it('should glue whitespace onto the unit before it', () => {
    const units = diffUnits('The cat,  sat', DEFAULT_DIFF_OPTIONS);
    expect(units.map((u) => JSON.stringify(u.text)).join(' ')).toBe('"The " "cat" ",  " "sat"');
  });

  it('should glue punctuation too when ignoring punctuation', () => {
    const units = diffUnits('“The cat,” sat', { ...DEFAULT_DIFF_OPTIONS, ignorePunctuation: true });
    expect(units.map((u) => `${u.text}=${u.key}`).join('|')).toBe('“The =The|cat,” =cat|sat=sat');
  });

  it('should give a whitespace-only text one unit with an empty key', () => {
    const units = diffUnits('  \n', DEFAULT_DIFF_OPTIONS);
    expect(units.map((u) => `${JSON.stringify(u.text)}=${JSON.stringify(u.key)}`)).toEqual([
      '"  \\n"=""',
    ]);
  });

  it('should mark words, not punctuation, as words', () => {
    const units = diffUnits('Met, police', DEFAULT_DIFF_OPTIONS);
    expect(units.map((u) => u.isWord)).toEqual([true, false, true]);
  });

  it('should make the units the tokens define, under every option combination (random texts)', () => {
    // The definition: each token that the options do not ignore opens a unit; ignored ones
    // ride on the unit before (white space in its key when white space counts), or on the
    // first unit.
    const byTokens = (text: string, options: DiffOptions) => {
      const units: { text: string; key: string; isWord: boolean }[] = [];
      let pending = '';
      for (const token of tokenize(text)) {
        const last = units[units.length - 1];
        if (token.kind === 'space' || (options.ignorePunctuation && token.kind === 'punct')) {
          if (last) {
            last.text += token.text;
            last.key += token.kind === 'space' && !options.ignoreWhitespace ? token.text : '';
          } else {
            pending += token.text;
          }
          continue;
        }
        const folded = options.normalizeQuotes ? foldQuotes(token.text) : token.text;
        const key = options.ignoreCase ? folded.toLowerCase() : folded;
        units.push({ text: pending + token.text, key, isWord: token.kind === 'word' });
        pending = '';
      }
      return pending ? [...units, { text: pending, key: '', isWord: false }] : units;
    };
    const alphabet = ['A', 'b', ' ', '  ', '\n', ',', '“', '’', "'", '🙂', 'é', '\u2009'];
    for (const text of randomTexts(alphabet, { seed: 61, count: 3000, maxPieces: 12, rare: 2 })) {
      for (const options of ALL_OPTIONS) {
        expect(diffUnits(text, options), JSON.stringify(text)).toEqual(byTokens(text, options));
      }
    }
  });
});

describe('wordDiff', () => {
  it('should diff a changed word', () => {
    expect(diff('The cat sat on the mat.', 'The dog sat on the mat.')).toBe(
      'The [-cat-]{+dog+} sat on the mat.',
    );
  });

  it('should give one replace part for a reworded phrase, not confetti', () => {
    const { parts } = wordDiff(
      'Scotland Yard has been forced to admit it was wrong',
      'Scotland Yard has issued an apology saying it was wrong',
      DEFAULT_DIFF_OPTIONS,
    );
    expect(wdiff(parts)).toBe(
      'Scotland Yard has [-been forced to admit-]{+issued an apology saying+} it was wrong',
    );
    expect(parts.filter((p) => p.kind !== 'equal')).toHaveLength(1);
  });

  it('should keep shared content words visible (seed 003 headline vs lead)', () => {
    expect(
      diff(
        'Sadiq Khan denies giving ultimatum to Cressida Dick that forced Met Police chief to quit',
        'London mayor Sadiq Khan has denied giving an ultimatum to commissioner Cressida Dick ' +
          'demanding she get rid officers involved in the Charing Cross scandal or face suspension herself.',
      ),
    ).toBe(
      '{+London mayor +}Sadiq Khan [-denies-]{+has denied+} giving {+an +}ultimatum to ' +
        '{+commissioner +}Cressida Dick [-that forced Met Police chief to quit-]' +
        '{+demanding she get rid officers involved in the Charing Cross scandal or face suspension herself.+}',
    );
  });

  it('should give a single equal part and sameness 1 for identical texts', () => {
    const text = PARAGRAPHS[0] ?? '';
    const result = wordDiff(text, text, DEFAULT_DIFF_OPTIONS);
    expect(result.parts).toEqual([{ kind: 'equal', base: text, other: text }]);
    expect(sameness(result.parts)).toBe(1);
    expect(result.hitLimit).toBe(false);
  });

  it('should insert everything against an empty base, and delete everything against an empty other', () => {
    expect(diff('', 'Some text.')).toBe('{+Some text.+}');
    expect(diff('Some text.', '')).toBe('[-Some text.-]');
    expect(wordDiff('', '', DEFAULT_DIFF_OPTIONS).parts).toEqual([]);
    expect(sameness(wordDiff('', 'Some text.', DEFAULT_DIFF_OPTIONS).parts)).toBe(0);
  });

  describe('ignoreCase', () => {
    it('should treat "Met" and "met" alike when on', () => {
      expect(diff('The Met said', 'The met said', { ignoreCase: true })).toBe(
        '[=The Met said|The met said=]',
      );
    });

    it('should show a case change when off', () => {
      expect(diff('The Met said', 'The met said', { ignoreCase: false })).toBe(
        'The [-Met-]{+met+} said',
      );
    });
  });

  describe('ignorePunctuation', () => {
    it('should treat "officers," and "officers" alike when on', () => {
      expect(diff('officers, who said', 'officers who said', { ignorePunctuation: true })).toBe(
        '[=officers, who said|officers who said=]',
      );
    });

    it('should show a dropped comma when off', () => {
      expect(diff('officers, who said', 'officers who said', { ignorePunctuation: false })).toBe(
        '[=officers|officers =][-, -]who said',
      );
    });
  });

  describe('normalizeQuotes', () => {
    const curly = 'It was “unacceptable” and shouldn’t';
    const straight = `It was "unacceptable" and shouldn't`;

    it('should treat curly and straight quotes alike when on', () => {
      const { parts } = wordDiff(curly, straight, {
        ...DEFAULT_DIFF_OPTIONS,
        normalizeQuotes: true,
      });
      expect(parts.map((p) => p.kind)).toEqual(['equal']);
      expect(sameness(parts)).toBe(1);
    });

    it('should show the quote style when off', () => {
      expect(diff(curly, straight, { normalizeQuotes: false })).toBe(
        `It was [-“-]{+"+}unacceptable[-” and shouldn’t-]{+" and shouldn't+}`,
      );
    });
  });

  describe('ignoreWhitespace', () => {
    it('should treat double spaces and line breaks as a space when on', () => {
      expect(diff('a  b\nc', 'a b c', { ignoreWhitespace: true })).toBe('[=a  b\nc|a b c=]');
    });

    it('should show a line break that became a space when off', () => {
      const { parts } = wordDiff('a\nb c', 'a b c', {
        ...DEFAULT_DIFF_OPTIONS,
        ignoreWhitespace: false,
      });
      expect(parts.some((p) => p.kind !== 'equal')).toBe(true);
    });

    // Regression: with the option off, whitespace runs used to be keyed as a single ' ' (or
    // '\n'), so the amount of whitespace was never compared.
    it('should show a double space that became single when off', () => {
      expect(diff('a  b c', 'a b c', { ignoreWhitespace: false })).toBe('[-a  -]{+a +}b c');
    });

    // Regression: detachTrailingSpace used to move a whitespace-only change out of the
    // replacement into the following equal part, giving `[-a-]{+a+}` and an "equal" part
    // with base "\nb c" and other " b c".
    it('should not hide a whitespace change inside an equal part when off', () => {
      const { parts } = wordDiff('a\nb c', 'a b c', {
        ...DEFAULT_DIFF_OPTIONS,
        ignoreWhitespace: false,
      });
      expect(wdiff(parts)).toBe('[-a\n-]{+a +}b c');
      expect(parts.filter((p) => p.kind === 'replace' && p.base === p.other)).toEqual([]);
    });
  });

  it('should rebuild both texts from the parts (seeded random perturbations of the seeds)', () => {
    const next = prng(42);
    for (let i = 0; i < 300; i++) {
      const a = PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)] ?? '';
      const b = perturb(a, next);
      const options = ALL_OPTIONS[Math.floor(next() * ALL_OPTIONS.length)] ?? DEFAULT_DIFF_OPTIONS;
      const { parts, hitLimit } = wordDiff(a, b, options);
      const context = JSON.stringify({ a, b, options });
      expect(hitLimit, context).toBe(false);
      expect(baseSide(parts), context).toBe(a);
      expect(otherSide(parts), context).toBe(b);
      // Swapping the roles rebuilds them too.
      const back = wordDiff(b, a, options).parts;
      expect(baseSide(back), context).toBe(b);
      expect(otherSide(back), context).toBe(a);
    }
  });

  it('should produce well-formed parts (seeded random perturbations of the seeds)', () => {
    const next = prng(4242);
    for (let i = 0; i < 300; i++) {
      const a = PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)] ?? '';
      const b = perturb(a, next);
      const { parts } = wordDiff(a, b, DEFAULT_DIFF_OPTIONS);
      const context = JSON.stringify({ a, b });
      // No empty parts, no two equal parts in a row, no two changes in a row.
      for (const [k, p] of parts.entries()) {
        expect(baseSide([p]) + otherSide([p]), context).not.toBe('');
        const q = parts[k + 1];
        expect(q !== undefined && (p.kind === 'equal') === (q.kind === 'equal'), context).toBe(
          false,
        );
      }
      const s = sameness(parts);
      expect(s >= 0 && s <= 1, context).toBe(true);
    }
  });

  it('should only call equal what is equal under the options (seeded perturbations)', () => {
    const next = prng(777);
    const keys = (text: string, options: DiffOptions): string =>
      diffUnits(text, options)
        .map((u) => u.key)
        .join('\u0000');
    for (let i = 0; i < 200; i++) {
      const a = PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)] ?? '';
      const b = perturb(a, next);
      // Whitespace is left out of the keys here: see the ignoreWhitespace bugs above.
      const options = { ...ALL_OPTIONS[Math.floor(next() * 8)]!, ignoreWhitespace: true };
      for (const p of wordDiff(a, b, options).parts) {
        if (p.kind === 'equal') {
          expect(keys(p.base, options), JSON.stringify({ a, b, options })).toBe(
            keys(p.other, options),
          );
        }
      }
    }
  });

  it('should rebuild two texts that differ everywhere', () => {
    const a = 'Alpha beta, gamma.\n\nDelta!';
    const b = '  “Epsilon” zeta\r\neta… ';
    for (const options of ALL_OPTIONS) {
      const { parts } = wordDiff(a, b, options);
      expect(baseSide(parts)).toBe(a);
      expect(otherSide(parts)).toBe(b);
    }
  });

  it('should give up with hitLimit on two huge unrelated texts, still rebuilding both', () => {
    // Distinct words on both sides: the edit length is the total unit count, just over the limit.
    const size = Math.ceil(MAX_EDIT_LENGTH / 2) + 50;
    const a = Array.from({ length: size }, (_, i) => `alpha${i}`).join(' ');
    const b = Array.from({ length: size }, (_, i) => `beta${i}`).join(' ');
    const result = wordDiff(a, b, DEFAULT_DIFF_OPTIONS);
    expect(result.hitLimit).toBe(true);
    expect(result.parts).toEqual([{ kind: 'replace', base: a, other: b }]);
  });

  it('should be deterministic', () => {
    const next = prng(1);
    for (let i = 0; i < 20; i++) {
      const a = PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)] ?? '';
      const b = perturb(a, next);
      expect(wordDiff(a, b, DEFAULT_DIFF_OPTIONS)).toEqual(wordDiff(a, b, DEFAULT_DIFF_OPTIONS));
    }
  });
});

describe('wordDiff on long texts (issue 9: sentence-sized pieces)', () => {
  // 3,000 sentences (some 40,000 words); every fourth one reworded in the other text. Word
  // by word that is far over MAX_EDIT_LENGTH differences: it used to give up after seconds
  // and show the whole text as one replacement.
  const sentences = Array.from(
    { length: 3000 },
    (_, i) => `Sentence ${i} says that the council met on day ${i % 7} to discuss item ${i}.`,
  );
  const base = sentences.join(' ');
  const other = sentences
    .map((s, i) => (i % 4 === 0 ? s.replace('met on day', 'gathered in week') : s))
    .join(' ');

  it('should diff them sentence by sentence, then word by word, losing nothing', () => {
    diffListsCalls.length = 0;
    const result = wordDiff(base, other, DEFAULT_DIFF_OPTIONS);
    const calls = [...diffListsCalls];
    expect(result.hitLimit).toBe(false);
    expect(baseSide(result.parts)).toBe(base);
    expect(otherSide(result.parts)).toBe(other);
    const changes = result.parts.filter((p) => p.kind !== 'equal');
    expect(changes).toHaveLength(750);
    expect(changes[0]).toEqual({ kind: 'replace', base: 'met on day', other: 'gathered in week' });
    // The work: one diff of the 3,000 sentences a side, then one of each reworded sentence
    // (a sentence is 16 units a side); word by word, one diff of 44,000 units a side.
    expect(calls[0]).toEqual([3000, 3000]);
    expect(calls.slice(1)).toHaveLength(750);
    expect(calls.slice(1).every(([a, b]) => a <= 16 && b <= 16)).toBe(true);
  });

  it('should cut at sentence ends, closing quotes included', () => {
    const units = diffUnits('He said “Yes.” Then left. Done', DEFAULT_DIFF_OPTIONS);
    expect(sentencePieces(units).map((p) => p.map((u) => u.text).join(''))).toEqual([
      'He said “Yes.” ',
      'Then left. ',
      'Done',
    ]);
  });
});

describe('wordDiffOfUnits', () => {
  it('should equal wordDiff on the same texts', () => {
    const a = PARAGRAPHS[1] ?? '';
    const b = PARAGRAPHS[2] ?? '';
    expect(
      wordDiffOfUnits(diffUnits(a, DEFAULT_DIFF_OPTIONS), diffUnits(b, DEFAULT_DIFF_OPTIONS)),
    ).toEqual(wordDiff(a, b, DEFAULT_DIFF_OPTIONS));
  });
});

describe('unchangedParts', () => {
  it('should equal the word diff of a text with itself, under every option', () => {
    const texts = [...PARAGRAPHS, '', ' ', '“Yes,” she said.\n\n', '  — ', 'Né à Zürich'];
    for (const text of texts) {
      for (const ignorePunctuation of [false, true]) {
        for (const ignoreWhitespace of [false, true]) {
          const options = { ...DEFAULT_DIFF_OPTIONS, ignorePunctuation, ignoreWhitespace };
          expect(unchangedParts(text)).toEqual(wordDiff(text, text, options).parts);
        }
      }
    }
  });
});

describe('coalesce', () => {
  it('should merge adjacent changes into one replace and adjacent equalities into one', () => {
    expect(
      wdiff(
        coalesce([
          { kind: 'delete', base: 'a ' },
          { kind: 'insert', other: 'b ' },
          { kind: 'delete', base: 'c ' },
          { kind: 'equal', base: 'x', other: 'x' },
          { kind: 'equal', base: 'y', other: 'y' },
          { kind: 'insert', other: 'z' },
        ]),
      ),
    ).toBe('[-a c -]{+b +}xy{+z+}');
  });

  it('should drop empty equalities', () => {
    expect(coalesce([{ kind: 'equal', base: '', other: '' }])).toEqual([]);
  });
});

describe('mergeIntoPhrases', () => {
  it('should fold function-word glue between two changes into one replacement', () => {
    expect(
      wdiff(
        mergeIntoPhrases([
          { kind: 'replace', base: 'forced ', other: 'issued ' },
          { kind: 'equal', base: 'to ', other: 'to ' },
          { kind: 'replace', base: 'admit ', other: 'an apology ' },
          { kind: 'equal', base: 'it', other: 'it' },
        ]),
      ),
    ).toBe('[-forced to admit -]{+issued to an apology +}it');
  });

  it('should keep a shared content word between one-word changes', () => {
    expect(
      wdiff(
        mergeIntoPhrases([
          { kind: 'replace', base: 'denies ', other: 'rejects ' },
          { kind: 'equal', base: 'giving ', other: 'giving ' },
          { kind: 'replace', base: 'orders', other: 'ultimatums' },
        ]),
      ),
    ).toBe('[-denies -]{+rejects +}giving [-orders-]{+ultimatums+}');
  });
});

describe('detachTrailingSpace', () => {
  it('should move whitespace ending both sides of a replacement into the next equality', () => {
    expect(
      wdiff(
        detachTrailingSpace([
          { kind: 'replace', base: 'forced ', other: 'made ' },
          { kind: 'equal', base: 'to', other: 'to' },
        ]),
      ),
    ).toBe('[-forced-]{+made+} to');
  });

  it('should leave a replacement that is only whitespace alone', () => {
    const parts: ReadonlyArray<DiffPart> = [
      { kind: 'replace', base: ' ', other: 'new ' },
      { kind: 'equal', base: 'to', other: 'to' },
    ];
    expect(detachTrailingSpace(parts)).toEqual(parts);
  });
});

describe('sameness', () => {
  it('should be the share of equal words relative to the longer side', () => {
    expect(sameness(wordDiff('a b c d', 'a b x d', DEFAULT_DIFF_OPTIONS).parts)).toBe(0.75);
    expect(sameness(wordDiff('a b', 'a b c d', DEFAULT_DIFF_OPTIONS).parts)).toBe(0.5);
  });

  it('should be 1 for two empty texts', () => {
    expect(sameness([])).toBe(1);
  });
});

describe('unitSameness', () => {
  it('should equal the sameness of the parts, under every option', () => {
    const next = mulberry32(42);
    for (let n = 0; n < 400; n++) {
      const a = PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)] ?? '';
      const b =
        next() < 0.1
          ? (PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)] ?? '')
          : perturb(a, next);
      const options = ALL_OPTIONS[n % ALL_OPTIONS.length] ?? DEFAULT_DIFF_OPTIONS;
      const unitsA = diffUnits(a, options);
      const unitsB = diffUnits(b, options);
      const { parts } = wordDiffOfUnits(unitsA, unitsB, options.ignoreWhitespace);
      expect(unitSameness(parts, unitsA, unitsB)).toBe(sameness(parts));
    }
    const none = diffUnits('', DEFAULT_DIFF_OPTIONS);
    expect(unitSameness([], none, none)).toBe(1);
  });
});

describe('wordCount', () => {
  it('should count words, not punctuation or spaces', () => {
    expect(wordCount('“Exactly this,” he said — 31,000 times.')).toBe(6);
  });
});

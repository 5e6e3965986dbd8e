import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_VERBS } from './lexicon';
import {
  endsPhraseAfter,
  lastClauseComma,
  lastRuns,
  lastWord,
  mainClauseStart,
  sentenceSubject,
  verbSpeaker,
} from './speakers';
import { splitOnWhiteSpace } from '../text/white-space';
import { findTerms } from './terms';
import { randomTexts } from '../testing/random-texts';

/** The speaker phrase each attribution verb of a sentence gives (quotations already blanked). */
function speakers(narration: string): ReadonlyArray<string> {
  const sentence = { start: 0, endExclusive: narration.length };
  const out: Array<{ hit: ReturnType<typeof findTerms<string>>[number]; speaker: string | null }> =
    [];
  for (const hit of findTerms(narration, ATTRIBUTION_VERBS)) {
    const previous = out[out.length - 1];
    const speaker = verbSpeaker(
      narration,
      sentence,
      hit as Parameters<typeof verbSpeaker>[2],
      previous as Parameters<typeof verbSpeaker>[3],
    );
    out.push({ hit, speaker });
  }
  return out.map((a) => `${a.hit.text}: ${a.speaker ?? '-'}`);
}

describe('verbSpeaker', () => {
  it('should take the subject, skipping asides, ages, auxiliaries and adverbs', () => {
    expect(
      speakers('Reuters chief Tom Ellis, 47, who will head the group, has also said “   ”.'),
    ).toEqual(['said: Reuters chief Tom Ellis']);
    expect(speakers('Several hours later, a spokesperson for the council said “   ”.')).toEqual([
      'said: a spokesperson for the council',
    ]);
    expect(speakers('Nurses , however, expressed concern and claimed “   ”.')).toEqual([
      'claimed: Nurses',
    ]);
  });

  it('should take the name after the verb right after a quotation', () => {
    expect(speakers('“      ,” said Norden Bank analyst Lisa Marsh.')).toEqual([
      'said: Norden Bank analyst Lisa Marsh',
    ]);
  });

  it('should give a relative pronoun its antecedent and a coordinated verb the subject before', () => {
    expect(
      speakers('Mr Bell also hit back at the Nurses Federation who said they had “   ”.'),
    ).toEqual(['hit back: Mr Bell', 'said: the Nurses Federation']);
    expect(speakers('The Met Police account quote-tweeted it and added the words “   ”.')).toEqual([
      'added: The Met Police account',
    ]);
  });

  it('should give a passive its agent or nobody, and an infinitive nobody', () => {
    expect(speakers('The post was described as “  ” by a council spokesman.')).toEqual([
      'described: a council spokesman',
    ]);
    expect(speakers('It was reported that the post “   ”.')).toEqual(['reported: -']);
    expect(speakers('The council admitted it was wrong to criticise the mayor.')).toEqual([
      'admitted: The council',
      'criticise: -',
    ]);
  });
});

describe('sentenceSubject', () => {
  it('should skip leading clauses and participles to the main subject', () => {
    const s = 'As the defendant wept, hugging his lawyers, Judge Alan Crane praised the jurors.';
    expect(sentenceSubject(s)).toBe('Judge Alan Crane');
    expect(s.slice(mainClauseStart(s)).startsWith('Judge')).toBe(true);
    expect(sentenceSubject('In September he tried to blame the staff.')).toBe('he');
  });
});

describe('lastWord', () => {
  it('should find what /\\s*\\b(\\p{L}+)$/u finds, on any text', () => {
    // Letters ASCII or not (astral ones too), digits and "_" (word characters for \b),
    // white space of several kinds, punctuation, an astral symbol, a lone surrogate.
    const alphabet = [
      'a',
      'Z',
      'é',
      'ß',
      '𝐀',
      '0',
      '_',
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      ',',
      '.',
      '-',
      '’',
      '😀',
      '\ud800',
    ];
    for (const text of randomTexts(alphabet, { seed: 12345, count: 20000, maxPieces: 14 })) {
      const m = /\s*\b(\p{L}+)$/u.exec(text);
      expect(lastWord(text), JSON.stringify(text)).toEqual(
        m === null ? null : { index: m.index, word: m[1] },
      );
    }
    expect(lastWord('He has also')).toEqual({ index: 6, word: 'also' });
  });
});

describe('lastRuns', () => {
  it('should give the last runs between white space, as splitting the whole text does', () => {
    const alphabet = ['a', 'Z', 'é', ' ', '\t', '\n', '\u00a0', '\u2003', ',', '.', '’', '😀'];
    for (const text of randomTexts(alphabet, { seed: 777, count: 5000, maxPieces: 14 })) {
      for (const n of [1, 2, 3]) {
        expect(lastRuns(text, n), JSON.stringify(text)).toEqual(splitOnWhiteSpace(text).slice(-n));
      }
    }
  });
});

describe('lastClauseComma', () => {
  it('should find the last comma not followed by a digit, as the pattern does', () => {
    const alphabet = [',', '1', '0', 'a', ' ', '.', '’'];
    for (const text of randomTexts(alphabet, { seed: 4242, count: 5000, maxPieces: 10 })) {
      expect(lastClauseComma(text), JSON.stringify(text)).toBe(
        [...text.matchAll(/,(?!\d)/gu)].pop()?.index ?? -1,
      );
    }
  });
});

describe('mainClauseStart', () => {
  it('should skip up to three leading clauses, white space after their commas included', () => {
    const from = (s: string) => s.slice(mainClauseStart(s));
    expect(from('  When it rained,\u00a0 after a while,  Sam left.')).toBe('Sam left.');
    expect(from('Speaking on Monday, 31,000 people, he said.')).toBe('31,000 people, he said.');
    expect(from('After it, and then, when, at last, he said.')).toBe('at last, he said.');
    expect(from('The mayor, who spoke, left.')).toBe('The mayor, who spoke, left.');
    expect(from('  Despite 31,000 votes')).toBe('Despite 31,000 votes');
    expect(mainClauseStart('')).toBe(0);
    expect(mainClauseStart('   ')).toBe(3);
  });
});

describe('endsPhraseAfter', () => {
  it('should see a mark that ends the phrase after a verb, spaces aside, and nothing else', () => {
    expect(endsPhraseAfter(' the protesters outside.')).toBe(true);
    expect(endsPhraseAfter(' Sadiq Khan,  ')).toBe(true);
    expect(endsPhraseAfter(' “   ”')).toBe(true);
    expect(endsPhraseAfter(' the protesters outside')).toBe(false);
    expect(endsPhraseAfter('')).toBe(false);
  });
});

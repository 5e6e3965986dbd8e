import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_VERBS, LOADED_TERMS, mergeLexicon, type LexiconEntry } from './lexicon';
import { findTerms, wordKey, wordTokens } from './terms';
import { randomTexts } from '../testing/random-texts';

const found = <C extends string>(text: string, lexicon: ReadonlyArray<LexiconEntry<C>>) =>
  findTerms(text, lexicon).map((h) => `${h.term}=${h.text}`);

describe('findTerms', () => {
  it('should match verbs in their own conjugation and prefer phrases over the words inside them', () => {
    expect(
      found(
        'He was forced to admit it; she admitted it too, denies it and hits back.',
        ATTRIBUTION_VERBS,
      ),
    ).toEqual([
      'forced to admit=forced to admit',
      'admit=admitted',
      'deny=denies',
      'hit back=hits back',
    ]);
    expect(found('She said so, says so, is saying so and told us.', ATTRIBUTION_VERBS)).toEqual([
      'say=said',
      'say=says',
      'say=saying',
      'tell=told',
    ]);
  });

  it('should match hyphenated and dotted terms as written (the built-in "so-called", user terms)', () => {
    const text =
      'The so-called review of the so-called rules was so-called “fair”; so-called, indeed.';
    expect(found(text, LOADED_TERMS)).toEqual(Array(4).fill('so-called=so-called'));
    const user = mergeLexicon(LOADED_TERMS, [
      { term: 'blue-ticked', category: 'evaluative' },
      { term: 'U.S.-backed', category: 'evaluative' },
    ]);
    expect(found('A blue-ticked account praised the U.S.-backed plan.', user)).toEqual([
      'blue-ticked=blue-ticked',
      'u.s.-backed=U.S.-backed',
    ]);
  });

  it('should give the built-in lexicon itself when the user adds nothing (compiled once for every run)', () => {
    expect(mergeLexicon(LOADED_TERMS, [])).toBe(LOADED_TERMS);
    expect(mergeLexicon(ATTRIBUTION_VERBS, [])).toBe(ATTRIBUTION_VERBS);
  });

  it('should not count "reported", a neutral reporting verb, as loaded language', () => {
    expect(found('The Times reported that the deal was reportedly close.', LOADED_TERMS)).toEqual([
      'reportedly=reportedly',
    ]);
  });

  it('should match a term in its own inflections, not every word that shares its stem', () => {
    expect(found('She was disgusted by the disgusting remarks.', LOADED_TERMS)).toEqual([
      'disgusting=disgusting',
    ]);
    expect(found('The shocking news came as a shock; they were shocked.', LOADED_TERMS)).toEqual([
      'shocking=shocking',
      'shock=shock',
    ]);
  });

  it('should match the noun "row" (a quarrel) but not a row of seats or the verb', () => {
    expect(
      found(
        'They sat in a row at the back. The row over the tweet grew; rows erupted. He rowed home. Rows of chairs.',
        LOADED_TERMS,
      ),
    ).toEqual(['row=row', 'row=rows']);
  });

  it('should not count nouns as attribution verbs', () => {
    expect(
      found('In a statement, the Met said the comments were false.', ATTRIBUTION_VERBS),
    ).toEqual(['say=said']);
    expect(
      found('The union claimed comments made by the minister were unfair.', ATTRIBUTION_VERBS),
    ).toEqual(['claim=claimed']);
    expect(
      found(
        'A police misconduct report published this year. Reports say he will report it.',
        ATTRIBUTION_VERBS,
      ),
    ).toEqual(['say=say', 'report=report']);
    expect(found('A now deleted report and the officers concerned.', ATTRIBUTION_VERBS)).toEqual(
      [],
    );
    expect(found('He comments on it; she reports to the board.', ATTRIBUTION_VERBS)).toEqual([
      'comment=comments',
      'report=reports',
    ]);
  });

  it('should not count a past-tense verb as the adjective it can also be ("claimed", "alleged")', () => {
    expect(found('Khan claimed the police had lied.', LOADED_TERMS)).toEqual([]);
    expect(found('Khan claimed the police had lied.', ATTRIBUTION_VERBS)).toEqual([
      'claim=claimed',
    ]);
    expect(found('The union alleged that he lied; he disgraced himself.', LOADED_TERMS)).toEqual(
      [],
    );
    expect(
      found(
        'The alleged attack, his claimed win and the disgraced officer: it is alleged he fled.',
        LOADED_TERMS,
      ),
    ).toEqual(['alleged=alleged', 'claimed=claimed', 'disgraced=disgraced', 'alleged=alleged']);
    expect(found('Alleged victims spoke. Police Investigate Alleged Fraud', LOADED_TERMS)).toEqual([
      'alleged=Alleged',
      'alleged=Alleged',
    ]);
  });

  it('should give a user term of unknown sense every regular form, and one with a sense its own', () => {
    const user = mergeLexicon(ATTRIBUTION_VERBS, [{ term: 'own up', category: 'conceding' }]);
    expect(found('He owned up; she owns up.', user)).toEqual(['own up=owned up', 'own up=owns up']);
    const loaded = mergeLexicon(LOADED_TERMS, [
      { term: 'spat', category: 'intensifying', pos: 'noun' },
    ]);
    expect(found('A spat, then two spats; he spatted.', loaded)).toEqual([
      'spat=spat',
      'spat=spats',
    ]);
  });
});

describe('wordTokens', () => {
  it('should find the words the word pattern finds, on any text (ASCII read by hand)', () => {
    const PART = String.raw`[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*`;
    const pattern = new RegExp(String.raw`(?:\p{L}(?:\.\p{L})+\.?|${PART})(?:[-‐‑]${PART})*`, 'gu');
    const byPattern = (text: string) =>
      [...text.matchAll(pattern)].map((m) => ({
        key: wordKey(m[0]),
        text: m[0],
        start: m.index,
        endExclusive: m.index + m[0].length,
      }));
    // ASCII and common punctuation beyond it, then what leaves the text to the pattern.
    const alphabet = [
      'a',
      'B',
      'c',
      '7',
      '.',
      '-',
      "'",
      '’',
      ' ',
      ',',
      '“',
      '—',
      '\u00a0',
      '‐',
      'é',
    ];
    for (const text of randomTexts(alphabet, {
      seed: 4242,
      count: 20000,
      maxPieces: 14,
      rare: 2,
    })) {
      expect(wordTokens(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
    // Beyond ASCII: letters, a combining mark, a digit, the pattern's hyphens, symbols (an
    // emoji), lone surrogates, among the pieces words are made of: read by hand around them.
    const mixed = ['a', 'B', '7', '.', '-', "'", '’', ' ', '“', 'é', 'ß', '\u0301', '٣', '‐', '‑'];
    for (const text of randomTexts([...mixed, '😀', '\ud800', '\udc00', '€'], {
      seed: 99,
      count: 20000,
      maxPieces: 14,
    })) {
      expect(wordTokens(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
    expect(wordTokens('The U.S.-backed plan, e.g. so-called').map((t) => t.text)).toEqual([
      'The',
      'U.S.-backed',
      'plan',
      'e.g.',
      'so-called',
    ]);
  });
});

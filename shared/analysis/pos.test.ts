import { describe, expect, it } from 'vitest';
import { usedAsNoun, usedAsPastVerb, usedAsVerb } from './pos';
import { wordTokens } from './terms';

/**
 * Whether the word `word` of `text` is read as a noun / a verb; `base`: whether the word is
 * in its base form (the lemma), as the caller knows from its lexicon entry.
 */
function read(text: string, word: string, base: boolean) {
  const tokens = wordTokens(text);
  const i = tokens.findIndex((t) => t.key === word);
  return {
    noun: usedAsNoun(text, tokens, i, base),
    verb: usedAsVerb(text, tokens, i),
  };
}

describe('part of speech from the words around', () => {
  it('should read a word after a determiner, possessive or preposition as a noun', () => {
    expect(read('He issued a statement.', 'statement', true).noun).toBe(true);
    expect(read("Khan's comments were wrong.", 'comments', false).noun).toBe(true);
    expect(read('They asked about reports that he left.', 'reports', false).noun).toBe(true);
  });

  it('should read an -s form after a past-tense verb as its object', () => {
    expect(
      read('The union claimed comments made by him were unfair.', 'comments', false).noun,
    ).toBe(true);
  });

  it('should read a base form after a lower-case noun, before a participle, as a compound noun', () => {
    expect(read('A police misconduct report published this year.', 'report', true).noun).toBe(true);
    // Only the base form is read so; another form there is taken for the verb.
    expect(read('A police misconduct reports published this year.', 'reports', false).noun).toBe(
      false,
    );
  });

  it('should read a word after a subject pronoun, modal or "to" as a verb', () => {
    expect(read('He comments on it.', 'comments', false)).toEqual({ noun: false, verb: true });
    expect(read('They will row about it.', 'row', true).verb).toBe(true);
    expect(read('The row grew.', 'row', true).verb).toBe(false);
  });
});

describe('usedAsPastVerb', () => {
  const pastVerb = (text: string, word: string) => {
    const tokens = wordTokens(text);
    return usedAsPastVerb(
      text,
      tokens,
      tokens.findIndex((t) => t.key === word),
    );
  };

  it('should read an -ed word after its subject or before its object as a verb', () => {
    expect(pastVerb('Khan claimed the police had lied.', 'claimed')).toBe(true);
    expect(pastVerb('Then he alleged fraud.', 'alleged')).toBe(true);
    expect(pastVerb('The union alleged that he lied.', 'alleged')).toBe(true);
    expect(pastVerb('She had claimed it before.', 'claimed')).toBe(true);
  });

  it('should read it as an adjective before its noun, after "be" or a determiner', () => {
    expect(pastVerb('The alleged attack was filmed.', 'alleged')).toBe(false);
    expect(pastVerb("Khan's claimed win was short-lived.", 'claimed')).toBe(false);
    expect(pastVerb('It is alleged that he fled.', 'alleged')).toBe(false);
    expect(pastVerb('Alleged victims spoke.', 'alleged')).toBe(false);
    expect(pastVerb('Police Investigate Alleged Fraud', 'alleged')).toBe(false);
    expect(pastVerb('The union, alleged to be behind it, said nothing.', 'alleged')).toBe(false);
  });
});

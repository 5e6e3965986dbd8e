import { describe, expect, it } from 'vitest';
import { usedAsNoun, usedAsVerb } from './pos';
import { wordTokens } from './terms';

/** Whether the word `word` of `text` is read as a noun / a verb. */
function read(text: string, word: string) {
  const tokens = wordTokens(text);
  const i = tokens.findIndex((t) => t.key === word);
  return {
    noun: usedAsNoun(text, tokens, i, tokens[i]?.key === word.replace(/s$/u, '') ? false : true),
    verb: usedAsVerb(text, tokens, i),
  };
}

describe('part of speech from the words around', () => {
  it('should read a word after a determiner, possessive or preposition as a noun', () => {
    expect(read('He issued a statement.', 'statement').noun).toBe(true);
    expect(read("Khan's comments were wrong.", 'comments').noun).toBe(true);
    expect(read('They asked about reports that he left.', 'reports').noun).toBe(true);
  });

  it('should read an -s form after a past-tense verb as its object', () => {
    expect(read('The union claimed comments made by him were unfair.', 'comments').noun).toBe(true);
  });

  it('should read a word after a subject pronoun, modal or "to" as a verb', () => {
    expect(read('He comments on it.', 'comments')).toEqual({ noun: false, verb: true });
    expect(read('They will row about it.', 'row').verb).toBe(true);
    expect(read('The row grew.', 'row').verb).toBe(false);
  });
});

import { testArticle } from '../testing/article';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compare';
import { analyzeComparison } from './analyze';
import {
  decodeLexicon,
  lexiconSizeProblem,
  MAX_LEXICON_BYTES,
  MAX_TERM_WORDS,
  parseLexiconFile,
} from './lexicon-file';

const message = (text: string) => {
  const result = parseLexiconFile(text, 'my.json');
  return result.ok ? null : result.message;
};

describe('parseLexiconFile', () => {
  it('should read verbs and loaded terms by category, lower-cased and trimmed', () => {
    const result = parseLexiconFile(
      '\uFEFF{"verbs": {"conceding": ["Owned  Up"]}, "loaded": {"evaluative": [" woeful "]}}',
      'my.json',
    );
    expect(result).toEqual({
      ok: true,
      lexicon: {
        name: 'my.json',
        terms: 2,
        additions: {
          verbs: [{ term: 'owned up', category: 'conceding' }],
          loaded: [{ term: 'woeful', category: 'evaluative' }],
        },
      },
    });
  });

  it('should read a sense given after a term, which decides the forms it matches', () => {
    const result = parseLexiconFile(
      '{"loaded": {"intensifying": ["Spat (noun)", "woeful (Adjective)", "so to speak (as written)"]}}',
      'my.json',
    );
    expect(result.ok && result.lexicon.additions.loaded).toEqual([
      { term: 'spat', category: 'intensifying', pos: 'noun' },
      { term: 'woeful', category: 'intensifying', pos: 'adjective' },
      { term: 'so to speak', category: 'intensifying', pos: 'phrase' },
    ]);
  });

  it('should read the example lexicon shipped in docs/', () => {
    const text = readFileSync(new URL('../../docs/lexicon-example.json', import.meta.url), 'utf8');
    const result = parseLexiconFile(text, 'lexicon-example.json');
    expect(result.ok && result.lexicon.terms).toBe(10);
  });

  it('should name the file and the fault for every malformed lexicon', () => {
    expect(message('{"loaded": ')).toMatch(/^my\.json: not valid JSON/);
    expect(message('["woeful"]')).toBe('my.json: expected an object with "verbs" and/or "loaded"');
    expect(message('{"words": {}}')).toBe(
      'my.json: unknown key "words" (expected "verbs" and/or "loaded")',
    );
    expect(message('{"verbs": ["said"]}')).toBe(
      'my.json: "verbs" should map categories to lists of terms',
    );
    expect(message('{"verbs": {"evaluative": ["woeful"]}}')).toBe(
      'my.json: unknown category "verbs.evaluative" (expected one of neutral, asserting, conceding, adversarial)',
    );
    expect(message('{"loaded": {"hedging": "perhaps"}}')).toBe(
      'my.json: "loaded.hedging" should be a list of terms',
    );
    expect(message('{"loaded": {"hedging": ["perhaps", 3]}}')).toBe(
      'my.json: "loaded.hedging" item 2 is not a word or phrase',
    );
    expect(message('{"loaded": {"hedging": ["  "]}}')).toBe(
      'my.json: "loaded.hedging" item 1 is not a word or phrase',
    );
    const long = Array.from({ length: MAX_TERM_WORDS + 1 }, () => 'very').join(' ');
    expect(message(`{"loaded": {"hedging": ["${long}"]}}`)).toBe(
      `my.json: "loaded.hedging" item 1 has more than ${MAX_TERM_WORDS} words`,
    );
    expect(message('{"loaded": {"hedging": []}}')).toBe('my.json: the lexicon has no terms');
  });

  it('should refuse the names of object properties as keys, like any unknown key', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(message(`{"${key}": {"hedging": ["woeful"]}}`)).toBe(
        `my.json: unknown key "${key}" (expected "verbs" and/or "loaded")`,
      );
      expect(message(`{"loaded": {"${key}": ["woeful"]}}`)).toMatch(
        new RegExp(`^my\\.json: unknown category "loaded\\.${key}"`, 'u'),
      );
    }
  });

  it('should give terms that change the analyses, replacing a built-in category', () => {
    const comparison = compareArticles([
      testArticle('a.txt', [
        'The minister owned up to the woeful error and said the row was over.',
      ]),
      testArticle('b.txt', [
        'The minister said the woeful error was regrettable and the row was over.',
      ]),
    ]);
    const parsed = parseLexiconFile(
      '{"verbs": {"conceding": ["own up"]}, "loaded": {"hedging": ["row"], "evaluative": ["woeful"]}}',
      'x.json',
    );
    if (!parsed.ok) {
      throw new Error(parsed.message);
    }
    const before = analyzeComparison(comparison).language[0];
    const after = analyzeComparison(comparison, parsed.lexicon.additions).language[0];
    expect(before?.verbs.conceding).toBe(0);
    expect(after?.verbs.conceding).toBe(1);
    expect(before?.loaded).toEqual({ evaluative: 0, intensifying: 1, hedging: 0 });
    expect(after?.loaded).toEqual({ evaluative: 1, intensifying: 0, hedging: 1 });
  });
});

describe('decodeLexicon', () => {
  it('should give the text of a UTF-8 file within the limit', () => {
    expect(decodeLexicon(new TextEncoder().encode('{"verbs":{}}'), 'a.json')).toEqual({
      ok: true,
      text: '{"verbs":{}}',
    });
    // The byte-order mark an editor may write is dropped with the decoding.
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{}')]);
    expect(decodeLexicon(bom, 'b.json')).toEqual({ ok: true, text: '{}' });
  });

  it('should refuse a file over 1 MiB or not in UTF-8, naming it', () => {
    expect(decodeLexicon(new Uint8Array(MAX_LEXICON_BYTES + 1), 'big.json')).toEqual({
      ok: false,
      message: 'big.json: the lexicon is over 1 MiB',
    });
    expect(lexiconSizeProblem('big.json', MAX_LEXICON_BYTES + 1)).toBe(
      'big.json: the lexicon is over 1 MiB',
    );
    expect(lexiconSizeProblem('small.json', MAX_LEXICON_BYTES)).toBeNull();
    expect(decodeLexicon(new Uint8Array([0x7b, 0xe9, 0x7d]), 'latin1.json')).toEqual({
      ok: false,
      message: 'latin1.json: the lexicon is not UTF-8 text',
    });
  });
});

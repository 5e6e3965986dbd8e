import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compare';
import { testArticle } from '../testing/article';
import { analyzeComparison } from './analyze';

describe('outlet language', () => {
  const comparison = compareArticles([
    testArticle('a.txt', [
      'The mayor said the review was a disaster, and he insisted on it again in a statement.',
      'He called the plan “a disgrace”, then called for calm and read the report.',
      '“I said no and I insist on it,” she replied.',
    ]),
    testArticle('b.txt', ['The mayor admitted the review had gone badly for everyone involved.']),
  ]);
  const language = analyzeComparison(comparison).language;

  it('should count each verb by lemma with where it occurs, nouns left out', () => {
    const a = language[0];
    // Verbs inside a quotation are the speaker's words, not the outlet's attributions.
    expect(a?.verbTerms).toEqual({ say: 1, insist: 1, call: 1, reply: 1 });
    expect(a?.verbs).toEqual({ neutral: 3, asserting: 1, conceding: 0, adversarial: 0 });
    expect(a?.verbHits.map((h) => `${h.paragraph}:${h.text}`)).toEqual([
      '0:said',
      '0:insisted',
      '1:called',
      '2:replied',
    ]);
    expect(language[1]?.verbTerms).toEqual({ admit: 1 });
  });

  it('should count loaded terms with their places', () => {
    expect(language[0]?.loadedTerms).toEqual({ disaster: 1 });
    const text = comparison.articles[0]?.paragraphs[0]?.text ?? '';
    expect(language[0]?.loadedHits.map((h) => [h.paragraph, h.start])).toEqual([
      [0, text.indexOf('disaster')],
    ]);
  });
});

describe('a word read as a verb is not also a loaded adjective', () => {
  it('should count "claimed" once: as the verb here, as the hedging adjective there', () => {
    const [verb, adjective] = analyzeComparison(
      compareArticles([
        testArticle('a.txt', ['The union claimed comments made by the mayor undermined officers.']),
        testArticle('b.txt', ['The mayor doubted the claimed savings of the new police plan.']),
      ]),
    ).language;
    expect([verb?.verbTerms, verb?.loadedTerms]).toEqual([{ claim: 1 }, {}]);
    expect(adjective?.loadedTerms).toEqual({ claimed: 1 });
  });
});

describe('attack, an attribution only when it introduces words', () => {
  it('should count "attacked the plan as …" as adversarial, and a physical attack not at all', () => {
    const [words, blows] = analyzeComparison(
      compareArticles([
        testArticle('a.txt', ['The senator attacked the plan as “reckless and unfunded”.']),
        testArticle('b.txt', ['He said the three men attacked him in the car park at night.']),
      ]),
    ).language;
    expect(words?.verbTerms).toEqual({ attack: 1 });
    expect(words?.verbs.adversarial).toBe(1);
    expect(blows?.verbTerms).toEqual({ say: 1 });
    expect(blows?.verbs.adversarial).toBe(0);
  });
});

describe('verb contrasts', () => {
  const contrasts = (a: string, b: string) =>
    analyzeComparison(compareArticles([testArticle('a.txt', [a]), testArticle('b.txt', [b])]))
      .verbContrasts;

  it('should contrast the verbs two outlets introduce the same statement with', () => {
    const found = contrasts(
      'The mayor said the review of the council budget was fair to everyone.',
      'The mayor insisted the review of the council budget was fair to everyone.',
    );
    expect(found.map((c) => c.verbs.map((v) => v.terms.map((t) => t.text)))).toEqual([
      [['said'], ['insisted']],
    ]);
  });

  it('should not count verbs inside quotations, which are the speaker’s words', () => {
    expect(
      contrasts(
        'The mayor said: “I insist on a full review of the council budget this year.”',
        'The mayor said: “I want a full review of the council budget this year.”',
      ),
    ).toEqual([]);
  });
});

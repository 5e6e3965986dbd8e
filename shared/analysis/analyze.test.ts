import { testArticle } from '../testing/article';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compare';
import { loadArticle } from '../load/load-article';
import { paraIndex, type Article } from '../model';
import { analyzeComparison, describeStatus } from './analyze';

const seedFiles = [
  '000_69ff7826295806f7',
  '001_38ebe0a01ef43257',
  '002_3b328d8baaee954f',
  '003_a3dc487f3a2c3275',
  '004_165cb968de743235',
];
const seeds: Article[] = seedFiles.map((f) => {
  const r = loadArticle({ file: f, bytes: new Uint8Array(readFileSync(`seeds/${f}.txt`)) });
  if (!r.ok) {
    throw new Error(r.error.message);
  }
  return r.article;
});
const seedAnalysis = analyzeComparison(compareArticles(seeds));

const article = testArticle;

describe('analyzeComparison on the seeds (expected results checked by reading the articles)', () => {
  it('should find the whistleblowers quote in 000, 001 and 002, altered in 002 and absent from 003', () => {
    const group = seedAnalysis.quotes.find((g) =>
      g.reference.text.includes('Why are we surprised'),
    );
    expect(group?.statuses.map((s) => `${s.article}:${s.status}`)).toEqual([
      '0:identical',
      '1:identical',
      '2:altered',
      '3:missing',
    ]);
    const altered = group?.statuses.find((s) => s.status === 'altered');
    const inserted =
      altered?.status === 'altered'
        ? altered.parts
            .filter((p) => p.kind === 'insert')
            .map((p) => (p.kind === 'insert' ? p.other.trim() : ''))
        : [];
    expect(inserted).toContain('that');
    expect(group?.instances.map((i) => i.speaker)).toEqual([
      'Sadiq Khan',
      'Sadiq Khan',
      'Sadiq Khan',
    ]);
  });

  it('should attribute the quoted tweet to its author in 002 and to nobody in 003, which names none', () => {
    const group = seedAnalysis.quotes.find((g) =>
      g.reference.text.startsWith('If the Mayor of London doesn’t understand'),
    );
    expect(group?.instances.map((i) => [i.article, i.speaker, i.verb])).toEqual([
      [2, 'Matthew Thompson', 'wrote'],
      // "…retweeted a tweet which read: “…”": a tweet whose author the text does not name.
      [3, null, 'read'],
    ]);
    // "Khan also denied…, as The Times had reported." then "…,” he said": he is Khan.
    const ultimatum = seedAnalysis.quotes.find((g) =>
      g.reference.text.startsWith('It is not the case the commissioner'),
    );
    expect(ultimatum?.instances.map((i) => [i.article, i.speaker, i.inferred])).toEqual([
      [1, 'Sadiq Khan', false],
      [2, 'Sadiq Khan', true],
    ]);
  });

  it('should report the short quotation every on-topic outlet carries, "Exactly this."', () => {
    const group = seedAnalysis.quotes.find((g) => /^Exactly this\.?$/u.test(g.reference.text));
    expect(group?.instances.map((i) => i.article).sort()).toEqual([0, 1, 2, 3]);
    expect(group?.statuses.map((s) => s.status)).toEqual([
      'identical',
      'identical',
      'identical',
      'identical',
    ]);
  });

  it("should not give the spokesperson's words to the account the spokesperson rebukes (000)", () => {
    const expected = seedAnalysis.quotations.find(
      (q) => q.article === 0 && q.text.startsWith('they are expected to be independent'),
    );
    // "They said…" after both the spokesperson and the Taskforce account spoke: unclear.
    expect(expected).toBeDefined();
    expect(expected?.speaker).toBeNull();
    const guardian = seedAnalysis.quotations.find(
      (q) => q.article === 1 && q.text.startsWith('they are expected to be independent'),
    );
    expect(guardian?.speaker).toBe('a spokesperson for the Met');
  });

  it('should not call 003\'s longer statement "same words" without saying it quotes more', () => {
    const group = seedAnalysis.quotes.find((g) =>
      g.reference.text.startsWith('they are expected to be independent'),
    );
    const carried = group?.statuses.find((s) => s.article === 3);
    expect(carried && describeStatus(carried)).toBe('same words, more quoted');
    const inserted =
      carried?.status === 'identical'
        ? (carried.parts ?? []).flatMap((p) => (p.kind === 'insert' ? [p.other.trim()] : []))
        : [];
    expect(inserted.join(' ')).toContain('Senior officers are addressing the matter');
  });

  it('should list every quotation with its offsets, verb lemma and a stable id', () => {
    for (const q of seedAnalysis.quotations) {
      const text = seeds[q.article]?.paragraphs[q.paragraph]?.text ?? '';
      expect(text.slice(q.start, q.endExclusive)).toBe(q.text);
      expect(q.id).toBe(`${q.article}.${q.paragraph}.${q.start}`);
    }
    const insisted = seedAnalysis.quotations.find((q) => q.verb === 'insisted');
    expect(insisted?.verbLemma).toBe('insist');
    for (const g of seedAnalysis.quotes) {
      for (const i of g.instances) {
        expect(seedAnalysis.quotations.some((q) => q.id === i.quotation)).toBe(true);
        const text = seeds[i.article]?.paragraphs[i.paragraph]?.text ?? '';
        expect(text.slice(i.start, i.endExclusive)).toBe(i.text);
      }
    }
  });

  it('should leave the off-topic seed out of quote statuses and omissions', () => {
    for (const g of seedAnalysis.quotes) {
      expect(g.statuses.some((s) => s.article === 4)).toBe(false);
    }
    expect(seedAnalysis.coverage.byArticle[4]?.omits).toEqual([]);
  });

  it('should tally attribution verbs and contrast "said" with "issued an apology" for the same statement', () => {
    const guardian = seedAnalysis.language[1];
    expect(guardian?.verbTerms['insist']).toBe(1);
    expect(guardian?.verbTerms['admit']).toBeGreaterThanOrEqual(1);
    const apology = seedAnalysis.verbContrasts.find((v) =>
      v.verbs.some((a) => a.terms.some((t) => t.term === 'issue an apology')),
    );
    expect(apology?.verbs.find((a) => a.article === 0)?.terms.map((t) => t.text)).toEqual(['said']);
  });

  it('should count loaded and hedging language per outlet', () => {
    expect(seedAnalysis.language[0]?.loadedTerms['apparently']).toBe(1);
    expect(seedAnalysis.language[0]?.loadedTerms['forced to']).toBe(1);
    expect(seedAnalysis.language[1]?.loadedTerms['turmoil']).toBe(1);
    expect(seedAnalysis.language[2]?.loadedTerms['disgraceful']).toBe(1);
  });

  it('should say what each outlet alone reports and what 003 leaves out', () => {
    const c = seedAnalysis.coverage;
    // 004 is about another story: its eleven paragraphs are no facts of this one.
    expect(c.byArticle[4]?.alone).toEqual([]);
    expect(c.carried.every((row) => row.slice(0, 4).some(Boolean))).toBe(true);
    expect(c.byArticle[1]?.alone.length).toBeGreaterThan(0);
    // 003 omits exactly the rows that the three other on-topic outlets all carry.
    const expected = c.rows.filter((_, i) => {
      const row = c.carried[i]!;
      return row[0] && row[1] && row[2] && !row[3];
    });
    expect(c.byArticle[3]?.omits).toEqual(expected);
    expect(c.carried.every((row) => row.some(Boolean))).toBe(true);
  });
});

describe('analyzeComparison on hand-made articles', () => {
  it('should handle nested and single quotes, quotes spanning paragraphs and no quotes at all', () => {
    const a = article('a.txt', [
      'The minister said: “I told them ‘we will not resign over this matter’ and I meant it.”',
      '“We will publish the full report next week,” she added, “and the public can judge.',
      '“Nothing will be hidden from anyone at all.”',
    ]);
    const b = article('b.txt', [
      'The minister insisted that she had told colleagues ‘we will not resign over this matter’ last night.',
      '“We will publish the whole report next week,” the minister said.',
      'Opposition parties called the plan a shameful cover-up.',
    ]);
    const c = article('c.txt', [
      'There was no statement from the ministry on Monday.',
      'Officials declined to comment further.',
    ]);
    const result = analyzeComparison(compareArticles([a, b, c]));
    const publish = result.quotes.find((g) => g.reference.text.includes('We will publish'));
    expect(publish?.statuses.find((s) => s.article === 1)?.status).toBe('altered');
    // "she added" resolves to the minister named in the paragraph before.
    expect(publish?.instances.map((i) => i.speaker)).toEqual(['The minister', 'the minister']);
    const single = result.quotes.find((g) => g.reference.text.includes('we will not resign'));
    expect(single?.instances.map((i) => i.article)).toEqual([0, 1]);
    expect(result.quotes.some((g) => g.reference.text.includes('Nothing will be hidden'))).toBe(
      true,
    );
    expect(result.quotes.every((g) => g.instances.every((i) => i.article !== 2))).toBe(true);
    expect(result.language[1]?.loadedTerms['shameful']).toBe(1);
  });

  it('should attribute each quotation to the speaker of its own sentence, inferring only what the text implies', () => {
    const a = article('a.txt', [
      'The minister Jane Ames said: “We will publish every page of the report in full.”',
      'The council account then shared a post which read: “Nobody at the council understands the rules at all.”',
      '“The two of them should resign before the end of the week,” said Tom Price. But Ames insisted: “Nobody is going to resign over a single report.”',
      'Dana Wells chaired the meeting on Monday. She said the vote was “the fairest process the council has ever run”.',
      '“We will answer every question that residents put to us in writing.”',
    ]);
    const b = article('b.txt', [
      'Jane Ames said: “We will publish every page of the report in full.”',
      'A post shared by the council read: “Nobody at the council understands the rules at all.”',
    ]);
    const quotes = analyzeComparison(compareArticles([a, b])).quotes;
    const who = (start: string) => {
      const instance = quotes
        .find((g) => g.reference.text.startsWith(start))
        ?.instances.find((i) => i.article === 0);
      return instance
        ? `${instance.speaker ?? 'none'}${instance.inferred ? ' (inferred)' : ''}`
        : '?';
    };
    expect(who('We will publish')).toBe('Jane Ames');
    // A quoted post names no speaker: not the minister quoted just before.
    expect(who('Nobody at the council')).toBe('none');
    // Two speakers in one paragraph, each with their own quotation.
    expect(who('The two of them')).toBe('Tom Price');
    expect(who('Nobody is going to resign')).toBe('Jane Ames');
    // "She" is the person named earlier in the same paragraph.
    expect(who('the fairest process')).toBe('Dana Wells (inferred)');
    // A paragraph of quotation only goes on from the last person named.
    expect(who('We will answer')).toBe('Dana Wells (inferred)');
  });

  it('should list figures that two outlets give differently for the same fact', () => {
    const a = article('a.txt', [
      'More than 31,000 officers signed the letter to the home secretary on Friday.',
      'The letter asked for a meeting.',
    ]);
    const b = article('b.txt', [
      'Some 30,000 officers signed the letter to the home secretary on Friday.',
      'The letter asked for a meeting.',
    ]);
    const result = analyzeComparison(compareArticles([a, b]));
    expect(
      result.discrepancies.map((d) =>
        d.values.map((v) => `${v.article}:${v.values.join(',')}`).join(' '),
      ),
    ).toEqual(['0:31,000 1:30,000']);
  });

  it('should list dates and names given differently, and nothing for rows that agree', () => {
    const a = article('a.txt', [
      'The commissioner Mark Ellison resigned on Thursday after a meeting with the mayor.',
      'The letter asked for a meeting with the home secretary within the week.',
    ]);
    const b = article('b.txt', [
      'The commissioner Mark Ellisson resigned on Wednesday after meeting the mayor.',
      'The letter asked for a meeting with the home secretary within a week.',
    ]);
    const comparison = compareArticles([a, b]);
    const row = comparison.rows.findIndex((r) => r.cells[0]?.includes(paraIndex(0)));
    const result = analyzeComparison(comparison);
    expect(
      result.discrepancies.map(
        (d) => `${d.row}:${d.kind}:${d.values.map((v) => v.values.join('+')).join('/')}`,
      ),
    ).toEqual([`${row}:date:Thursday/Wednesday`, `${row}:name:Mark Ellison/Mark Ellisson`]);
  });

  it("should not read a saved page's date stamp as a date the outlets give differently", () => {
    const lead =
      'The commissioner Mark Ellison resigned on Thursday after a meeting with the mayor.';
    const a = article('a.txt', [` date 2022-02-18 ${lead}`, 'The letter asked for a meeting.']);
    const b = article('b.txt', [`date 2022-05-24 ${lead}`, 'The letter asked for a meeting.']);
    expect(analyzeComparison(compareArticles([a, b])).discrepancies).toEqual([]);
    // A date in the outlet's own words is still read.
    const c = article('c.txt', [
      `date 2022-05-24 ${lead.replace('Thursday', 'Wednesday')}`,
      'The letter asked for a meeting.',
    ]);
    expect(
      analyzeComparison(compareArticles([a, c])).discrepancies.map((d) =>
        d.values.map((v) => v.values.join('+')).join('/'),
      ),
    ).toEqual(['Thursday/Wednesday']);
  });

  it('should accept user additions to the loaded-language lexicon', () => {
    const a = article('a.txt', [
      'The mayor gave a woeful performance at the hearing on Tuesday afternoon.',
      'Members asked questions.',
    ]);
    const b = article('b.txt', [
      'The mayor spoke at the hearing on Tuesday afternoon.',
      'Members asked questions.',
    ]);
    const comparison = compareArticles([a, b]);
    expect(analyzeComparison(comparison).language[0]?.loaded.evaluative).toBe(0);
    expect(
      analyzeComparison(comparison, { loaded: [{ term: 'woeful', category: 'evaluative' }] })
        .language[0]?.loaded.evaluative,
    ).toBe(1);
  });
});

describe('analyzeComparison on words that name object properties (issue 9)', () => {
  // A plain object used as a table "has" these words: the analyses crashed on "constructor".
  const words = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype'];
  const a = article('a.txt', [
    `The constructor of the bridge said: “${words.join(' ')} are just words.” Then the constructor left.`,
    'The council met on Tuesday to discuss the toString paper and the valueOf the works.',
  ]);
  const b = article('b.txt', [
    `The constructor of the bridge admitted: “${words.join(' ')} are only words.” Then the constructor left.`,
    'The council met on Wednesday to discuss the toString paper and the valueOf the works.',
  ]);

  it('should analyse text holding them like any other words', () => {
    const analysis = analyzeComparison(compareArticles([a, b]));
    expect(analysis.language.map((l) => l.verbs)).toEqual([
      { neutral: 1, asserting: 0, conceding: 0, adversarial: 0 },
      { neutral: 0, asserting: 0, conceding: 1, adversarial: 0 },
    ]);
    expect(analysis.language.map((l) => Object.keys(l.loadedTerms))).toEqual([[], []]);
    expect(analysis.quotes.filter((q) => q.instances.length === 2)).toHaveLength(1);
  });

  it('should count lexicon terms that are such words as numbers', () => {
    const loaded = words.map((term) => ({
      term: term.toLowerCase(),
      category: 'evaluative' as const,
    }));
    const analysis = analyzeComparison(compareArticles([a, b]), { loaded });
    const terms = analysis.language[0]?.loadedTerms ?? {};
    // Counted as numbers, each as often as the text has it ("__proto__" once).
    expect(Object.entries(terms).sort()).toEqual(
      [
        ['__proto__', 1],
        ['constructor', 3],
        ['hasownproperty', 1],
        ['prototype', 1],
        ['tostring', 2],
        ['valueof', 2],
      ].sort(),
    );
    expect(analysis.language[0]?.loaded.evaluative).toBe(10);
  });
});

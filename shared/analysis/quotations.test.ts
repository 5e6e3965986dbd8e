import { describe, expect, it } from 'vitest';
import { articleIndex } from '../model';
import { testArticle } from '../testing/article';
import { ATTRIBUTION_VERBS, QUOTATION_VERBS } from './lexicon';
import { findMarkedQuotes, type Quote } from '../diff/quotes';
import { randomTexts } from '../testing/random-texts';
import { mulberry32 } from '../util/random';
import {
  articleQuotations,
  isMarkedName,
  MAX_SENTENCE_CHARS,
  narrationTokens,
  paragraphReader,
  sentencesAround,
} from './quotations';
import { wordTokens } from './terms';

/** Each quotation of a hand-made article as `words | speaker | verb`. */
function read(paragraphs: ReadonlyArray<string>): ReadonlyArray<string> {
  const article = testArticle('a.txt', paragraphs);
  return articleQuotations(
    article,
    articleIndex(0),
    ATTRIBUTION_VERBS,
    QUOTATION_VERBS,
  ).quotations.map(
    (q) =>
      `${q.text} | ${q.speaker === null ? 'unclear' : q.speaker}${q.inferred ? ' (inferred)' : ''} | ${q.verbLemma ?? '-'}`,
  );
}

describe('which marked words are quotations', () => {
  it('should report short quotations: a whole sentence, words after a colon, a fragment someone is said to have said', () => {
    expect(
      read([
        'The council account replied: “Exactly this.”',
        'The council admitted the post was “unacceptable” on Friday.',
      ]),
    ).toEqual([
      'Exactly this. | The council account | reply',
      'unacceptable | The council | admit',
    ]);
  });

  it('should leave out names, terms, scare quotes and words no one is said to have said', () => {
    expect(
      read([
        'Unlike many of these “media” deals, this one joins like with like.',
        'The trust held what is known as a “golden share” in the firm for decades.',
        'A post by the verified “City Watch Taskforce” account went up on Monday.',
        'The judge ruled the men could not be called “victims” in court this week.',
      ]),
    ).toEqual([]);
    expect(isMarkedName('America First')).toBe(true);
    expect(isMarkedName('Exactly this.')).toBe(false);
  });

  it('should read a sentence the same wherever it stands, and its speaker by what came before it', () => {
    const sentence = 'After Sadiq Khan arrived, he said it was “unacceptable and wrong”.';
    expect(
      read([
        sentence,
        `Rishi Sunak spoke first. ${sentence}`,
        `Rishi Sunak spoke first. ${sentence} Then Sunak said it was “fine and right”.`,
      ]),
    ).toEqual([
      'unacceptable and wrong | unclear | say',
      'unacceptable and wrong | Rishi Sunak (inferred) | say',
      'unacceptable and wrong | Rishi Sunak (inferred) | say',
      'fine and right | Rishi Sunak | say',
    ]);
  });

  it('should give a sentence that comes again the same speakers, with its own verbs', () => {
    const sentence = '“We want answers now,” shouted the protesters outside.';
    const paragraphs = [sentence, `Crowds gathered. ${sentence}`, `${sentence} “No,” said Khan.`];
    expect(read(paragraphs)).toEqual([
      'We want answers now, | the protesters outside | shout',
      'We want answers now, | the protesters outside | shout',
      'We want answers now, | the protesters outside | shout',
      'No, | Khan | say',
    ]);
    const article = testArticle('a.txt', paragraphs);
    const { quotationVerbHits } = articleQuotations(
      article,
      articleIndex(0),
      ATTRIBUTION_VERBS,
      QUOTATION_VERBS,
    );
    expect(quotationVerbHits.map((h) => `${h.paragraph}:${h.start}:${h.text}`)).toEqual([
      '0:23:shouted',
      '1:40:shouted',
      '2:23:shouted',
    ]);
  });

  it('should read a line the article repeats (a headline the page prints twice) once', () => {
    expect(
      read([
        'Mayor accuses police of ‘amplifying’ lies',
        'The mayor spoke at the hearing.\nMayor accuses police of ‘amplifying’ lies',
      ]),
    ).toEqual(['amplifying | Mayor | accuse']);
  });
});

describe('who says a quotation', () => {
  it('should resolve "he" to the person the article made its subject, not a company named before', () => {
    expect(
      read([
        'Vantor said it would do what was needed. Vantor chief executive Mark Ellis, who will lead the group, declined to say how long it would take but said sales may not be needed.',
        '“I would not expect that we would need to make any sales,” he said.',
      ]),
    ).toEqual([
      'I would not expect that we would need to make any sales, | Mark Ellis (inferred) | say',
    ]);
  });

  it('should take the person after the verb, not the firm before their role', () => {
    expect(
      read([
        '“We think the price is fair for both sides in the end,” said Norden Bank analyst Lisa Marsh.',
      ]),
    ).toEqual(['We think the price is fair for both sides in the end, | Lisa Marsh | say']);
    expect(
      read(['“If you need an example, look at this verdict,” wrote Dan Fox, a city councillor.']),
    ).toEqual(['If you need an example, look at this verdict, | Dan Fox | write']);
  });

  it('should not take a possessive ("the Supreme Court’s ruling") for the speaker a pronoun stands for', () => {
    expect(
      read([
        'Prime Minister Ana Sol returned to her office on Monday.',
        'Welcoming the Supreme Court’s ruling, she said: “I thank the court for its wise decision.”',
      ]),
    ).toEqual(['I thank the court for its wise decision. | Ana Sol (inferred) | say']);
  });

  it('should give a paragraph of quotation to the person the paragraph before made its subject', () => {
    expect(
      read([
        '“I did nothing wrong at all,” Tom Reyes said in court.',
        'As Reyes wept, Judge Alan Crane praised the jurors for their care.',
        '“Your care and attention justify the trust placed in you by everyone here.”',
      ]),
    ).toEqual([
      'I did nothing wrong at all, | Tom Reyes | say',
      'Your care and attention justify the trust placed in you by everyone here. | Alan Crane (inferred) | -',
    ]);
  });

  it('should keep the speaker when a noun ("comments") stands between the verb and the quotation', () => {
    expect(
      read([
        'The union representing 2,000 nurses claimed comments made by the minister “undermined the hard work of every nurse”.',
      ]),
    ).toEqual([
      'undermined the hard work of every nurse | The union representing 2,000 nurses | claim',
    ]);
  });

  it('should say "unclear" when "they" may be either of two bodies that spoke last', () => {
    const before = [
      'A spokesperson for the council said the post was “wrong and should not have been shared”.',
    ];
    const after = [
      'They said staff were “looking into it” and would remind everyone to stay neutral.',
    ];
    expect(read([...before, ...after])[1]).toBe(
      'looking into it | A spokesperson for the council (inferred) | say',
    );
    expect(read([...before, 'The City Watch account replied: “Exactly this.”', ...after])[2]).toBe(
      'looking into it | unclear | say',
    );
  });

  it('should read passives, "quoted X as saying", participles and both parts of a split quotation', () => {
    expect(
      read([
        'The tweet was described as “unacceptable” by a council spokesman.',
        'The paper quoted Ray Holt, the chief executive, as saying the deal “gives us a footprint we never had”.',
        'The council responded, adding: “Exactly right.”',
        'Mary Bell chaired the meeting. “We will act on this today,” she said. “Nothing will stop us now.”',
        'It was reported that the post “broke every rule in the book”.',
      ]),
    ).toEqual([
      'unacceptable | a council spokesman | describe',
      'gives us a footprint we never had | Ray Holt | say',
      'Exactly right. | The council | add',
      'We will act on this today, | Mary Bell (inferred) | say',
      'Nothing will stop us now. | Mary Bell (inferred) | say',
      'broke every rule in the book | unclear | report',
    ]);
  });
});

describe('the sentences a paragraph is read in', () => {
  it('should read a paragraph without sentence ends in bounded pieces, never cut inside a quotation', () => {
    const filler = Array.from({ length: 900 }, (_, i) => ['council', 'budget', 'bridge'][i % 3]);
    const quote = `“${Array.from({ length: 60 }, () => 'we will build the bridge').join(' ')}”`;
    const text = `${filler.join(' ')} ${quote} ${filler.join(' ')}, Jane Smith said “it opens in May”`;
    const quotes = findMarkedQuotes(text);
    const spans = sentencesAround(text, quotes);
    expect(spans.length).toBeGreaterThan(2);
    // Each piece is bounded (a quotation may carry one past the bound), and they tile the text.
    expect(spans.every((s) => s.endExclusive - s.start <= MAX_SENTENCE_CHARS + quote.length)).toBe(
      true,
    );
    expect(spans.map((s) => text.slice(s.start, s.endExclusive)).join('')).toBe(text);
    for (const q of quotes) {
      expect(spans.some((s) => s.start <= q.start && q.endExclusive <= s.endExclusive)).toBe(true);
    }
    // The speaker of the last quotation is still found.
    expect(read([text]).at(-1)).toBe('it opens in May | Jane Smith | say');
    // A stretch without a space (a long address) does not end the bounding.
    const address = `https://example.org/${'a'.repeat(MAX_SENTENCE_CHARS + 100)}`;
    const long = `${address} ${filler.join(' ')} ${filler.join(' ')}`;
    const pieces = sentencesAround(long, []);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.slice(1).every((s) => s.endExclusive - s.start <= MAX_SENTENCE_CHARS)).toBe(true);
  });
});

describe('narrationTokens', () => {
  it('should give the tokens of the blanked text, from the text’s tokens where it can', () => {
    // Letters (one beyond ASCII, which sends a text to the pattern), digits, the marks a
    // word keeps inside (apostrophes, hyphens, dots) and quotation marks, white space.
    const alphabet = ['a', 'B', '1', ' ', "'", '’', '-', '.', '“', '”', '"', ',', 'é'];
    const random = mulberry32(7);
    let reused = 0;
    let readAnew = 0;
    for (const text of randomTexts(alphabet, { seed: 99, count: 20000, maxPieces: 16, rare: 1 })) {
      // The marked quotations, or spans cut anywhere.
      const quotes: Quote[] = [];
      if (random() < 0.5) {
        quotes.push(...findMarkedQuotes(text));
      } else {
        for (let at = 0; at < text.length;) {
          const start = at + Math.floor(random() * 4);
          const end = Math.min(text.length, start + 1 + Math.floor(random() * 5));
          if (start < end) {
            quotes.push({ text: text.slice(start, end), start, endExclusive: end });
          }
          at = end + 1;
        }
      }
      const own = wordTokens(text);
      const tokens = narrationTokens(text, quotes, own);
      expect(tokens, JSON.stringify([text, quotes])).toEqual(wordTokens(blankQuotes(text, quotes)));
      if (quotes.length > 0) {
        if (tokens.every((t) => own.includes(t))) {
          reused++;
        } else {
          readAnew++;
        }
      }
    }
    expect(reused).toBeGreaterThan(1000);
    expect(readAnew).toBeGreaterThan(1000);
  });
});

/** The text with the quotations' words blanked out, as the quotations analysis reads it. */
function blankQuotes(text: string, quotes: ReadonlyArray<Quote>): string {
  let out = text;
  for (const q of quotes) {
    out = out.slice(0, q.start) + ' '.repeat(q.endExclusive - q.start) + out.slice(q.endExclusive);
  }
  return out;
}

describe('one paragraph reader for the articles of a comparison', () => {
  it('should read a sentence shared by two articles by the people each has named', () => {
    // "avid Thomson" (a lost letter) is a speaker only where Thomson was named before.
    const quoted = 'avid Thomson said “we will grow the business again this year”.';
    const articles = [
      testArticle('a.txt', ['Roy Thomson runs the firm.', quoted]),
      testArticle('b.txt', [quoted]),
    ];
    const speakers = (reader?: ReturnType<typeof paragraphReader>, order = [0, 1]) =>
      order.map(
        (k) =>
          articleQuotations(
            articles[k] as (typeof articles)[number],
            articleIndex(k),
            ATTRIBUTION_VERBS,
            QUOTATION_VERBS,
            undefined,
            reader,
          ).quotations[0]?.speaker ?? null,
      );
    const alone = speakers();
    expect(alone[0]).not.toBe(alone[1]);
    expect(speakers(paragraphReader(ATTRIBUTION_VERBS, QUOTATION_VERBS))).toEqual(alone);
    expect(speakers(paragraphReader(ATTRIBUTION_VERBS, QUOTATION_VERBS), [1, 0])).toEqual([
      alone[1],
      alone[0],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  extractMetadata,
  leadingStampLength,
  MAX_TITLE_WORDS,
  outletFromEvidence,
  publisherStatement,
} from './metadata';

const meta = (paragraphs: ReadonlyArray<string>) =>
  extractMetadata(
    paragraphs,
    paragraphs.map(() => false),
  );

describe('extractMetadata', () => {
  it('should take a first line of at most MAX_TITLE_WORDS words, spaced any way, for the title', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `W${i}`);
    const longest = ` ${words(MAX_TITLE_WORDS).join(' \t ')} `;
    expect(meta([longest, 'Body text.']).title).toBe(longest.trim());
    expect(meta([words(MAX_TITLE_WORDS + 1).join(' '), 'Body text.']).title).toBeNull();
  });

  it('should take the site from after the last bar only if it is 2 to 60 characters after white space', () => {
    const title = (line: string) => meta([line, 'Body text.']).title;
    expect(title(`Met admits error |  \t ${'x'.repeat(60)}`)).toBe('Met admits error');
    expect(title(`Met admits error | ${'x'.repeat(61)}`)).toBe(
      `Met admits error | ${'x'.repeat(61)}`,
    );
    expect(title('Met | admits | error | Reuters')).toBe('Met | admits | error');
    expect(title('Met admits error |x')).toBe('Met admits error |x');
    expect(title('Met admits error | x')).toBe('Met admits error | x');
  });

  it('should take a headline ending in "!" or "?" for the title only when text follows it', () => {
    expect(meta(['Yoon impeached: What happens next?', 'Body text.']).title).toBe(
      'Yoon impeached: What happens next?',
    );
    expect(meta(['Rittenhouse NOT GUILTY on ALL Charges!', 'Body text.']).title).toBe(
      'Rittenhouse NOT GUILTY on ALL Charges!',
    );
    // Past an image label, the headline is the second line.
    expect(meta(['kyle rittenhouse verdict\nWhat happens next?', 'Body.']).title).toBe(
      'What happens next?',
    );
    // Alone, it may be the whole article: a sentence, no title.
    expect(meta(['What happens next?']).title).toBeNull();
    expect(meta(['kyle rittenhouse verdict\nWhat happens next?']).title).toBeNull();
    // A full stop ends a sentence wherever it stands.
    expect(meta(['The jury cleared him.', 'Body text.']).title).toBeNull();
  });

  it('should read a title and a leading date', () => {
    expect(meta(['Met admits error', 'Body text.'])).toEqual({
      title: 'Met admits error',
      outlet: null,
      date: null,
    });
    expect(meta([' date 2022-02-18 Scotland Yard said it was wrong.']).date).toBe('2022-02-18');
  });

  it('should read the date of a date line with labels, a weekday, a time and its zone', () => {
    const dateOf = (line: string) => meta(['Bridge closed', line, 'The story.']).date;
    expect(dateOf('Updated 3:45 PM EST, Fri November 19, 2021')).toBe('2021-11-19');
    expect(dateOf('Mon 11 Mar 2024 15.30 GMT')).toBe('2024-03-11');
    expect(dateOf('Published: 4 April 2025')).toBe('2025-04-04');
    // A date inside a sentence is the story's, not the article's.
    expect(dateOf('Engineers found the crack on 25 August 2020, the council said.')).toBeNull();
  });

  it('should read the headline past a date stamp, an image label in lower case or a photo caption', () => {
    expect(meta([' date 2025-04-04 Ex-S. Korean president apologizes', 'Body text.'])).toEqual({
      title: 'Ex-S. Korean president apologizes',
      outlet: null,
      date: '2025-04-04',
    });
    expect(
      meta(['kyle rittenhouse verdict defense\nRittenhouse cleared of all charges', 'Body.']).title,
    ).toBe('Rittenhouse cleared of all charges');
    expect(
      meta([
        'The acting president speaks at a briefing in Seoul, Monday, March 24, 2025. (REUTERS)',
        'Court dismisses impeachment of acting president',
        'Body text.',
      ]).title,
    ).toBe('Court dismisses impeachment of acting president');
    // A sentence after the stamp is no headline.
    expect(meta([' date 2022-02-18 Scotland Yard said it was wrong.']).title).toBeNull();
    // Only the first line is passed over, and a headline in capitals stays one.
    expect(meta(['MET ADMITS ERROR', 'Body text.']).title).toBe('MET ADMITS ERROR');
    // Scripts without letter case, with a Latin word in lower case, are headlines too; so is
    // a line ending in brackets that credit no one.
    expect(meta(['הבחירות בישראל: התוצאות לפי ynet', 'Body text.']).title).toBe(
      'הבחירות בישראל: התוצאות לפי ynet',
    );
    expect(meta(['Watch the verdict live! (Video)', 'Body text.']).title).toBe(
      'Watch the verdict live! (Video)',
    );
    // A caption ends with a full stop and its credit, in any case: the next line is the title.
    for (const caption of [
      'Protesters outside the court. (AP Photo/Morry Gash)',
      'Supporters rally outside the court in Seoul. (Yonhap)',
      'Police at the scene on Monday. (Reuters)',
      'The president speaks. (Associated Press)',
      'The president speaks. [Reuters/Kevin Lamarque]',
      'The acting president speaks, March 24, 2025. (REUTERS)',
    ]) {
      expect(meta([caption, 'Verdict in', 'Body.']).title).toBe('Verdict in');
    }
    // Brackets that credit no one leave a headline one.
    for (const headline of [
      'Watch the verdict live! (VIDEO)',
      'Who won the vote? (2024)',
      'Yoon removed: what next? (1/3)',
      'Court rules on the appeal. (LIVE)',
    ]) {
      expect(meta([headline, 'Body text.']).title).toBe(headline);
    }
  });

  it('should not take a section after the headline for the outlet (seed 001)', () => {
    expect(
      meta([
        'Met police admit tweet critical of Sadiq Khan was unacceptable | Metropolitan police',
        'Scotland Yard has been forced to admit it was “unacceptable”.',
      ]),
    ).toEqual({
      title: 'Met police admit tweet critical of Sadiq Khan was unacceptable',
      outlet: null,
      date: null,
    });
  });

  it('should name the outlet of a title suffix that the text confirms or that is a site', () => {
    expect(
      meta([
        'Met admits error | The Guardian',
        'Body text.',
        '© 2022 Guardian News & Media Limited or its affiliated companies. All rights reserved.',
      ]).outlet,
    ).toBe('The Guardian');
    expect(meta(['Met admits error | theguardian.com', 'Body text.']).outlet).toBe(
      'theguardian.com',
    );
  });

  it('should name the publisher a statement names, even without a title suffix', () => {
    expect(
      meta([
        'A first paragraph that is a full sentence.',
        'Copyright 2021 The Associated Press. All rights reserved.',
      ]).outlet,
    ).toBe('The Associated Press');
  });

  it('should invent nothing when the text shows nothing', () => {
    expect(meta(['A first paragraph that is a full sentence.'])).toEqual({
      title: null,
      outlet: null,
      date: null,
    });
  });
});

describe('publisherStatement', () => {
  it('should read copyright lines and "originally published" notes', () => {
    expect(publisherStatement(['© Copyright 2019 Evening Post'])).toBe('Evening Post');
    expect(publisherStatement(['© Chiswick Herald 2024'])).toBe('Chiswick Herald');
    expect(publisherStatement(['Copyright The Herald, 2019-2024. All rights reserved.'])).toBe(
      'The Herald',
    );
    expect(publisherStatement(['© Radio 4 Extra'])).toBe('Radio 4 Extra');
    expect(publisherStatement(['This article was originally published in The Conversation.'])).toBe(
      'The Conversation',
    );
    expect(publisherStatement(['This story first appeared on Stuff, 3 May'])).toBe('Stuff');
  });

  it('should not take times, lower-case words or long sentences for a publisher', () => {
    expect(publisherStatement(['The plan was originally published in March.'])).toBeNull();
    expect(publisherStatement(['It first appeared on Monday.'])).toBeNull();
    expect(publisherStatement(['Copyright laws changed.'])).toBeNull();
    expect(
      publisherStatement([
        `The minister said the report, originally published by The Times, ${'was wrong and '.repeat(12)}misleading.`,
      ]),
    ).toBeNull();
  });
});

describe('outletFromEvidence', () => {
  it('should keep a suffix only with evidence, else the statement', () => {
    expect(outletFromEvidence('Metropolitan police', ['Body.'])).toBeNull();
    expect(outletFromEvidence('Politics', ['Body.', '© 2020 The Herald'])).toBe('The Herald');
  });
});

describe('leadingStampLength', () => {
  it('should measure a date stamp at the front of a text, white space after it included', () => {
    expect(leadingStampLength(' date 2022-02-18 Scotland Yard has')).toBe(
      ' date 2022-02-18 '.length,
    );
    expect(leadingStampLength('Updated: 2021-11-19\nKENOSHA, Wis.')).toBe(
      'Updated: 2021-11-19\n'.length,
    );
    expect(leadingStampLength('date 2022-02-18')).toBe('date 2022-02-18'.length);
  });

  it('should find none where the text does not start with one', () => {
    expect(leadingStampLength('Scotland Yard said on 2022-02-18 that')).toBe(0);
    expect(leadingStampLength('Date of the trial: 2022-02-18')).toBe(0);
    expect(leadingStampLength('Updated the figures 2021-11-19')).toBe(0);
    expect(leadingStampLength('')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { BoilerplateReason } from '../model';
import { commentSectionStart, detectBoilerplate, isDateLine, mastheadIndex } from './boilerplate';

/** A paragraph between others (past the headline zone), followed by a longer one. */
const between = (text: string) =>
  detectBoilerplate(
    text,
    'The next paragraph tells the story in a full sentence with many words.',
    5,
  );

/**
 * Each line, as a paragraph just under the headline (index 1, where the furniture rule does
 * not look) before a longer one, is marked `reason` (null: left as text).
 */
function expectMarkedAtTop(lines: ReadonlyArray<string>, reason: BoilerplateReason | null): void {
  for (const line of lines) {
    expect([line, detectBoilerplate(line, 'The story in a long sentence.', 1)]).toEqual([
      line,
      reason,
    ]);
  }
}

describe('detectBoilerplate: bylines, dates and credits in any case', () => {
  it('should mark bylines however they are written', () => {
    expect(detectBoilerplate('By John Smith', undefined)).toBe('byline');
    expect(detectBoilerplate('BY JOHN SMITH', undefined)).toBe('byline');
    expect(detectBoilerplate('by Jane Doe and John Roe', undefined)).toBe('byline');
    expect(detectBoilerplate('By Staff\n|\nGoogle Oneindia News', undefined)).toBe('byline');
    expect(detectBoilerplate('BY JANE DOE AND JOHN ROE', undefined)).toBe('byline');
    expect(detectBoilerplate('With Files From The Associated Press', undefined)).toBe('byline');
    expect(detectBoilerplate('FROM THE ASSOCIATED PRESS', undefined)).toBe('byline');
  });

  it('should leave short sentences that start with "By", "From" or "Via" alone', () => {
    expect(detectBoilerplate('By then it was over.', undefined)).toBeNull();
    expect(detectBoilerplate('By the evening, police had left.', undefined)).toBeNull();
    expect(detectBoilerplate('From there it only got worse.', undefined)).toBeNull();
    expect(detectBoilerplate('Via the tunnel they fled.', undefined)).toBeNull();
    expect(detectBoilerplate('with reporting by the team', undefined)).toBeNull();
  });

  it('should mark date and time lines with weekdays, times and labels', () => {
    expect(detectBoilerplate('UPDATED 10:26 AM PT – Friday, November 19, 2021', undefined)).toBe(
      'date-line',
    );
    expect(
      detectBoilerplate('OAN Newsroom\nUPDATED 10:26 AM PT – Friday, November 19, 2021', undefined),
    ).toBe('date-line');
    expect(detectBoilerplate('Mon 4 Apr 2022 14.30 BST | Updated', undefined)).toBe('date-line');
    expect(detectBoilerplate('Published: 3 March 2025', undefined)).toBe('date-line');
    expect(isDateLine('12:34:56 GMT')).toBe(true);
    expect(
      isDateLine('Published: Monday, 11 March 2024, 6:10pm | Last updated: 12 March 2024'),
    ).toBe(true);
  });

  it('should mark relative times, reading times and dates glued by slashes, at the top too', () => {
    expectMarkedAtTop(
      [
        'Published 3 hours ago',
        'Updated: an hour ago',
        'about 2 mins ago',
        '5 min read',
        '4-minute listen',
        'Posted: Nov 19, 2021 / 02:51 PM CST',
        'Updated: Nov 19, 2021 / 05:13 PM CST',
        'Last modified on Fri 19 Nov 2021 18.52 GMT',
      ],
      'date-line',
    );
  });

  it('should leave sentences about hours ago, minutes and dates alone', () => {
    expectMarkedAtTop(
      [
        'Three hours ago, police arrived at the scene.',
        'The jury took 5 minutes to read the verdict.',
        'He was released 2 days ago, his lawyer said.',
        'The court sat on 19/11/2021 and again on 20/11/2021 to hear the case.',
      ],
      null,
    );
  });

  it('should not take a run of digits and colons, or a line longer than any date line, for one', () => {
    expect(isDateLine('12:34:56:12:34')).toBe(false);
    expect(isDateLine('Mon 11 Mar 2024 15.30 GMT '.repeat(5))).toBe(false);
  });

  it('should mark "Read:", "More from X:", credits and furniture words', () => {
    expect(detectBoilerplate('Read: How the vote was won', undefined)).toBe('navigation');
    expect(detectBoilerplate('More from Politics: the week in review', undefined)).toBe(
      'navigation',
    );
    expect(detectBoilerplate('IN OTHER NEWS: Something else happened today', undefined)).toBe(
      'navigation',
    );
    expect(detectBoilerplate('With files from The Associated Press', undefined)).toBe('byline');
    // Every line is boilerplate: the paragraph takes the first reason other than navigation.
    expect(detectBoilerplate('Share\nFrom the Associated Press', undefined)).toBe('share-prompt');
    expect(detectBoilerplate('Advertisement\nFrom the Associated Press', undefined)).toBe('byline');
    expect(detectBoilerplate('Photo: AFP', undefined)).toBe('navigation');
    expect(detectBoilerplate('(REUTERS)', undefined)).toBe('navigation');
  });

  it('should read a furniture word before colons and white space, and a line of icons', () => {
    expect(detectBoilerplate('Most read: :', undefined)).toBe('navigation');
    expect(detectBoilerplate('Advertisement:\u2003:', undefined)).toBe('navigation');
    expect(detectBoilerplate('Advertisement: here', undefined)).toBeNull();
    expect(detectBoilerplate('fb-icon x-Icon mail-ICON print-icon share', undefined)).toBe(
      'icon-junk',
    );
    expect(detectBoilerplate('The icon of the city was seen by many people', undefined)).toBeNull();
  });

  it('should mark picture and agency credits by their form, whatever the agency', () => {
    // Under a share prompt, so that only a credit line makes the paragraph boilerplate.
    for (const credit of [
      'Share\n(AP)',
      'Share\n(Kyodo)',
      'Share\n(Getty Images)',
      'Share\n(AP/Jane Doe)',
      'Share\nGetty Images',
      'Share\nAP Photo/Evan Vucci',
      'Share\nAnadolu Agency Photo',
      'Share\nKYODO NEWS IMAGES',
    ]) {
      expect(detectBoilerplate(credit, undefined), credit).toBe('share-prompt');
    }
    expect(detectBoilerplate('Share\n(He denied it.)', undefined)).toBeNull();
    expect(detectBoilerplate('Share\nThe photos were shared widely.', undefined)).toBeNull();
    expect(detectBoilerplate('Connect with us', undefined)).toBe('navigation');
    expect(detectBoilerplate('ASIA', undefined)).toBe('navigation');
  });
});

describe('detectBoilerplate: furniture between paragraphs', () => {
  it('should mark subheadings and lead-ins between paragraphs', () => {
    expect(between('What happens next?')).toBe('subheading');
    expect(between('REVENUE SPLIT')).toBe('subheading');
    expect(between('Ferguson said:')).toBe('lead-in');
  });

  it('should leave the headline zone, sentences and short quotes alone', () => {
    expect(
      detectBoilerplate(
        'Mayor hits back at police',
        'A much longer paragraph follows with many words.',
        0,
      ),
    ).toBeNull();
    expect(between('He resigned on Friday.')).toBeNull();
    expect(between('“Exactly this.”')).toBeNull();
    expect(
      between('By then, the jury had left the courtroom for the day and the judge spoke.'),
    ).toBeNull();
    expect(detectBoilerplate('Share prices fell sharply on Monday.', undefined)).toBeNull();
    expect(detectBoilerplate('Friday was the deadline for the vote.', undefined)).toBeNull();
  });

  it('should not take a short closing paragraph for a subheading', () => {
    expect(detectBoilerplate('The vote is next week', undefined, 9)).toBeNull();
  });
});

describe('detectBoilerplate: what a page asks of its reader', () => {
  it('should mark cookie notices, paywall and app prompts, and picture labels', () => {
    for (const line of [
      'We use cookies to improve your experience.',
      'This website uses cookies to ensure you get the best experience on our website. Learn more',
      'Accept all cookies',
      'Cookie settings',
      'Subscribe to unlock this article',
      'Already a subscriber? Log in',
      'Try unlimited access for just £1 for 4 weeks',
      'CLICK HERE TO GET THE FOX NEWS APP',
      'Sign up for our newsletter',
      'Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST',
      'Subscribe to our politics newsletter for the latest news and analysis.',
      'Image source, PA Media',
      'Image caption,',
      'Ad Feedback',
    ]) {
      expect([line, detectBoilerplate(line, undefined)]).toEqual([line, 'navigation']);
    }
  });

  it('should mark reading prompts, follow prompts and photo captions with their credit', () => {
    expectMarkedAtTop(
      [
        'Listen to this article',
        'Listen to article 4 min',
        'Sign up here.',
        'Follow us on Twitter',
        'Follow Jane Doe on X and Bluesky',
        'Kyle Smith listens as the verdict is read. (Sean Krajacic/The Kenosha News via AP, Pool)',
        'Protesters gather outside the court on Friday. (AP Photo/Evan Vucci)',
        'The minister arrives for the vote. (Photo by Jane Doe/Example Images)',
      ],
      'navigation',
    );
  });

  it('should leave sentences that end in an agency, a poll or a photo in their words alone', () => {
    expectMarkedAtTop(
      [
        'The ministry said the talks would resume on Monday. (AFP)',
        'Support for the plan fell to 40 percent (Reuters/Ipsos).',
        'Support for the plan fell to 40 percent (Reuters/Ipsos)',
        'Follow the money, the prosecutor told the jury.',
        'Sign up was slow at first, organisers said.',
        'The photo was taken on Friday, the agency said.',
        'Residents shared pictures of the flood online (see photo).',
        'Residents shared pictures of the flood online (photos below)',
        'Listen to the tapes and you will hear it, he said.',
      ],
      null,
    );
  });

  it('should mark copyright lines and closing credits as credits', () => {
    for (const line of [
      'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
      '© 2024 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.',
      'CNN’s Lauren Kent contributed reporting.',
      'Jane Doe and John Roe contributed to this report.',
      'Reporting by Kate Holton; Editing by Alison Williams',
      '© 2022 Example News Ltd',
      '© Chiswick Herald 2024',
      'Copyright © 2024 Reach plc',
      '(c) 2023 Newsquest Media Group Ltd.',
    ]) {
      expect([line, detectBoilerplate(line, undefined)]).toEqual([line, 'byline']);
    }
  });

  it('should leave sentences of an article about cookies, copyright or subscribers alone', () => {
    for (const line of [
      'We use cookies to track the bridge traffic, the council said.',
      'Cookies were offered to every commuter on the first morning.',
      'The copyright dispute has dragged on since 2019, the court heard.',
      'Subscribers were told the paper would close in March.',
      'Sign-ups for the council’s newsletter doubled after the bridge closed, officials said.',
      'Registered voters will get a newsletter from the council before the vote, it said.',
      'Reporting by the BBC showed the crack had been known for weeks.',
      'Three reporters contributed to the investigation over two years.',
      '(c) Councils must report their progress to the housing minister each quarter.',
    ]) {
      expect([line, detectBoilerplate(line, undefined)]).toEqual([line, null]);
    }
  });

  it('should mark wire credits in brackets, contributors named at length and posting lines', () => {
    expectMarkedAtTop(
      [
        '(Reporting by Jane Doe; Editing by John Smith)',
        '[Reporting by Jane Doe in London; additional reporting by Bob Lee; Editing by Alex Roe]',
        '(Additional reporting by Jane Doe)',
        'Associated Press writer Jane Doe in Madison contributed to this report.',
        'Associated Press writers Jane Doe in Madison, Wis., and John Roe in Chicago contributed to this report.',
        'CNN’s Lauren Kent contributed reporting from London.',
        'Posted by Jane Doe on November 19, 2021',
        'Posted on 19 Nov 2021 by Jane Doe',
      ],
      'byline',
    );
  });

  it('should mark what a page says around the article: prompts, promos, tags and comment forms', () => {
    expectMarkedAtTop(
      [
        'Story continues below advertisement',
        'Article continues after advertisement',
        'Continue reading the main story',
        'Loading...',
        'Next article',
        'Trending Now',
        'Don’t miss',
        'Leave a Reply',
        '12 Comments',
        'Your email address will not be published. Required fields are marked *',
        'Filed under: Politics',
        'Tags: Kenosha, trial, verdict',
        'WATCH | Crowds gather outside the court',
        'Media caption, Watch: the verdict is read',
        'Photo by Jane Doe/Getty Images',
        'Follow Jane Doe on Twitter: @janedoe',
        'Our Standards: The Trust Principles.',
        'Have a news tip? Email us at tips@example.com',
        'We want to hear from you. Contact us at news@example.com.',
        'Send us your feedback',
        'Get the latest news delivered to your inbox',
        'Subscribe to our YouTube channel',
        'Download our app',
      ],
      'navigation',
    );
  });

  it('should leave sentences that start or end like those lines alone', () => {
    expectMarkedAtTop(
      [
        '(By then it was over.)',
        '(The jury deliberated for three days.)',
        'The council said residents contributed to this report on the bridge. Engineers agreed.',
        'Posted by the council, the notice warned residents.',
        'The story continues to unfold as protesters gather outside the court.',
        'Tags were attached to every bag: the police said so.',
        'Watch the verdict live on our channel at 3pm, the court said.',
        'Photo by photo, the jury reviewed the evidence.',
        'Have a look at the full ruling, the judge said.',
        'Download the ruling here.',
        'Residents can contact us at the council offices, the mayor said.',
        'Our standards are higher than anyone’s, the chief said.',
        'Get the latest figures from the ministry, the minister urged.',
        '3 comments from the judge shocked the room.',
      ],
      null,
    );
  });
});

describe('mastheadIndex', () => {
  /** The masthead of an article's paragraphs, each marked by its own as the loader does. */
  const mastheadOf = (texts: ReadonlyArray<string>) =>
    mastheadIndex(
      texts,
      texts.map((t, i) => detectBoilerplate(t, texts[i + 1], i)),
    );
  const body = [
    'Kyle Rittenhouse was found not guilty on all charges on Friday.',
    'The jury deliberated for three days before the verdict was read.',
  ];

  it('should find a site name above the headline that the article never uses again', () => {
    expect(
      mastheadOf(['The Lakeside Courier', 'Rittenhouse NOT GUILTY on All Charges!', ...body]),
    ).toBe(0);
    // Below navigation the article marks itself, and in capitals.
    expect(mastheadOf(['Menu', 'VALLEY GAZETTE', 'Rittenhouse cleared by jury', ...body])).toBe(1);
  });

  it('should keep a short headline that shares a word with its story', () => {
    expect(mastheadOf(['Rittenhouse Cleared', 'Jury verdict after three days', ...body])).toBe(-1);
    // Its words stemmed: "Verdicts" is the story's "verdict".
    expect(mastheadOf(['Verdicts Today', 'Rittenhouse cleared by jury', ...body])).toBe(-1);
  });

  it('should keep a name over body text, a sentence, lower case or a long line', () => {
    // No headline under it: two lines at the top are not there to tell one from the other.
    expect(mastheadOf(['The Lakeside Courier', ...body])).toBe(-1);
    expect(mastheadOf(['The Lakeside Courier.', 'Rittenhouse cleared by jury', ...body])).toBe(-1);
    expect(mastheadOf(['the lakeside courier', 'Rittenhouse cleared by jury', ...body])).toBe(-1);
    expect(
      mastheadOf(['The Lakeside Courier Of The Great Lakes', 'Rittenhouse cleared', ...body]),
    ).toBe(-1);
    // A headline of more than 25 words is body text.
    expect(mastheadOf(['The Lakeside Courier', `${'word '.repeat(26)}end`, ...body])).toBe(-1);
  });

  it('should look only at the first content paragraph, within the first three', () => {
    expect(
      mastheadOf([
        'Menu',
        'Home',
        'Search',
        'The Lakeside Courier',
        'Rittenhouse cleared',
        ...body,
      ]),
    ).toBe(-1);
    expect(
      mastheadOf([body[0] as string, 'The Lakeside Courier', 'Rittenhouse cleared', ...body]),
    ).toBe(-1);
  });
});

describe('commentSectionStart', () => {
  const article = [
    'The council closed the bridge on Monday after engineers found a crack.',
    'Repairs could take a year, the council said.',
  ];

  it('should find the comments of readers under numbered headers, or headers with their date', () => {
    expect(
      commentSectionStart([
        ...article,
        '  1. bridgefan says:',
        '    About time.',
        '  2. J. Smith says:',
        '    They knew for years.',
        '    Nobody listened.',
      ]),
    ).toBe(2);
    expect(
      commentSectionStart([
        ...article,
        'Comments',
        'bridgefan says:\nMay 15, 2007 at 3:45 pm',
        'About time.',
        'Jane Doe wrote:',
        '15 May 2007 at 16:02',
        'They knew for years.',
      ]),
    ).toBe(3);
  });

  it('should leave a lone header and the lead-ins to quotes alone', () => {
    expect(commentSectionStart([...article, '  1. bridgefan says:', '    About time.'])).toBe(-1);
    expect(
      commentSectionStart([
        ...article,
        'Ferguson said:',
        '"We will rebuild it."',
        'The mayor said:',
        '"It will reopen in May."',
      ]),
    ).toBe(-1);
    // A numbered list of what someone said is no comment section: a commenter's name is short.
    expect(
      commentSectionStart([
        ...article,
        '1. What the engineers at the council said:',
        'The crack was found in May.',
        '2. What the transport minister later said:',
        'Repairs will be paid for.',
      ]),
    ).toBe(-1);
    // A sentence that ends in "says" is not a header.
    expect(
      commentSectionStart([
        ...article,
        '1. The council says it will pay.',
        '2. The mayor says: no.',
      ]),
    ).toBe(-1);
  });
});

import { describe, expect, it } from 'vitest';
import { testArticle } from '../testing/article';
import {
  articleLabel,
  articleName,
  isolatedLabel,
  labelParts,
  leadExcerpt,
  quotedWords,
} from './article-name';

describe('articleLabel', () => {
  it('should name an article by its outlet, else by its headline, else by its first words', () => {
    const text = [' date 2022-02-18 Scotland Yard has been forced to admit it was wrong.'];
    expect(articleLabel(testArticle('a.txt', text, { outlet: 'The Guardian' }), '#1')).toBe(
      '#1 The Guardian',
    );
    expect(
      articleLabel(
        {
          ...testArticle('b.txt', text),
          title: 'Sadiq Khan denies giving ultimatum',
          titleSource: 'text',
        },
        '#2',
      ),
    ).toBe('#2 Sadiq Khan denies giving…');
    // Titled by its file name: the first words of its text (not the saved page's stamp).
    expect(articleLabel(testArticle('000_69ff.txt', text), '#3')).toBe(
      '#3 “Scotland Yard has been…”',
    );
    expect(leadExcerpt(testArticle('000_69ff.txt', text))).toBe(
      'Scotland Yard has been forced to admit it was wrong.',
    );
  });

  it('should fall back on the file name when there is no text to quote', () => {
    expect(articleLabel(testArticle('000_69ff.txt', ['Share'], { boilerplate: [0] }), '#4')).toBe(
      '#4 000_69ff.txt',
    );
  });
});

describe('articleName', () => {
  it('should name an article as its column does, without the number: the outlet the user gave over the file', () => {
    const text = ['Scotland Yard has been forced to admit it was wrong.'];
    const file = testArticle('orlandosentinel.txt', text);
    expect(articleName(file)).toBe('“Scotland Yard has been…”');
    expect(articleName({ ...file, outlet: 'Orlando Sentinel' })).toBe('Orlando Sentinel');
    expect(articleName({ ...file, title: 'Verdict read out', titleSource: 'user' })).toBe(
      'Verdict read out',
    );
    expect(articleLabel(file, '#2')).toBe(`#2 ${articleName(file)}`);
  });
});

describe('labelParts', () => {
  it('should keep the number and the quotation marks apart from the words of the article', () => {
    expect(labelParts('#1 “ראש הממשלה הודיע ביום…”')).toEqual({
      number: '#1 ',
      words: 'ראש הממשלה הודיע ביום…',
      quoted: true,
    });
    expect(labelParts('#2 The Guardian')).toEqual({
      number: '#2 ',
      words: 'The Guardian',
      quoted: false,
    });
    // A blind name, or a title that itself starts with a quotation mark, is words only.
    expect(labelParts('Outlet A')).toEqual({ number: '', words: 'Outlet A', quoted: false });
    expect(labelParts('#3 “Unacceptable”, Met says')).toEqual({
      number: '#3 ',
      words: '“Unacceptable”, Met says',
      quoted: false,
    });
  });

  it('should isolate only the words in plain text', () => {
    expect(isolatedLabel('#1 “ראש הממשלה…”')).toBe('#1 “\u2068ראש הממשלה…\u2069”');
    expect(isolatedLabel('Outlet B')).toBe('\u2068Outlet B\u2069');
  });
});

describe('quotedWords', () => {
  it('should take only a lead in the quotation marks for one, not a title that holds its own', () => {
    expect(quotedWords('“Scotland Yard has been…”')).toEqual({
      words: 'Scotland Yard has been…',
      quoted: true,
    });
    expect(quotedWords('“Unacceptable” and “wrong”')).toEqual({
      words: '“Unacceptable” and “wrong”',
      quoted: false,
    });
    // An outlet whose name starts like a number keeps it (the number is the caller's).
    expect(quotedWords('#1 Radio')).toEqual({ words: '#1 Radio', quoted: false });
    expect(labelParts('#2 #1 Radio')).toEqual({ number: '#2 ', words: '#1 Radio', quoted: false });
  });
});

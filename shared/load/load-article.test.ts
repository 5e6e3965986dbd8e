import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { detectBoilerplate } from './boilerplate';
import { parseDate } from './metadata';
import { loadArticle, loadArticles, MAX_ARTICLE_BYTES, tooFewArticles } from './load-article';
import { looksLikeHtml } from './html';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const parseHtml = (html: string): unknown => parseHTML(html).document;
const texts = (bytes: Uint8Array, file = 'a.txt'): ReadonlyArray<string> => {
  const r = loadArticle({ file, bytes }, { parseHtml });
  if (!r.ok) {
    throw new Error(r.error.message);
  }
  return r.article.paragraphs.map((p) => p.text);
};
const errorOf = (bytes: Uint8Array, file = 'bad.txt') => {
  const r = loadArticle({ file, bytes }, { parseHtml });
  return r.ok ? null : r.error;
};

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe('loadArticle', () => {
  it('should split blank-line blocks and keep multi-line blocks whole', () => {
    expect(texts(utf8('Title line\nSub-title\n\nFirst para.\n\n\nSecond para.\n'))).toEqual([
      'Title line\nSub-title',
      'First para.',
      'Second para.',
    ]);
  });

  it('should take one paragraph per line when the file has no blank line', () => {
    expect(texts(utf8('One.\nTwo.\nThree.'))).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('should load CRLF, UTF-8 BOM, UTF-16 LE/BE and Latin-1 files alike', () => {
    const expected = ['Café “news”.', 'Second.'];
    expect(texts(utf8('Café “news”.\r\n\r\nSecond.\r\n'))).toEqual(expected);
    expect(texts(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Café “news”.\n\nSecond.')]))).toEqual(
      expected,
    );
    expect(texts(utf16('Café “news”.\n\nSecond.', false))).toEqual(expected);
    expect(texts(utf16('Café “news”.\r\n\r\nSecond.', true))).toEqual(expected);
    // Windows-1252: é = 0xE9, curly quotes = 0x93/0x94.
    const latin = new Uint8Array([
      ...utf8('Caf'),
      0xe9,
      0x20,
      0x93,
      ...utf8('news'),
      0x94,
      ...utf8('.\n\nSecond.'),
    ]);
    expect(texts(latin)).toEqual(expected);
  });

  it('should refuse bad input with a message naming the file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(errorOf(png, 'photo.png')).toEqual({
      code: 'BINARY',
      file: 'photo.png',
      message: 'photo.png: this is a binary file (PNG image), not an article.',
    });
    expect(errorOf(new Uint8Array(), 'empty.txt')?.code).toBe('EMPTY');
    expect(errorOf(utf8('  \n\t\n  '), 'blank.txt')?.message).toMatch(/^blank\.txt: .*whitespace/);
    const control = new Uint8Array(200).map((_, i) => 1 + (i % 8));
    expect(errorOf(control, 'garbage.bin')?.code).toBe('BAD_ENCODING');
    expect(errorOf(new Uint8Array([0x41, 0, 0x42, 0]), 'nul.txt')?.code).toBe('BINARY');
    expect(errorOf(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x41), 'huge.txt')?.code).toBe(
      'TOO_LARGE',
    );
  });

  it('should extract the article of a saved web page with its metadata', () => {
    const html = `<!doctype html><html><head><title>Council closes library | The Herald</title>
      <meta property="og:site_name" content="The Herald">
      <meta property="article:published_time" content="2023-05-04T10:00:00Z"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Council closes library</h1>
      <p>The city council voted on Tuesday to close the Riverside library after a budget review found a deficit of four million pounds, ending more than a century of service.</p>
      <p>Council leader Maria Okafor said the decision was painful but unavoidable, and promised that a mobile library would visit the area twice a week from the autumn.</p>
      <p>Campaigners gathered outside the town hall with placards and promised to challenge the decision in the courts before the closure takes effect next spring.</p>
      </article><footer>Share this article</footer><script>alert(1)</script></body></html>`;
    const r = loadArticle({ file: 'page.html', bytes: utf8(html) }, { parseHtml });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article.outlet).toBe('The Herald');
      expect(r.article.date).toBe('2023-05-04');
      expect(r.article.paragraphs.map((p) => p.text.slice(0, 30))).toContain(
        'Council leader Maria Okafor sa',
      );
      expect(r.article.paragraphs.some((p) => p.text.includes('alert'))).toBe(false);
      expect(r.article.paragraphs.some((p) => p.text.includes('Home'))).toBe(false);
    }
    expect(loadArticle({ file: 'page.html', bytes: utf8(html) }).ok).toBe(false);
  });

  it('should load the five seeds with their boilerplate marked and their text unchanged', () => {
    const files = [
      '000_69ff7826295806f7',
      '001_38ebe0a01ef43257',
      '002_3b328d8baaee954f',
      '003_a3dc487f3a2c3275',
      '004_165cb968de743235',
    ];
    const counts = files.map((f) => {
      const bytes = new Uint8Array(readFileSync(`seeds/${f}.txt`));
      const r = loadArticle({ file: f, bytes });
      if (!r.ok) {
        throw new Error(r.error.message);
      }
      const source = readFileSync(`seeds/${f}.txt`, 'utf8');
      for (const p of r.article.paragraphs) {
        expect(source.includes(p.text)).toBe(true);
      }
      return `${r.article.paragraphs.length}/${r.article.paragraphs.filter((p) => p.boilerplate).length}`;
    });
    expect(counts).toEqual(['22/7', '21/1', '14/2', '17/0', '11/0']);
  });
});

describe('loadArticles', () => {
  it('should keep the good articles when some files fail, and say when too few remain', () => {
    const set = loadArticles([
      { file: 'a.txt', bytes: utf8('An article.') },
      { file: 'b.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    ]);
    expect(set.articles.map((a) => a.file)).toEqual(['a.txt']);
    expect(set.errors.map((e) => e.file)).toEqual(['b.png']);
    expect(tooFewArticles(set)?.message).toBe(
      'A comparison needs at least two articles; there is only one usable article (1 could not be loaded).',
    );
  });
});

describe('detectBoilerplate', () => {
  it('should mark navigation, numerals, dates, share prompts and icon junk', () => {
    expect(detectBoilerplate('Recommended For You', undefined)).toBe('navigation');
    expect(detectBoilerplate('Reactions', undefined)).toBe('navigation');
    expect(detectBoilerplate('3.', undefined)).toBe('list-number');
    expect(detectBoilerplate('17 Feb, 2022 14:55', undefined)).toBe('date-line');
    expect(detectBoilerplate('Share this article', undefined)).toBe('share-prompt');
    expect(detectBoilerplate('READ MORE: Mayor hits back', undefined)).toBe('navigation');
    expect(
      detectBoilerplate('icon bookmark-bicon bookmarkicon cameraicon checkicon', undefined),
    ).toBe('icon-junk');
  });

  it('should never mark a real sentence or a reader tweet', () => {
    expect(
      detectBoilerplate(
        'It’s a gang, plain and simple — Paul (@upwardhalo) February 17, 2022',
        undefined,
      ),
    ).toBeNull();
    expect(detectBoilerplate('Share prices fell sharply on Monday.', undefined)).toBeNull();
    expect(detectBoilerplate('Related charges were dropped.', undefined)).toBeNull();
  });

  it('should mark a headline repeated inside the next paragraph', () => {
    expect(detectBoilerplate('Mayor hits back', 'Sub-heading here\nMayor hits back')).toBe(
      'duplicate-heading',
    );
  });
});

describe('parseDate', () => {
  it('should read the common news date formats', () => {
    expect(parseDate('17 Feb, 2022 14:55')).toBe('2022-02-17');
    expect(parseDate('February 17, 2022')).toBe('2022-02-17');
    expect(parseDate('2022-2-8')).toBe('2022-02-08');
    expect(parseDate('no date here')).toBeNull();
  });
});

describe('decodeText and looksLikeHtml', () => {
  it('should report the encoding found', () => {
    const r = decodeText(utf8('plain'));
    expect(r.ok && r.encoding).toBe('utf-8');
  });

  it('should tell HTML from text that mentions a tag', () => {
    expect(looksLikeHtml('<!DOCTYPE html><p>x</p>')).toBe(true);
    expect(looksLikeHtml('He wrote <p> in his tweet.')).toBe(false);
  });
});

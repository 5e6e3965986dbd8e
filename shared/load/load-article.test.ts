import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { detectBoilerplate } from './boilerplate';
import { parseDate } from './metadata';
import {
  articleSizeProblem,
  loadArticle,
  MAX_ARTICLE_BYTES,
  MAX_ARTICLE_TEXT_CHARS,
  tooFewArticles,
} from './load-article';
import { blockTexts, looksLikeHtml, type HtmlNode } from './html';
import { parseHtmlInNode } from '../../node/html-parser';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
// The Node parser the CLI and the desktop app use (linkedom, given whole documents).
const parseHtml = parseHtmlInNode;
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
  it('should mark a site name above the headline and take the headline for the title', () => {
    const r = loadArticle({
      file: 'courier.txt',
      bytes: utf8(
        'The Lakeside Courier\n\nRittenhouse NOT GUILTY on ALL Charges!\n\n' +
          'Kyle Rittenhouse was found not guilty on all charges on Friday.\n\n' +
          'The jury deliberated for three days.\n',
      ),
    });
    expect(r.ok && r.article.paragraphs.map((p) => p.boilerplate)).toEqual([
      'masthead',
      null,
      null,
      null,
    ]);
    expect(r.ok && r.article.title).toBe('Rittenhouse NOT GUILTY on ALL Charges!');
  });

  it('should mark the comments of readers under a blog post, headers and all', () => {
    const r = loadArticle({
      file: 'blog.txt',
      bytes: utf8(
        'Council closes bridge\n\nThe council closed the bridge on Monday.\n\n' +
          '  1. bridgefan says:\n\n    About time.\n\n  2. J. Smith says:\n\n    They knew.\n',
      ),
    });
    expect(r.ok && r.article.paragraphs.map((p) => p.boilerplate)).toEqual([
      null,
      null,
      'comment',
      'comment',
      'comment',
      'comment',
    ]);
  });

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
    // Up to 2% of control characters (tab, line breaks and form feeds aside) is text.
    const prose = (controls: string) => utf8(`${'a'.repeat(98 - controls.length)}\t\f${controls}`);
    expect(errorOf(prose('\u0001\u0080'), 'some.txt')).toBeNull();
    expect(errorOf(prose('\u0001\u0080\u009f'), 'more.txt')?.code).toBe('BAD_ENCODING');
    // NUL bytes at both even and odd offsets: no UTF-16 text looks like that.
    expect(errorOf(new Uint8Array([0x41, 0, 0, 0x42, 0x43, 0, 0, 0x44]), 'nul.txt')?.code).toBe(
      'BINARY',
    );
    expect(errorOf(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x41), 'huge.txt')).toEqual(
      articleSizeProblem('huge.txt', MAX_ARTICLE_BYTES + 1),
    );
  });

  it('should read a text with a few stray NUL bytes or NUL padding without them, and say so', () => {
    const story = [
      'Scotland Yard said the tweet was “unacceptable”, and officers were reminded to be impartial.',
      'The mayor said the post was misleading, and asked how officers could come forward now.',
    ].join('\n\n');
    // Two NULs in a damaged file; the same with a UTF-8 byte-order mark (before, one was
    // refused as binary and the other kept the NULs in its text); a file padded with NULs.
    const damaged = utf8(story.replace(/, /gu, ',\u0000 '));
    const padded = new Uint8Array([...utf8(story), ...new Uint8Array(4096)]);
    for (const [file, bytes, nuls] of [
      ['damaged.txt', damaged, 2],
      ['bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...damaged]), 2],
      ['padded.txt', padded, 4096],
    ] as const) {
      const r = loadArticle({ file, bytes }, { parseHtml });
      expect(r.ok && r.article.paragraphs.map((p) => p.text), file).toEqual(story.split('\n\n'));
      expect(r.ok && r.warnings, file).toEqual([
        {
          code: 'NUL_BYTES',
          file,
          message: `${file}: ${nuls} NUL characters (zero bytes, which no text holds) were left out; the rest of the file is read as text.`,
        },
      ]);
    }
    // NULs throughout, or nothing but NULs: binary.
    expect(errorOf(new Uint8Array(100))?.code).toBe('BINARY');
    const everywhere = utf8(story.replace(/ /gu, ' \u0000'));
    expect(errorOf(everywhere)?.message).toBe(
      'bad.txt: this is a binary file (it contains NUL bytes), not an article.',
    );
  });

  it('should say why a file is too large to read before it is read', () => {
    expect(articleSizeProblem('huge.txt', MAX_ARTICLE_BYTES + 1)).toEqual({
      code: 'TOO_LARGE',
      file: 'huge.txt',
      message: 'huge.txt: the file is 5.0 MiB, over the 5.0 MiB limit for one article.',
    });
    expect(articleSizeProblem('fine.txt', MAX_ARTICLE_BYTES)).toBeNull();
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

describe('loadArticle on careless and hostile files (issue 9)', () => {
  const load = (text: string | Uint8Array, file: string) =>
    loadArticle({ file, bytes: typeof text === 'string' ? utf8(text) : text }, { parseHtml });
  const paragraphsOf = (text: string | Uint8Array, file: string): ReadonlyArray<string> => {
    const r = load(text, file);
    if (!r.ok) {
      throw new Error(r.error.message);
    }
    return r.article.paragraphs.map((p) => p.text);
  };

  it('should read UTF-8 with a few invalid bytes as UTF-8, shown as U+FFFD, and say how many', () => {
    const bytes = new Uint8Array([
      ...utf8('Scotland Yard said it was “unacceptable”. Café '),
      0xff,
      ...utf8(' owners agreed.\n\nA second paragraph, cut '),
      0xe2,
      0x80,
      ...utf8(' short.'),
    ]);
    const r = load(bytes, 'broken.txt');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.encoding).toBe('utf-8');
      expect(r.article.paragraphs.map((p) => p.text)).toEqual([
        'Scotland Yard said it was “unacceptable”. Café \ufffd owners agreed.',
        'A second paragraph, cut \ufffd short.',
      ]);
      expect(r.warnings).toEqual([
        {
          code: 'INVALID_BYTES',
          file: 'broken.txt',
          message:
            'broken.txt: 2 sequences of bytes are not valid UTF-8 and are shown as \ufffd; the rest of the file is read as UTF-8.',
        },
      ]);
    }
    // A clean file has no warning; a file with no valid UTF-8 at all is Windows-1252.
    const clean = load('Café “news”.', 'clean.txt');
    expect(clean.ok && clean.warnings).toEqual([]);
    const cp1252 = load(new Uint8Array([...utf8('It'), 0x92, ...utf8('s fine.')]), 'old.txt');
    expect(cp1252.ok && [cp1252.encoding, cp1252.article.paragraphs[0]?.text]).toEqual([
      'windows-1252',
      'It’s fine.',
    ]);
    expect(cp1252.ok && cp1252.warnings).toEqual([]);
    // A file mostly in Windows-1252 with a UTF-8 character in it: read as Windows-1252,
    // and the reader is told, not left with a silent "CafÃ©".
    const mixed = load(
      new Uint8Array([...utf8('Café in Seoul '), 0xe9, 0x74, 0xe9, ...utf8(' was closed.')]),
      'mixed.txt',
    );
    expect(mixed.ok && [mixed.encoding, mixed.article.paragraphs[0]?.text]).toEqual([
      'windows-1252',
      'CafÃ© in Seoul été was closed.',
    ]);
    expect(mixed.ok && mixed.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'MIXED_ENCODING',
        'mixed.txt: the file mixes encodings; it is read as Windows-1252, the most of it, so 1 character written in UTF-8 may show garbled (such as "Ã©" for "é").',
      ],
    ]);
  });

  it('should read UTF-16 without a byte-order mark, told by its NUL bytes', () => {
    const noBom = (s: string, bigEndian: boolean): Uint8Array => utf16(s, bigEndian).subarray(2);
    const latin = 'Café “news”.\n\nSecond.';
    expect(paragraphsOf(noBom(latin, false), 'le.txt')).toEqual(['Café “news”.', 'Second.']);
    expect(paragraphsOf(noBom(latin, true), 'be.txt')).toEqual(['Café “news”.', 'Second.']);
    const cyrillic = 'Привет, мир. Это новости дня.\n\nВторой абзац, и всё.';
    expect(paragraphsOf(noBom(cyrillic, false), 'ru.txt')).toEqual([
      'Привет, мир. Это новости дня.',
      'Второй абзац, и всё.',
    ]);
  });

  it('should take the paragraphs of a copied HTML fragment, whatever the file is called', () => {
    const fragment = [
      '<p>The council met on Tuesday to discuss the bridge, which has been closed since January.</p>',
      '<p>Engineers said the repairs would take until the autumn, and traders said takings had fallen.</p>',
      '<p>The mayor apologised to residents for the delay and promised a <b>review</b>.</p>',
    ].join('\n');
    const expected = [
      'The council met on Tuesday to discuss the bridge, which has been closed since January.',
      'Engineers said the repairs would take until the autumn, and traders said takings had fallen.',
      'The mayor apologised to residents for the delay and promised a review.',
    ];
    for (const file of ['fragment.txt', 'fragment.html', 'fragment']) {
      expect(paragraphsOf(fragment, file), file).toEqual(expected);
    }
  });

  it('should take a headline printed twice for the title in a page as in a text', () => {
    const paragraphs = [
      'Bridge to reopen in spring',
      'Bridge to reopen in spring, the council said on Tuesday after months of repairs to the old crossing.',
      'Engineers said the work had gone well, and traders said they were glad to see the end of it.',
    ];
    const fragment = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
    for (const [file, bytes] of [
      ['bridge.html', utf8(fragment)],
      ['bridge.txt', utf8(paragraphs.join('\n\n'))],
    ] as const) {
      const r = loadArticle({ file, bytes }, { parseHtml });
      expect(r.ok && [r.article.title, r.article.titleSource], file).toEqual([
        'Bridge to reopen in spring',
        'text',
      ]);
    }
  });

  it('should keep plain text that mentions tags as text, tags and all', () => {
    const prose = [
      'How to lay out a page',
      'Use a <div> for blocks and a <span> for inline text. A <p> holds a paragraph, and <a> makes a link; <ul> and <li> make lists.',
      'Browsers treat <section> and <article> as blocks too, and <br> breaks a line; write <b>bold</b> for bold.',
    ];
    expect(paragraphsOf(prose.join('\n\n'), 'tags.txt')).toEqual(prose);
    expect(paragraphsOf(prose.join('\n\n'), 'tags.md')).toEqual(prose);
    expect(paragraphsOf(prose.join('\n\n'), 'tags')).toEqual(prose);
  });

  it('should refuse a page of nothing but navigation, as it refuses such a text', () => {
    const page =
      '<!doctype html><html><head><title>Nav</title></head><body><nav><a href="/">Home</a> <a href="/x">X</a></nav><footer>Sign up</footer></body></html>';
    const text = 'Home\nSkip to content\nMenu\nSearch\nSign up\n';
    const messages = [load(page, 'nav.html'), load(text, 'nav.txt')].map((r) =>
      r.ok ? 'loaded' : r.error.message,
    );
    expect(messages).toEqual([
      'nav.html: the file holds only navigation or page furniture, no article text.',
      'nav.txt: the file holds only navigation or page furniture, no article text.',
    ]);
  });

  it('should never throw, even when the HTML parser does', () => {
    const r = loadArticle(
      { file: 'page.html', bytes: utf8('<p>Some text here.</p>') },
      {
        parseHtml: Object.assign(
          () => {
            throw new Error('parser broke');
          },
          { Readability: parseHtml.Readability },
        ),
      },
    );
    expect(r.ok ? 'loaded' : r.error.code).toBe('NO_TEXT');
  });

  it('should say when a page comes without an HTML reader, so that the caller can load one', () => {
    const page = { file: 'page.html', bytes: utf8('<p>Some text here, and more of it.</p>') };
    const r = loadArticle(page);
    expect(r.ok ? 'loaded' : r.error.code).toBe('NO_HTML_READER');
    expect(loadArticle(page, { parseHtml }).ok).toBe(true);
  });
});

describe('loadArticle on very large files (issue 9)', () => {
  it('should refuse more than MAX_ARTICLE_TEXT_CHARS of text, plain or in a page, naming the size', () => {
    const sentence = 'The council met on Tuesday to discuss the bridge. ';
    const long = sentence.repeat(Math.ceil((MAX_ARTICLE_TEXT_CHARS + 1) / sentence.length));
    expect(errorOf(utf8(long), 'book.txt')?.message).toBe(
      `book.txt: the text is ${long.length.toLocaleString('en-US')} characters long, over the 1,048,576 limit for one article (the longest news features have under 200,000).`,
    );
    const page = `<!doctype html><html><body><article>${`<p>${sentence.repeat(40)}</p>`.repeat(Math.ceil(long.length / (sentence.length * 40)))}</article></body></html>`;
    expect(page.length).toBeLessThan(MAX_ARTICLE_BYTES);
    expect(errorOf(utf8(page), 'book.html')?.code).toBe('TOO_LARGE');
    // At the limit, accepted.
    const atLimit = long.slice(0, MAX_ARTICLE_TEXT_CHARS);
    expect(loadArticle({ file: 'long.txt', bytes: utf8(atLimit) }, { parseHtml }).ok).toBe(true);
  });

  it('should read each element’s children once (a page of thousands of paragraphs stays linear)', () => {
    // A DOM whose childNodes builds a new list on every access, as linkedom's does.
    let reads = 0;
    const element = (name: string, children: HtmlNode[]): HtmlNode => ({
      nodeType: 1,
      nodeName: name,
      textContent: children.map((c) => c.textContent).join(''),
      get childNodes() {
        reads++;
        return [...children];
      },
    });
    const text = (value: string): HtmlNode => ({
      nodeType: 3,
      nodeName: '#text',
      textContent: value,
      childNodes: [],
    });
    const paragraphs = Array.from({ length: 2000 }, (_, i) =>
      element('P', [text(`Paragraph ${i}.`)]),
    );
    const body = element('BODY', paragraphs);
    expect(blockTexts(body)).toHaveLength(2000);
    // The body's list once, and each paragraph's once (for its line breaks).
    expect(reads).toBe(1 + paragraphs.length);
  });
});

describe('loadArticle on a web archive', () => {
  it('should refuse a page saved as one MHTML file, saying how to save it instead', () => {
    const archive = [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://news.example/bridge',
      'Subject: Bridge shut after crack found',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      '',
      'Content-Type: text/html',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>The bridge was shut to walkers and cyclists on Monday after a crack was found.</p>',
    ].join('\r\n');
    const r = loadArticle({ file: 'bridge.mhtml', bytes: utf8(archive) });
    expect(r.ok ? 'loaded' : [r.error.code, r.error.message]).toEqual([
      'NO_TEXT',
      expect.stringMatching(
        /^bridge\.mhtml: this is a web archive \(MHTML.*save the page as “Webpage, HTML only”/u,
      ),
    ]);
  });
});

describe('loadArticle on a page with a list of facts', () => {
  it('should keep short list items as facts, and mark a "Read more" block of headlines', () => {
    const sentence = (n: number) =>
      `<p>Paragraph ${n} of the story says what the council decided about the bridge on Monday and why it matters to the borough.</p>`;
    const page = [
      '<!doctype html><html><head><title>Bridge shut</title></head><body><article>',
      '<h1>Bridge shut after crack found</h1>',
      sentence(1),
      sentence(2),
      sentence(3),
      '<p>Here is what we know so far:</p>',
      '<ul><li>It is about 40cm long</li><li>Repairs could cost £250m</li></ul>',
      sentence(4),
      '<p>Read more from the Gazette:<br>Man charged over M25 crash<br>King to miss Commonwealth service</p>',
      sentence(5),
      '</article></body></html>',
    ].join('\n');
    const r = loadArticle({ file: 'bridge.html', bytes: utf8(page) }, { parseHtml });
    const marks = r.ok
      ? r.article.paragraphs.map((p) => [p.text.split('\n')[0], p.boilerplate])
      : [];
    expect(marks).toContainEqual(['It is about 40cm long', null]);
    expect(marks).toContainEqual(['Repairs could cost £250m', null]);
    expect(marks).toContainEqual(['Read more from the Gazette:', 'navigation']);
  });
});

describe('loadArticle: the address a saved page gives for itself', () => {
  const story =
    '<p>The council closed the bridge to walkers and cyclists on Monday after a crack was found.</p><p>Repairs could take months, the council said in a statement on its website.</p>';
  const urlOf = (head: string, before = '') => {
    const page = `${before}<!doctype html><html><head><title>Bridge</title>${head}</head><body><article>${story}</article></body></html>`;
    const r = loadArticle({ file: 'bridge.html', bytes: utf8(page) }, { parseHtml });
    return r.ok ? r.article.url : 'not loaded';
  };

  it('should read its canonical link, its og:url, or the note of the browser that saved it', () => {
    expect(urlOf('<link rel="canonical" href="https://news.example/bridge">')).toBe(
      'https://news.example/bridge',
    );
    expect(urlOf('<meta property="og:url" content="https://news.example/og">')).toBe(
      'https://news.example/og',
    );
    expect(urlOf('', '<!-- saved from url=(0029)https://news.example/saved -->\n')).toBe(
      'https://news.example/saved',
    );
  });

  it('should take no address but a web one, and none from a page that gives none', () => {
    expect(urlOf('<link rel="canonical" href="javascript:alert(1)">')).toBeUndefined();
    expect(urlOf('')).toBeUndefined();
  });
});

describe('loadArticle: the date of a page without date metadata', () => {
  it('should take the article’s first <time datetime>, after the text’s own date line', () => {
    const story =
      '<p>The council closed the bridge to walkers and cyclists on Monday after a crack was found.</p><p>Repairs could take months, the council said in a statement on its website.</p>';
    const dateOf = (header: string, inArticle: string) => {
      const page = `<!doctype html><html><head><title>Bridge</title></head><body><header>${header}</header><article>${inArticle}${story}</article></body></html>`;
      const r = loadArticle({ file: 'bridge.html', bytes: utf8(page) }, { parseHtml });
      return r.ok ? r.article.date : 'not loaded';
    };
    expect(dateOf('', '<p><time datetime="2024-03-13T08:00:00Z">13 March</time></p>')).toBe(
      '2024-03-13',
    );
    // The site's "today" in its header is not the article's date.
    expect(
      dateOf(
        '<time datetime="2024-04-01">Today</time>',
        '<p><time datetime="2024-03-13">13 March</time></p>',
      ),
    ).toBe('2024-03-13');
    expect(dateOf('', '')).toBeNull();
  });
});

describe('loadArticle: a page of more than one <article>', () => {
  const story = [
    'The city council voted on Tuesday to close the Riverside library after a budget review found a deficit of four million pounds, ending more than a century of service.',
    'Council leader Maria Okafor said the decision was painful but unavoidable, and promised that a mobile library would visit the area twice a week from the autumn.',
    '“We have looked at every other option,” she told the meeting. “There is simply no money left to keep the doors open.”',
    'Campaigners gathered outside the town hall with placards and promised to challenge the decision in the courts before the closure takes effect next spring.',
    'The library, opened in 1911 with money from a local mill owner, lends about 60,000 books a year and hosts reading groups, homework clubs and a weekly job club.',
    'A spokesperson for the union representing library staff said eleven jobs were at risk and that members would be balloted on industrial action next month.',
  ];
  const teaser = [
    'In a separate vote, councillors approved plans to extend parking charges to three more streets near the station, a move traders say will drive shoppers away.',
    'The charges will start in March and raise an estimated £200,000 a year, according to a report presented to the committee.',
  ];
  const paragraphs = (texts: ReadonlyArray<string>) => texts.map((t) => `<p>${t}</p>`).join('\n');
  // A news page as sites write it: the story, and below it (or above it) a related story's
  // teaser, each an <article> of its own in <main>; no date in the page's metadata.
  const page = (teaserFirst: boolean) => {
    const main = `<article class="story">
        <header><h1>Council closes Riverside library</h1>
        <p class="byline">By Jane Doe · <time datetime="2024-03-13T09:00:00Z">13 March 2024</time></p></header>
        ${paragraphs(story)}
        <footer><a href="/share">Share this story</a></footer>
      </article>`;
    const related = `<article class="story story--teaser">
        <h2><a href="/news/parking">Parking charges extended to station streets</a></h2>
        <p><time datetime="2024-03-11T17:30:00Z">11 March 2024</time></p>
        ${paragraphs(teaser)}
      </article>`;
    return `<!doctype html><html><head><title>Council closes Riverside library | The Herald</title></head>
      <body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
      <main>${teaserFirst ? related + main : main + related}</main>
      <footer>© The Herald</footer></body></html>`;
  };
  const load = (html: string) => {
    const r = loadArticle({ file: 'library.html', bytes: utf8(html) }, { parseHtml });
    if (!r.ok) {
      throw new Error(r.error.message);
    }
    return r.article;
  };

  /** The story's paragraphs all there, none of the teaser's, and the story's date. */
  const expectStoryAlone = (article: ReturnType<typeof load>, label: string): void => {
    const texts = article.paragraphs.map((p) => p.text);
    expect(
      texts.filter((t) => story.includes(t)),
      label,
    ).toEqual(story);
    expect(
      texts.some((t) => /parking/iu.test(t)),
      label,
    ).toBe(false);
    expect(article.date, label).toBe('2024-03-13');
  };

  it('should read the main article alone, not a related story’s teaser beside it', () => {
    for (const teaserFirst of [false, true]) {
      // The date is the story's, not the teaser's that comes first.
      expectStoryAlone(load(page(teaserFirst)), String(teaserFirst));
    }
  });

  it('should read the articles of like length of a page (a live blog’s posts) together', () => {
    const posts = [story.slice(0, 2), story.slice(2, 4), story.slice(4, 6)];
    const html = `<!doctype html><html><head><title>Live: council budget</title></head><body><main>${posts
      .map(
        (post, i) => `<article class="post"><h2>Update ${i + 1}</h2>${paragraphs(post)}</article>`,
      )
      .join('\n')}</main></body></html>`;
    const texts = load(html).paragraphs.map((p) => p.text);
    expect(texts.filter((t) => story.includes(t))).toEqual(story);
  });

  it('should read a live blog whole when its longest post is short of twice all the others', () => {
    // A summary post of six paragraphs above updates of two: the summary has more than
    // twice the text of any one update, but less than twice that of them all (of six, and
    // of two, where the summary is more than half of the page).
    const updates = [
      [
        'Library staff arrived this morning to find a notice on the door saying the building would stay open until the end of the financial year.',
        'A council spokesperson said the notice had been put up by mistake and that no date for the closure had yet been agreed by the cabinet.',
      ],
      [
        'More than two hundred people have now signed up to speak at next week’s public meeting, which has been moved to the larger hall at the civic centre.',
        'Organisers said they expected the meeting to run late and asked speakers to keep their remarks to three minutes each so that everyone could be heard.',
      ],
      [
        'The opposition group on the council has tabled a motion calling for the decision to be paused while an independent review of the budget is carried out.',
        'Its leader said the review should look at reserves held for other projects, some of which had not been touched for more than five years.',
      ],
      [
        'A local author whose first novel was written at a desk in the library’s reading room has offered to donate the proceeds of her next book tour.',
        'She said the money would not save the library on its own but hoped it would show the council how much the building meant to the town.',
      ],
      [
        'Parents at the primary school next door said the homework club was the only quiet place many of their children had to study after lessons.',
        'The head teacher has written to every councillor asking them to visit the club before the final vote takes place in the spring.',
      ],
      [
        'The mill owner’s great-grandson, who still lives in the town, said his family would look at whether the original gift placed any conditions on the building.',
        'Lawyers for the campaign said such conditions were rare but not unknown, and that they would ask the council to publish the deeds in full.',
      ],
    ];
    for (const count of [6, 2]) {
      const posts = [story, ...updates.slice(0, count)];
      const html = `<!doctype html><html><head><title>Live: Riverside library</title></head><body><main>${posts
        .map(
          (post, i) =>
            `<article class="post"><h2>Update ${i + 1}</h2>${paragraphs(post)}</article>`,
        )
        .join('\n')}</main></body></html>`;
      const all = posts.flat();
      const texts = load(html).paragraphs.map((p) => p.text);
      expect(
        texts.filter((t) => all.includes(t)),
        String(count),
      ).toEqual(all);
    }
  });

  it('should keep a story’s date and body when its <article> holds only the headline', () => {
    // The headline, byline and date are an <article> of their own, the story's paragraphs
    // a <div> beside it, and a related story's teaser another <article>, longer than the
    // headline's: the teaser is no main article, for most of the page's text is outside it.
    for (const teaserTime of [false, true]) {
      const html = `<!doctype html><html><head><title>Council closes Riverside library</title></head>
        <body><main>
        <article class="headline"><h1>Council closes Riverside library</h1>
        <p class="byline">By Jane Doe · <time datetime="2024-03-13T09:00:00Z">13 March 2024</time></p></article>
        <div class="story-body">${paragraphs(story)}</div>
        <article class="teaser"><h2><a href="/news/parking">Parking charges extended to station streets</a></h2>
        ${teaserTime ? '<p><time datetime="2024-03-11T17:30:00Z">11 March 2024</time></p>' : ''}
        ${paragraphs(teaser)}</article>
        </main></body></html>`;
      const article = load(html);
      const texts = article.paragraphs.map((p) => p.text);
      expect(
        texts.filter((t) => story.includes(t)),
        String(teaserTime),
      ).toEqual(story);
      expect(article.date, String(teaserTime)).toBe('2024-03-13');
    }
  });
  it('should keep a story’s date when its headline <article> and a teaser share a wrapper, the story outside it', () => {
    // The headline's <article> and a longer teaser's are side by side in one <div>, the story's
    // paragraphs after it: the teaser holds most of that <div>, but the page's <h1> is the
    // story's.
    const html = `<!doctype html><html><head><title>Council closes Riverside library</title></head>
      <body><main><div class="top">
      <article class="headline"><h1>Council closes Riverside library</h1>
      <p class="byline">By Jane Doe · <time datetime="2024-03-13T09:00:00Z">13 March 2024</time></p></article>
      <article class="teaser"><h2><a href="/news/parking">Parking charges extended to station streets</a></h2>
      <p><time datetime="2024-03-11T17:30:00Z">11 March 2024</time></p>${paragraphs(teaser)}</article>
      </div><div class="story-body">${paragraphs(story)}</div></main></body></html>`;
    const article = load(html);
    expect(article.paragraphs.map((p) => p.text).filter((t) => story.includes(t))).toEqual(story);
    expect(article.date).toBe('2024-03-13');
  });

  it('should read the main article alone when a comment section follows the articles', () => {
    // Under the story and the teaser, outside the <main> that holds them: readers' comments
    // and a "most read" list, together longer than the story. They are not the story's
    // text, and no reason to read the teaser with it.
    const comments = Array.from(
      { length: 8 },
      (_, i) =>
        `<div class="comment"><p class="author">Reader ${i + 1}</p><p>I have used this library since I was a child and cannot believe the council would let it go after all these years of service to the town.</p></div>`,
    ).join('\n');
    const mostRead = Array.from(
      { length: 6 },
      (_, i) => `<li><a href="/news/${i}">Most read story number ${i + 1} of the day</a></li>`,
    ).join('');
    for (const teaserFirst of [false, true]) {
      const html = page(teaserFirst).replace(
        '</main>',
        `</main><section class="comments"><h2>Comments</h2>${comments}</section>
        <div class="most-read"><h2>Most read</h2><ol>${mostRead}</ol></div>`,
      );
      expectStoryAlone(load(html), String(teaserFirst));
    }
  });
});

describe('blockTexts', () => {
  it('should keep a <br> as a line break, in a block and in loose text', () => {
    const node = (nodeName: string, children: HtmlNode[] = [], value = ''): HtmlNode => ({
      nodeType: nodeName === '#text' ? 3 : 1,
      nodeName,
      textContent: nodeName === '#text' ? value : children.map((c) => c.textContent).join(''),
      childNodes: children,
    });
    const text = (value: string) => node('#text', [], value);
    const body = node('BODY', [
      node('P', [text('Bridge closed again'), node('BR'), text('  Posted: Monday, 11 March 2024')]),
      node('DIV', [text('By Sarah Jennings'), node('BR'), node('SPAN', [text('BBC News')])]),
    ]);
    expect(blockTexts(body)).toEqual([
      'Bridge closed again\nPosted: Monday, 11 March 2024',
      'By Sarah Jennings\nBBC News',
    ]);
    // The same where Readability found no article and the page's own blocks are read.
    expect(blockTexts(body, { skipFurniture: true })).toEqual(blockTexts(body));
    const story = node('BODY', [
      node('P', [
        text(
          'The council closed the bridge to walkers and cyclists on Monday after a crack was found.',
        ),
        node('BR'),
        text(
          'Engineers said the repairs would take until the autumn, and traders said takings fell.',
        ),
      ]),
    ]);
    expect(blockTexts(story, { skipFurniture: true })).toEqual(blockTexts(story));
    expect(blockTexts(story)).toHaveLength(2);
  });

  it('should take the lines of a page that sets its paragraphs apart with one <br> as paragraphs', () => {
    const story = [
      'The council closed the bridge to walkers and cyclists on Monday after a crack was found.',
      'Engineers said the repairs would take until the autumn, and traders said takings had fallen.',
      'The mayor apologised to residents for the delay and promised a full review of the work.',
    ];
    const page = [
      '<html><head><title>Bridge shut</title></head><body>',
      '<p>Bridge shut after crack found<br>Posted: Monday, 11 March 2024</p>',
      `<div class="story">${story.join('<br>\n')}</div>`,
      '<blockquote>It is a disgrace that it took this long to close it.<br>— Jane Doe (@janedoe) March 11, 2024</blockquote>',
      '</body></html>',
    ].join('\n');
    const r = loadArticle({ file: 'bridge.html', bytes: utf8(page) }, { parseHtml });
    expect(r.ok && r.article.paragraphs.map((p) => p.text)).toEqual([
      'Bridge shut after crack found\nPosted: Monday, 11 March 2024',
      ...story,
      'It is a disgrace that it took this long to close it.\n— Jane Doe (@janedoe) March 11, 2024',
    ]);
  });

  it('should set apart words of two elements that the page’s style sets apart, not pieces of one', () => {
    const page = [
      '<p><span>London</span><span>CNN</span> — A 137-year-old bridge was closed on Monday.</p>',
      '<div><span>By Sarah Jennings</span><span>BBC News, London</span></div>',
      '<p>A <b>W</b>ord, and <a href="/khan">Khan</a>’s reply, <em>un</em>changed.</p>',
    ].join('');
    const r = loadArticle({ file: 'a.html', bytes: utf8(page) }, { parseHtml });
    expect(r.ok && r.article.paragraphs.map((p) => p.text)).toEqual([
      'London CNN — A 137-year-old bridge was closed on Monday.',
      'By Sarah Jennings BBC News, London',
      'A Word, and Khan’s reply, unchanged.',
    ]);
  });

  it('should read the line breaks of the page’s source as spaces, as a browser shows them', () => {
    const page =
      '<p>The minister flew in\nfrom Brussels.</p>\n<div>Loose text\n  across\nlines</div>';
    const r = loadArticle({ file: 'a.html', bytes: utf8(page) }, { parseHtml });
    expect(r.ok && r.article.paragraphs).toEqual([
      { text: 'The minister flew in from Brussels.', boilerplate: null },
      { text: 'Loose text across lines', boilerplate: null },
    ]);
  });
});

describe('looksLikeHtml', () => {
  it('should decide on the whole document and its name', () => {
    const paragraphs = '<p>One paragraph of text.</p>\n<p>Another paragraph of text.</p>';
    expect(looksLikeHtml(paragraphs, 'copy.txt')).toBe(true);
    expect(looksLikeHtml('<!doctype html><title>x</title>plain', 'page.txt')).toBe(true);
    expect(looksLikeHtml('He wrote <p> in his tweet, and <div> twice.', 'a.html')).toBe(true);
    expect(looksLikeHtml('He wrote <p> in his tweet, and <div> twice.', 'a.txt')).toBe(false);
    // A few element pairs in long prose: plain text by name (.txt), HTML by name (.html).
    const prose = `${'A sentence of plain prose about the council. '.repeat(20)}Write <b>bold</b>.`;
    expect(looksLikeHtml(prose, 'a.txt')).toBe(false);
    expect(looksLikeHtml(prose, 'a')).toBe(false);
    expect(looksLikeHtml(prose, 'a.htm')).toBe(true);
    // Old pages leave <p> open: HTML when named so.
    expect(looksLikeHtml('<p>One.<p>Two.', 'old.html')).toBe(true);
    expect(looksLikeHtml('No markup at all.', 'a.html')).toBe(false);
  });
});

describe('tooFewArticles', () => {
  it('should say when too few articles remain, and how many could not be loaded', () => {
    const a = loadArticle({ file: 'a.txt', bytes: utf8('An article.') });
    const b = loadArticle({ file: 'b.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    if (!a.ok || b.ok) {
      throw new Error('a.txt loads, b.png does not');
    }
    const set = { articles: [a.article], errors: [b.error], warnings: [] };
    expect(tooFewArticles({ ...set, articles: [a.article, a.article] })).toBeNull();
    expect(tooFewArticles(set)?.message).toBe(
      'A comparison needs at least two articles; there is only one usable article (1 could not be loaded). Give two or more reports of the story.',
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

  it('should read a saved page that is not UTF-8 in the encoding it declares', () => {
    const page = (head: string, body: ReadonlyArray<number>) =>
      new Uint8Array([...utf8(`<html><head>${head}</head><body><p>`), ...body, ...utf8('</p>')]);
    // "Мост закрыт" in windows-1251; "다리" in EUC-KR.
    const cp1251 = [0xcc, 0xee, 0xf1, 0xf2, 0x20, 0xe7, 0xe0, 0xea, 0xf0, 0xfb, 0xf2];
    const russian = decodeText(page('<meta charset="windows-1251">', cp1251));
    expect(russian.ok && [russian.encoding, russian.text.includes('Мост закрыт')]).toEqual([
      'declared:windows-1251',
      true,
    ]);
    const legacy = decodeText(
      page(
        '<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR">',
        [0xb4, 0xd9, 0xb8, 0xae],
      ),
    );
    expect(legacy.ok && [legacy.encoding, legacy.text.includes('다리')]).toEqual([
      'declared:euc-kr',
      true,
    ]);
    // Valid UTF-8 stays UTF-8 whatever the page says; Latin pages keep Windows-1252's rules.
    const right = decodeText(utf8('<meta charset="windows-1251"><p>Мост</p>'));
    expect(right.ok && right.encoding).toBe('utf-8');
    const latin = decodeText(
      page('<meta charset="iso-8859-1">', [0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]),
    );
    expect(latin.ok && [latin.encoding, latin.text.includes('“Café”')]).toEqual([
      'windows-1252',
      true,
    ]);
    // A page declaring UTF-16 in its own ASCII bytes is not UTF-16 (HTML reads it as UTF-8).
    const sixteen = decodeText(
      page('<meta charset="utf-16">', [0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]),
    );
    expect(sixteen.ok && [sixteen.encoding, sixteen.text.includes('“Café”')]).toEqual([
      'windows-1252',
      true,
    ]);
    // UTF-8 with one stray byte stays UTF-8 (the byte shown as �), whatever the page says.
    const stray = decodeText(
      new Uint8Array([
        ...utf8('<meta charset="windows-1251"><p>Café “quoted”'),
        0xff,
        ...utf8(' text.</p>'),
      ]),
    );
    expect(
      stray.ok && [stray.encoding, stray.replaced, stray.text.includes('Café “quoted”')],
    ).toEqual(['utf-8', 1, true]);
  });

  it('should tell HTML from text that mentions a tag', () => {
    expect(looksLikeHtml('<!DOCTYPE html><p>x</p>')).toBe(true);
    expect(looksLikeHtml('He wrote <p> in his tweet.')).toBe(false);
  });
});

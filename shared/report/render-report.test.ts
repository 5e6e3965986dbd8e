import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadSeedStory, readArticleFiles } from '../../node/read-articles';
import { compareArticles, compareSubset } from '../compare';
import { articleIndex, rowIndex } from '../model';
import { largeComparison } from '../testing/large-comparison';
import {
  HOSTILE_ARTICLE,
  REFERENCE_ELSEWHERE_ARTICLES,
  SAMPLE_ARTICLES,
} from '../testing/sample-articles';
import { renderParts } from './markup';
import { REPORT_CSS } from './report-css';
import { reportOf } from '../testing/report';
import { analyzeComparison } from '../analysis/analyze';
import { buildViewModel } from '../view-model/view-model';
import { subsetNumbers } from '../view-model/subset';
import { renderReport } from './render-report';

const META = { exportedAt: new Date(Date.UTC(2024, 4, 2, 14, 3, 59)), appVersion: '1.2.3' };

function sampleReport(): string {
  return reportOf(compareArticles(SAMPLE_ARTICLES, { base: 0 }), META);
}

function hostileReport(): string {
  return reportOf(compareArticles([HOSTILE_ARTICLE, ...SAMPLE_ARTICLES], { base: 0 }), {
    exportedAt: META.exportedAt,
    appVersion: '"><img src=x onerror=alert(1)>',
    appName: '</style><script>',
  });
}

/** The sample story, as the CLI reads it. */
const SEEDS = (await loadSeedStory('seeds')).articles;

/** The report of these articles in blind mode (Outlet A, B…). */
function blindReport(articles: typeof SEEDS): string {
  return reportOf(compareArticles(articles, { base: 0 }), {
    ...META,
    blindNames: articles.map((_, k) => `Outlet ${'ABCDE'[k]}`),
  });
}

function seedReport(): string {
  return reportOf(compareArticles(SEEDS, { base: 0 }), META);
}

/** The values of every attribute `name` in the document. */
function attributes(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
}

/** Checks what every report must be: one self-contained, script-free, well-linked file. */
function checkDocument(html: string): void {
  expect(
    html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'),
  ).toBe(true);
  expect(html.trimEnd().endsWith('</html>')).toBe(true);
  // No script and nothing that loads anything. Escaped text holds no "<", so the tags found
  // here are the report's own markup.
  // Attribute values are dropped: escaped text in them (a meta's content) is inert.
  const tags = (html.match(/<[^>]*>/g) ?? []).join('\n').replace(/"[^"]*"/g, '""');
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(?:img|svg|iframe|object|embed|link|base|form|video|audio|source)\b/i);
  expect(tags).not.toMatch(/\son\w+\s*=/i);
  expect(tags).not.toMatch(/url\(/i);
  expect(attributes(html, 'src')).toEqual([]);
  // One stylesheet, closed once, that loads nothing.
  expect(html.match(/<style/gi)).toHaveLength(1);
  expect(html.match(/<\/style/gi)).toHaveLength(1);
  expect(html.slice(html.indexOf('<style>'), html.indexOf('</style>'))).not.toMatch(
    /url\(|@import/i,
  );
  // Every link is an in-page anchor to an element that exists; ids are unique.
  const ids = attributes(html, 'id');
  expect(new Set(ids).size).toBe(ids.length);
  for (const href of attributes(html, 'href')) {
    expect(href.startsWith('#')).toBe(true);
    expect(ids).toContain(href.slice(1));
  }
  // Headings: one h1, and no level skipped on the way down.
  const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) => {
    expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
  });
  // Tables have header cells.
  const tables = html.split('<table').slice(1);
  for (const table of tables) {
    expect(table).toMatch(/<th scope="(?:col|row)"/);
  }
}

describe('renderReport', () => {
  it('should make a self-contained, script-free, well-linked document', () => {
    checkDocument(sampleReport());
    checkDocument(seedReport());
  });

  it('should be byte-identical for the same comparison and meta', () => {
    expect(sampleReport()).toBe(sampleReport());
    expect(seedReport()).toBe(seedReport());
  });

  it('should print the export time it is given, in UTC and saying so, the version, and no other time', () => {
    const html = sampleReport();
    expect(html).toContain('<dt>Exported</dt><dd>2024-05-02 14:03 UTC</dd>');
    expect(html).toContain('News Compare 1.2.3');
    const other = reportOf(compareArticles(SAMPLE_ARTICLES, { base: 0 }), {
      ...META,
      exportedAt: new Date(Date.UTC(2031, 0, 9, 8, 7)),
    });
    expect(other.replace('2031-01-09 08:07 UTC', '2024-05-02 14:03 UTC')).toBe(html);
    expect(
      reportOf(compareArticles(SAMPLE_ARTICLES, { base: 0 }), {
        ...META,
        appName: 'Outlet Lens',
      }),
    ).toContain('Outlet Lens 1.2.3');
  });

  it('should show hostile article text, titles, outlets and file names as text', () => {
    const html = hostileReport();
    checkDocument(html);
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('&lt;/style&gt;&lt;style&gt;body{background:url(');
    expect(html).toContain('&lt;a href=&quot;javascript:alert(1)&quot;&gt;click here&lt;/a&gt;');
    expect(html).toContain('&lt;svg onload=alert(1)&gt;');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(&#39;file&#39;)&lt;/script&gt;.txt');
    expect(html).toContain('it&#39;s &quot;fine&quot; &amp; safe');
    expect(attributes(html, 'href').filter((h) => /javascript:/i.test(h))).toEqual([]);
  });

  it('should state the story, options and articles', () => {
    const html = sampleReport();
    expect(html).toContain(
      '<h1><bdi>Council forced to admit bridge closure was avoidable</bdi></h1>',
    );
    expect(html).toContain(
      '<dt>Letter case</dt><dd>compared (&quot;Met&quot; and &quot;met&quot; differ)</dd>',
    );
    expect(html).toContain(
      '<td><bdi>unknown outlet</bdi></td><td><bdi>Bridge repairs were delayed, report finds</bdi></td>',
    );
    expect(html).toContain('<span class="sub">no date found</span>');
    expect(html).toContain('<td class="file"><bdi>herald.html</bdi></td>');
    expect(html).toMatch(/<th scope="col">#2 <bdi>The Herald<\/bdi><\/th>/);
    expect(html).toMatch(/<th scope="row">#1 <bdi>The Chronicle<\/bdi><\/th><td class="num">—/);
  });

  it('should flag an off-topic article in words, with how little it shares, as the app does', () => {
    const html = seedReport();
    expect(html).toMatch(
      /<span class="flag">Off-topic<\/span> probably another story \(at most \d+% in common with the others; they share \d+%–\d+% with each other\)/u,
    );
  });

  it('should count the articles that report the story, not one off topic beside them', () => {
    const comparison = compareArticles(SEEDS, { base: 0 });
    const story = SEEDS.length - comparison.offTopic.length;
    expect(comparison.offTopic).toHaveLength(1);
    const html = reportOf(comparison, META);
    expect(html).toContain(`: how ${story} outlets reported it (`);
    expect(html).toContain(
      `how ${story} articles report one story, beside one article off topic</p>`,
    );
    const shared = [...html.matchAll(/shared by \d+ of (\d+)/gu)].map((m) => Number(m[1]));
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every((n) => n === story)).toBe(true);
  });

  it('should say how many rows with notes the outlets hidden took with them', () => {
    const comparison = compareArticles(SAMPLE_ARTICLES, { base: 0 });
    const none = reportOf(comparison, { ...META, hiddenAnnotations: 2 });
    expect(none).toContain('<h2 id="h-annotations">Notes and codes</h2>');
    expect(none).toContain(
      '2 rows with notes or codes are not in this report: only the outlets left out of it (hidden by the reader) have them.',
    );
    expect(reportOf(comparison, META)).not.toContain('id="h-annotations"');
  });

  it('should mark reworded phrases with <del> in the pivot and <ins> in the others', () => {
    const html = sampleReport();
    expect(html).toContain('The city council <del>has been forced to admit</del> that the closure');
    expect(html).toContain('The city council has <ins>issued an apology</ins> that the closure');
    expect(html).toContain(
      '<li><del><bdi>been forced to admit</bdi></del> → <ins><bdi>issued an apology</bdi></ins>',
    );
  });

  it('should tell articles of unknown outlets apart by their headline or first words', () => {
    const html = seedReport();
    expect(html).not.toContain('unknown outlet</bdi></th>');
    expect(html).toContain('#2 <bdi>Met police admit tweet…</bdi>');
    expect(html).toContain('#1 “<bdi>Scotland Yard has been…</bdi>”');
  });

  it('should keep the quotation marks around an outlet’s first words out of their isolate, the right way round', () => {
    // Right-to-left first words inside the isolate would turn the report's marks around.
    const articles = ['רה"מ הודיע היום על התפטרותו', 'ראש הממשלה הודיע הערב על התפטרותו'].map(
      (text, k) => ({
        file: `${k}.txt`,
        title: `${k}`,
        titleSource: 'file-name' as const,
        outlet: null,
        date: null,
        paragraphs: [{ text, boilerplate: null }],
      }),
    );
    const html = reportOf(compareArticles(articles, { base: 0 }), META);
    expect(html).toContain('#1 “<bdi>רה&quot;מ הודיע היום על…</bdi>”');
    expect(html).not.toMatch(/<bdi>“/u);
  });

  it('should keep an outlet whose name starts like an article number whole', () => {
    const articles = [
      'The bridge closed on Monday after a crack was found.',
      'The bridge shut on Monday when a crack was found.',
    ].map((text, k) => ({
      file: `${k}.txt`,
      title: `Bridge ${k}`,
      titleSource: 'file-name' as const,
      outlet: k === 0 ? '#1 Radio' : 'The Herald',
      date: null,
      paragraphs: [{ text, boilerplate: null }],
    }));
    const html = reportOf(compareArticles(articles, { base: 0 }), META);
    expect(html).toContain('<th scope="col">#1 <bdi>#1 Radio</bdi></th>');
  });

  it('should say why an article is left out: another story, or another event', async () => {
    const dir = 'eval/stories/rittenhouse-verdict';
    const { articles } = await readArticleFiles(
      ['pix11.txt', 'sott.txt', 'orlandosentinel.txt'].map((f) => `${dir}/${f}`),
    );
    const comparison = compareArticles(articles, { base: 0 });
    expect(comparison.offTopicReasons).toEqual([
      {
        article: 2,
        reason: 'another-event',
        days: { own: ['Wednesday'], others: ['Friday'] },
      },
    ]);
    const html = reportOf(comparison, META);
    expect(html).toContain(
      '<span class="flag">Off-topic</span> probably another event: it names the same people and places, but its opening tells of Wednesday, where the others tell of Friday',
    );
    // Printed, a list's lead-in stays with its list: never alone at the foot of a page.
    const leftOut = reportOf(comparison, {
      ...META,
      leftOut: [{ name: 'The other day', reason: 'probably another event' }],
    });
    expect(leftOut).toContain('<p class="lead-in"><strong>Left out of the comparison:</strong>');
    // Named as its column would be: an outlet as it is, first words in the app's quotes.
    expect(leftOut).toContain('<li><bdi>The other day</bdi>, probably another event.</li>');
    expect(
      reportOf(comparison, {
        ...META,
        leftOut: [{ name: '“Kyle Rittenhouse was…”', reason: 'probably another event' }],
      }),
    ).toContain('<li>“<bdi>Kyle Rittenhouse was…</bdi>”, probably another event.</li>');
    expect(leftOut).not.toMatch(/<p><strong>[^<]*:<\/strong><\/p>\n<ul/u);
    expect(REPORT_CSS).toMatch(/@media print[^@]*\.lead-in[^{]*\{ break-after: avoid; \}/u);
  });

  it("should show a page's date stamp as furniture, never as a reworded phrase", () => {
    // Sample 000 starts " date 2022-02-18 Scotland Yard has been forced…": the tool that
    // saved the page wrote the stamp; the other outlets have none.
    const html = seedReport();
    const stamps = [
      ...html.matchAll(/<span class="stamp" dir="ltr" title="[^"]*">([^<]*)<\/span>/g),
    ];
    expect(stamps.map((m) => m[1])).toContain(' date 2022-02-18 ');
    expect(html).not.toMatch(/<(?:del|ins)>[^<]*date 2022-02-1/);
  });

  it('should keep paragraph line breaks and explain the marks in a legend', () => {
    const html = sampleReport();
    expect(html).toContain('has been shut since January,\nforcing drivers');
    expect(html).toContain('class="legend"');
    expect(html).toMatch(/white-space: pre-wrap/);
  });

  it('should mark moved, unique and boilerplate rows in words', () => {
    const html = sampleReport();
    expect(html).toContain(
      '<span class="flag moved">Moved</span> <span>paragraph 7 of 7 in this article, after its paragraph in <a href="#r-6">row 6</a></span>',
    );
    expect(html).toContain('<span class="flag">Only in #2 <bdi>The Herald</bdi></span>');
    expect(html).toContain('<tr id="r-7" class="boilerplate">');
    expect(html).toContain('<span class="flag">Boilerplate: share prompt</span>');
  });

  it('should say which rows the alignment is unsure of, and which the user corrected', () => {
    const comparison = compareArticles(SAMPLE_ARTICLES, { base: 0 });
    const shared = comparison.rows.findIndex((r) => r.kind === 'shared');
    const rows = comparison.rows.map((r, i) =>
      i === shared ? { ...r, confidence: 0.3 } : i === shared + 1 ? { ...r, manual: true } : r,
    );
    const html = reportOf({ ...comparison, rows }, META);
    const rowHtml = (i: number) => html.split(`<tr id="r-${i + 1}"`)[1]!.split('</tr>')[0]!;
    expect(rowHtml(shared)).toContain('weak alignment: check');
    expect(rowHtml(shared + 1)).toContain('corrected by hand');
    expect(reportOf(comparison, META)).not.toContain('weak alignment: check');
  });

  it('should link rows to their differences and back', () => {
    const html = sampleReport();
    // A difference links to itself, as a row does: the link a reader copies to cite it.
    expect(html).toContain(
      '<li id="d-1"><p><strong><a href="#d-1">Difference 1</a></strong> · <a href="#r-1">row 1</a>',
    );
    const { document } = parseHTML(seedReport());
    const items = [...document.querySelectorAll('ol.differences > li[id]')];
    expect(items.length).toBeGreaterThan(10);
    for (const li of items) {
      expect(li.querySelector('p strong a')?.getAttribute('href')).toBe(`#${li.id}`);
    }
    expect(html).toMatch(/<tr id="r-1" class="shared">[^\n]*<a href="#d-1">difference 1<\/a>/);
    const differenceIds = attributes(html, 'id').filter((id) => id.startsWith('d-'));
    for (const id of differenceIds) {
      expect(html).toContain(`href="#${id}"`);
    }
  });

  it('should list altered quotes with their word diff', () => {
    const html = sampleReport();
    expect(html).toContain('<h3>Altered quotes</h3>');
    expect(html).toContain('we <del>apologise</del> <ins>are sorry</ins> to residents.');
  });

  it('should carry a print stylesheet and relative type sizes', () => {
    const html = sampleReport();
    expect(html).toContain('@media print');
    // No fixed paper size: A4 and Letter both print with these margins.
    expect(html).toMatch(/@page \{ margin: [^}]+\}/);
    expect(html).not.toMatch(/@page \{[^}]*size:/);
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('overflow-wrap: anywhere');
    expect(html).not.toMatch(/font-size:\s*[\d.]+px/);
  });

  it('should print as a handout: landscape from four articles, identical and boilerplate rows folded', () => {
    const three = sampleReport();
    expect(three).not.toContain('size: landscape');
    const four = reportOf(
      compareArticles([...SAMPLE_ARTICLES, SAMPLE_ARTICLES[1]!], { base: 0 }),
      META,
    );
    expect(four).toContain('@page { size: landscape; }');
    checkDocument(four);
    // Every run of identical or boilerplate rows has one printed line, just before it.
    const seed = seedReport();
    const folds = [
      ...seed.matchAll(
        /<tr class="print-fold"><td colspan="\d+">([^<]*)<\/td><\/tr>\n<tr id="r-(\d+)" class="([^"]*)"/g,
      ),
    ];
    expect(folds.length).toBeGreaterThan(0);
    for (const [, words, row, kind] of folds) {
      expect(words).toMatch(new RegExp(`^Rows? ${row}(–\\d+)? not printed \\(`));
      expect(kind).toMatch(/^(boilerplate|shared identical|unique off-topic)$/);
    }
    expect(seed).toContain(
      '.aligned tr.identical, .aligned tr.boilerplate:not(.annotated), .aligned tr.off-topic:not(.annotated) { display: none; }',
    );
    expect(seed).not.toContain('break-before: page');
  });

  it('should not count what only an off-topic article says as unique rows, nor print it', () => {
    // The seeds' fifth article is about another story; its own rows stay in the file.
    const html = seedReport();
    const { document } = parseHTML(html);
    const rows = [...document.querySelectorAll('table.aligned tbody tr[id]')];
    const offTopic = rows.filter((r) => r.classList.contains('off-topic'));
    expect(offTopic.length).toBeGreaterThan(5);
    for (const row of offTopic) {
      expect(row.querySelector('th .sub')?.textContent).toBe('only in an off-topic article');
    }
    // The row headers agree with the summary's count of unique rows.
    const unique = rows.filter((r) => r.querySelector('th .sub')?.textContent === 'unique');
    const summary = /<strong>(\d+) rows?<\/strong> appears? in one outlet only/u.exec(html);
    expect(unique.length).toBe(Number(summary?.[1]));
    // Printed, they fold into the line before their run, which says what they are.
    expect(html).toMatch(/\.aligned tr\.off-topic:not\(\.annotated\)[^{]*\{ display: none; \}/u);
    let fold = offTopic[0]?.previousElementSibling;
    while (fold && !fold.classList.contains('print-fold')) {
      expect(fold.className).toMatch(/boilerplate|identical|off-topic/u);
      fold = fold.previousElementSibling;
    }
    expect(fold?.textContent).toMatch(/\d+ only in an off-topic article\)/u);
  });

  it('should print every annotated row, a boilerplate row included', () => {
    // Two outlets that share paragraphs word for word: rows the print hides unless annotated.
    const comparison = compareArticles(SEEDS.slice(0, 2), { base: 0 });
    const annotated = (['boilerplate', 'shared'] as const).map((kind) =>
      comparison.rows.findIndex(
        (r) =>
          r.kind === kind && (kind === 'boilerplate' || r.diffs.every((d) => d.sameness === 1)),
      ),
    );
    expect(annotated.every((r) => r >= 0)).toBe(true);
    const html = reportOf(comparison, {
      ...META,
      annotations: annotated.map((r) => ({
        row: rowIndex(r),
        sides: null,
        difference: null,
        codes: [],
        notes: [`A note on row ${r}`],
      })),
    });
    // The rows the print stylesheet hides: `.aligned tr.a.b:not(.c)` under `@media print`.
    const print = html.slice(html.indexOf('@media print'));
    const hidden = [...print.matchAll(/([^{}]+)\{\s*display:\s*none;\s*\}/gu)].flatMap((m) =>
      (m[1] ?? '').split(',').flatMap((selector) => {
        const parts = /^\s*\.aligned tr((?:\.[\w-]+)+)((?::not\(\.[\w-]+\))*)\s*$/u.exec(selector);
        return parts === null
          ? []
          : [
              {
                all: (parts[1] ?? '').split('.').filter(Boolean),
                none: [...(parts[2] ?? '').matchAll(/\.([\w-]+)/gu)].map((n) => n[1] ?? ''),
              },
            ];
      }),
    );
    expect(hidden.length).toBeGreaterThan(0);
    for (const r of annotated) {
      const classes = (
        new RegExp(`<tr id="r-${r + 1}" class="([^"]*)"`, 'u').exec(html)?.[1] ?? ''
      ).split(' ');
      expect(classes).toContain('annotated');
      const hiddenBy = hidden.filter(
        (rule) =>
          rule.all.every((c) => classes.includes(c)) && !rule.none.some((c) => classes.includes(c)),
      );
      expect(hiddenBy).toEqual([]);
    }
  });

  it('should let every table scroll in its own region, so that none widens a phone’s page', () => {
    const html = reportOf(compareArticles(SEEDS, { base: 0 }), {
      ...META,
      codebook: [{ name: 'Framing', colour: '#c2410c' }],
      annotations: [
        {
          row: rowIndex(0),
          sides: null,
          difference: null,
          codes: [{ name: 'Framing', colour: '#c2410c' }],
          notes: [],
        },
      ],
    });
    const { document } = parseHTML(html);
    const tables = [...document.querySelectorAll('table')];
    expect(tables.map((t) => t.querySelector('caption')?.textContent)).toContain('Codebook');
    const loose = tables
      .filter(
        (t) => !t.parentElement?.matches('div.scroll[role="region"][aria-label][tabindex="0"]'),
      )
      .map((t) => t.querySelector('caption')?.textContent);
    expect(loose).toEqual([]);
  });

  it('should name outlets Outlet A, B… in blind mode and leave out their names and files', () => {
    const comparison = compareArticles(SAMPLE_ARTICLES, { base: 0 });
    const html = reportOf(comparison, {
      ...META,
      blindNames: ['Outlet A', 'Outlet B', 'Outlet C'],
      hiddenOutlets: 2,
    });
    checkDocument(html);
    for (const a of SAMPLE_ARTICLES) {
      if (a.outlet) {
        expect(html).not.toContain(a.outlet);
      }
      expect(html).not.toContain(a.file);
    }
    expect(html).toContain('Outlet B');
    expect(html).toContain('2 outlets of the comparison, hidden by the reader');
  });

  it('should leave out in blind mode a title made from the file name, which names the outlet', () => {
    // Three seeds have no headline of their own: their titles are their file names.
    const named = SEEDS.filter((a) => a.titleSource === 'file-name');
    expect(named.length).toBeGreaterThan(0);
    const html = blindReport(SEEDS);
    for (const a of named) {
      expect(html).not.toContain(a.title);
    }
    // Headlines from the text stay: the text is shown anyway.
    expect(html).toContain('London mayor accuses Scotland Yard');
    // A title hidden says so, and is not the outlet's name a second time.
    expect(html).toContain(
      '<td><bdi>Outlet A</bdi></td><td><span class="sub">hidden (blind mode)</span></td>',
    );
    expect(html).toMatch(/<dt>Base article<\/dt><dd>#1 <bdi>Outlet A<\/bdi><\/dd>/u);
    expect(html).not.toMatch(/Outlet A<\/bdi>: <bdi>Outlet A/u);
  });

  it('should not title a blind report by a file name when no article has a headline', () => {
    const untitled = SEEDS.filter((a) => a.titleSource === 'file-name');
    expect(untitled.length).toBeGreaterThanOrEqual(2);
    const html = blindReport(untitled);
    expect(html).toContain('Untitled story');
    for (const a of untitled) {
      expect(html).not.toContain(a.title);
    }
  });

  it('should render a large comparison (20 articles of 2,000 words) completely', () => {
    const comparison = largeComparison(20, 100, 20);
    const html = reportOf(comparison, META);
    checkDocument(html);
    expect(html.match(/<tr id="r-/g)).toHaveLength(100);
    expect(html).toContain('<ins>outlet19</ins>');
    expect(html).toContain(`<li id="d-${100 * 19 + 20}">`);
    expect(html).toContain('Article 3 &lt;about&gt; the &quot;bridge&quot;');
  });
});

describe('renderParts', () => {
  it('should strike base words, underline other words and keep spaces outside the marks', () => {
    expect(
      renderParts([
        { kind: 'equal', base: 'The ', other: 'The ' },
        { kind: 'replace', base: 'cat ', other: 'dog ' },
        { kind: 'delete', base: 'quietly ' },
        { kind: 'equal', base: 'sat', other: 'sat' },
        { kind: 'insert', other: ' <down>' },
      ]),
    ).toBe('The <del>cat</del> <ins>dog</ins> <del>quietly</del> sat <ins>&lt;down&gt;</ins>');
  });
});

describe('renderReport with bidi controls in the articles', () => {
  const RLO = '\u202e';
  // An unterminated right-to-left override in every field the report shows, and inside the
  // paragraphs, quotations and speakers' names.
  const inject = (text: string): string =>
    text.replace(/ the /gu, ` the${RLO} `).replace(/Lopez/gu, `Lopez${RLO}`);
  const articles = SAMPLE_ARTICLES.map((a) => ({
    ...a,
    file: `${a.file}${RLO}`,
    title: `${a.title}${RLO}`,
    outlet: a.outlet === null ? null : `${a.outlet}${RLO}`,
    date: a.date === null ? null : `${a.date}${RLO}`,
    paragraphs: a.paragraphs.map((p) => ({ ...p, text: inject(p.text) })),
  }));
  const html = reportOf(compareArticles(articles, { base: 0 }), META);
  const normalize = (text: string): string => text.replace(/\s+/gu, ' ').trim();
  const source = normalize(
    articles
      .flatMap((a) => [
        a.file,
        a.title,
        a.outlet ?? '',
        a.date ?? '',
        ...a.paragraphs.map((p) => p.text),
      ])
      .join(' '),
  );

  it('should isolate every piece of article text, so that none reverses the report’s words', () => {
    const { document } = parseHTML(html);
    const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
    let checked = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!text.includes(RLO)) {
        continue;
      }
      checked++;
      // A <bdi>, or a paragraph's own block taking its own direction.
      const isolate = node.parentElement?.closest('bdi, [dir="auto"]');
      expect(isolate, `not isolated: ${JSON.stringify(text)}`).toBeTruthy();
      // The isolate holds article text only, none of the report's own words (a word diff
      // holds two articles' wordings: either side is article text).
      const side = (drop: 'ins' | 'del'): string => {
        const copy = isolate?.cloneNode(true) as unknown as {
          readonly textContent: string | null;
          querySelectorAll(selector: string): ArrayLike<{ remove(): void }>;
        };
        Array.from(copy.querySelectorAll(drop)).forEach((e) => e.remove());
        return normalize(copy.textContent ?? '').replace(/ …$/u, '');
      };
      expect(
        source.includes(side('ins')) || source.includes(side('del')),
        `the isolate holds more than article text: ${side('ins')}`,
      ).toBe(true);
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('should isolate the title in the window title, where no markup is possible', () => {
    const title = /<title>([^<]*)<\/title>/u.exec(html)?.[1] ?? '';
    expect(
      title.startsWith(
        `\u2068Council forced to admit bridge closure was avoidable${RLO}\u202c\u2069: how 3 outlets`,
      ),
    ).toBe(true);
  });
});

describe('the files the loader skipped or warned about', () => {
  const loadNotes = {
    skipped: ['empty.txt: the file is empty.'],
    warnings: ['mixed.txt: 3 bytes are not valid UTF-8 and were replaced with “�”.'],
  };

  it('should be listed under the articles, each naming its file', () => {
    const html = reportOf(compareArticles(SAMPLE_ARTICLES, { base: 0 }), { ...META, loadNotes });
    const articles = html.slice(
      html.indexOf('id="articles"'),
      html.indexOf('</section>', html.indexOf('id="articles"')),
    );
    expect(articles).toContain(
      '<p class="lead-in"><strong>Files given but not compared:</strong></p>\n<ul class="load-notes">\n<li><bdi>empty.txt: the file is empty.</bdi></li>',
    );
    expect(articles).toContain(
      '<p class="lead-in"><strong>Warnings on the files compared:</strong></p>',
    );
    expect(articles).toContain('mixed.txt: 3 bytes are not valid UTF-8');
    expect(sampleReport()).not.toContain('load-notes');
  });

  it('should be left out in blind mode, where files are not named', () => {
    const html = reportOf(compareArticles(SAMPLE_ARTICLES, { base: 0 }), {
      ...META,
      loadNotes,
      blindNames: SAMPLE_ARTICLES.map((_, k) => `Outlet ${'ABCDE'[k]}`),
    });
    expect(html).not.toContain('empty.txt');
    expect(html).not.toContain('load-notes');
  });
});

describe('a report of some of the outlets', () => {
  it('should show the rows by the numbers they have in the whole comparison, links included', () => {
    const comparison = compareArticles(SAMPLE_ARTICLES, { base: 0 });
    const model = buildViewModel(comparison);
    const numbers = model.rows.map((_, r) => 10 + 2 * r);
    const html = renderReport({ ...model, rowNumbers: numbers }, analyzeComparison(comparison), {
      ...META,
      hiddenOutlets: 1,
    });
    const ids = [...html.matchAll(/<tr id="r-(\d+)"/gu)].map((m) => Number(m[1]));
    expect(ids).toEqual(numbers);
    // Every link to a row goes to a row of the report.
    for (const m of html.matchAll(/href="#r-(\d+)"/gu)) {
      expect(numbers).toContain(Number(m[1]));
    }
    expect(html).toContain('no counterpart in any other article of this report');
  });

  it('should show the outlets by the numbers they have on screen: #1 and #3 with #2 hidden', () => {
    const comparison = compareArticles(SAMPLE_ARTICLES, { base: 0 });
    const keep = [0, 2];
    const seen = compareSubset(comparison, keep);
    const view = buildViewModel(seen, subsetNumbers(comparison, keep));
    const wording = view.differences.find(
      (d) => d.kind === 'wording' && d.row === 0 && d.article === 1,
    );
    const html = renderReport(view, analyzeComparison(seen), {
      ...META,
      hiddenOutlets: 1,
      // A note on a difference of the third article, in the subset its second.
      annotations: [
        {
          row: rowIndex(0),
          sides: [
            { article: articleIndex(0), text: 'forced to admit' },
            { article: articleIndex(1), text: 'forced to concede' },
          ],
          difference: { number: wording?.id ?? 0, article: articleIndex(1) },
          codes: [],
          notes: ['Softer verb'],
        },
      ],
    });
    checkDocument(html);
    const columns = [...html.matchAll(/<th scope="col">(#\d+) /gu)].map((m) => m[1]);
    expect(columns.length).toBeGreaterThan(0);
    expect(new Set(columns)).toEqual(new Set(['#1', '#3']));
    // Everywhere an outlet is named: columns, rows, differences, analyses, notes.
    expect(html).not.toMatch(/#2 /u);
    expect(html).toMatch(/#3 <bdi>[^<]*<\/bdi>: “<bdi>forced to concede<\/bdi>”/u);
    expect(html).toMatch(/#3 [^<]*<bdi>[^<]*<\/bdi> words it differently from #1/u);
    expect(html).toContain('<tr><th scope="row">3</th>');
    expect(html).not.toContain('<tr><th scope="row">2</th>');
    // Blind mode keeps them too.
    const blind = renderReport(view, analyzeComparison(seen), {
      ...META,
      hiddenOutlets: 1,
      blindNames: ['Outlet A', 'Outlet C'],
    });
    expect(blind).toContain('#3 <bdi>Outlet C</bdi>');
    expect(blind).not.toMatch(/#2 /u);
  });

  it('should show the differences by the numbers they have on screen, links included', () => {
    const comparison = compareArticles(SAMPLE_ARTICLES, { base: 0 });
    const whole = buildViewModel(comparison);
    const keep = [0, 2];
    const seen = compareSubset(comparison, keep);
    const view = buildViewModel(seen, subsetNumbers(comparison, keep, whole));
    const html = renderReport(view, analyzeComparison(seen), { ...META, hiddenOutlets: 1 });
    checkDocument(html);
    const screen = whole.differences.filter((d) => keep.includes(d.article)).map((d) => d.id);
    const ids = [
      ...html.matchAll(/<li id="d-(\d+)"><p><strong><a href="#d-\1">Difference \1</gu),
    ].map((m) => Number(m[1]));
    expect(ids.filter((n) => n <= whole.differences.length)).toEqual(screen);
    expect(new Set(ids).size).toBe(ids.length);
    // Every link to a difference goes to a difference of the report.
    for (const m of html.matchAll(/href="#d-(\d+)"/gu)) {
      expect(ids).toContain(Number(m[1]));
    }
  });

  it('should list a difference on screen measured against an outlet left out, under its number', () => {
    const comparison = compareArticles(REFERENCE_ELSEWHERE_ARTICLES, { base: 0 });
    const whole = buildViewModel(comparison);
    // The Herald hidden: the row it gave its reference text is measured against the Post.
    const keep = [0, 2, 3];
    const seen = compareSubset(comparison, keep);
    const view = buildViewModel(seen, subsetNumbers(comparison, keep, whole));
    const html = renderReport(view, analyzeComparison(seen), { ...META, hiddenOutlets: 1 });
    checkDocument(html);
    const ids = [...html.matchAll(/<li id="d-(\d+)"><p>/gu)].map((m) => Number(m[1]));
    // Every difference of the outlets kept that is on screen, under its number, in order.
    const screen = whole.differences.filter((d) => keep.includes(d.article)).map((d) => d.id);
    expect(ids.filter((n) => n <= whole.differences.length)).toEqual(screen);
    expect(new Set(ids).size).toBe(ids.length);
    const item = (n: number): string => html.split(`<li id="d-${n}">`)[1]?.split('</li>')[0] ?? '';
    const text = (n: number): string => item(n).replace(/<[^>]+>/gu, '');
    for (const [n, outlet] of [
      [2, '#3 The Post'],
      [3, '#4 The Gazette'],
    ] as const) {
      expect(text(n)).toContain(
        `Difference ${n} · row 2 · ${outlet} words it differently from an outlet left out of this report (69% same words).`,
      );
      // Its own words, marked in their sentence as the other differences' cells are.
      expect(item(n)).toContain(
        '<p class="excerpt" dir="auto">Campaigners gathered outside the town hall with <ins>banners and promised</ins> to fight it in <ins>the courts</ins>.</p>',
      );
    }
    // The row's cells link to them, saying they are measured against an outlet left out
    // (the Post's cell is the row's reference text here); every link leads to a difference.
    const row = html.split('<tr id="r-2"')[1]?.split('</tr>')[0] ?? '';
    for (const n of [2, 3]) {
      expect(row).toContain(
        `<a href="#d-${n}">difference ${n}</a>, against an outlet left out of this report`,
      );
    }
    expect(row).toContain('Reference text for this row');
    // On paper, where the list of differences is not printed, neither is the link nor its words.
    expect(row).toContain('<span class="against-left-out">');
    expect(REPORT_CSS).toMatch(
      /@media print[^@]*\.aligned \.notes \.against-left-out[^{]*\{ display: none; \}/u,
    );
    for (const m of html.matchAll(/href="#d-(\d+)"/gu)) {
      expect(ids).toContain(Number(m[1]));
    }
    // Nothing of the outlet left out.
    expect(html).not.toMatch(/Herald|placards|vowed/u);
    expect(html).toContain('<strong>3 differences</strong> in all');
  });

  it('should say in plain words what an outlet kept lacks of an outlet left out', () => {
    // The Post drops the Herald's last words; the Gazette has the Herald's words.
    const articles = REFERENCE_ELSEWHERE_ARTICLES.map((a, k) =>
      k === 2 || k === 3
        ? {
            ...a,
            paragraphs: a.paragraphs.map((p, i) =>
              i === 1
                ? {
                    ...p,
                    text:
                      k === 2
                        ? 'Campaigners gathered outside the town hall with placards.'
                        : (REFERENCE_ELSEWHERE_ARTICLES[1]!.paragraphs[1]!.text ?? ''),
                  }
                : p,
            ),
          }
        : a,
    );
    const comparison = compareArticles(articles, { base: 0 });
    const whole = buildViewModel(comparison);
    const keep = [0, 2, 3];
    const seen = compareSubset(comparison, keep);
    const view = buildViewModel(seen, subsetNumbers(comparison, keep, whole));
    const [apart] = view.differencesAgainstLeftOut ?? [];
    expect(apart?.lacks).toBe(1);
    const html = renderReport(view, analyzeComparison(seen), { ...META, hiddenOutlets: 1 });
    const item = html.split(`<li id="d-${apart?.number}">`)[1]?.split('</li>')[0] ?? '';
    expect(item).toContain(
      '<p>#3 <bdi>The Post</bdi> lacks one passage that the outlet left out has.</p>',
    );
    expect(item).not.toContain('class="excerpt"');
    expect(html).not.toContain('Herald');
  });

  it('should name the articles the comparison left out, with the reason, unless blind', () => {
    const comparison = compareArticles(SAMPLE_ARTICLES, { base: 0 });
    const leftOut = [{ name: '“Other <b>story</b>”', reason: 'probably another story' }];
    const html = reportOf(comparison, { ...META, leftOut });
    expect(html).toContain(
      '<ul class="left-out">\n<li>“<bdi>Other &lt;b&gt;story&lt;/b&gt;</bdi>”, probably another story.</li>',
    );
    const blind = reportOf(comparison, {
      ...META,
      leftOut: [{ name: null, reason: 'probably another story' }],
    });
    expect(blind).toContain(
      '<li>an article (name hidden in blind mode), probably another story.</li>',
    );
  });
});

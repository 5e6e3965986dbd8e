/**
 * End-to-end tests of web mode in Chromium: the renderer with the browser API, as a teacher
 * or a CI machine runs it. Screenshots of the main screens go to test-results/screenshots/.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticle } from '../shared/load/load-article';
import { countWords } from '../shared/text/tokenize';
import { parseHtmlInNode } from '../node/html-parser';
import { comparisonTable, exportedReport, openFiles, pick, ready, SHOTS } from './app';

/** The little of the DOM the page functions below use (this file compiles without DOM types). */
interface BrowserElement {
  readonly tagName: string;
  readonly className: string;
  readonly textContent: string | null;
  readonly parentElement: BrowserElement | null;
}
interface BrowserGlobals {
  readonly document: {
    readonly body: unknown;
    createTreeWalker(
      root: unknown,
      show: number,
    ): { nextNode(): { textContent: string | null; parentElement: BrowserElement | null } | null };
  };
  getComputedStyle(element: BrowserElement): { unicodeBidi: string; display: string };
}

test('shows the sample story compared on first start, the article about another story left out', async ({
  page,
}) => {
  await ready(page);
  await expect(page.getByRole('table', { name: 'Aligned comparison' })).toBeVisible();
  const leftOut = page.getByRole('region', { name: 'Left out of the comparison' });
  await expect(leftOut).toContainText('“Sadiq Khan has been…”');
  await expect(leftOut).toContainText(/probably another story \(at most \d+% in common/);
  await expect(page.getByRole('table', { name: 'Document similarity' })).not.toContainText(
    'another story?',
  );
  await page.screenshot({ path: `${SHOTS}/sample-story.png` });

  // One click brings it back, flagged.
  await leftOut.getByRole('button', { name: 'Include it' }).click();
  await expect(leftOut).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Document similarity' })).toContainText(
    'another story?',
  );
  await expect(page.getByRole('group', { name: 'Columns:' }).getByRole('checkbox')).toHaveCount(5);
  // The rows still follow the base they followed.
  const table = comparisonTable(page);
  await expect(table.getByRole('columnheader').first()).toContainText('base');
  await expect(table.getByRole('columnheader').first()).not.toContainText('another story?');
  // And the library leaves it out again.
  await page
    .getByTestId('library-item')
    .filter({ hasText: '004_165cb968de743235' })
    .getByRole('button', { name: /^Leave .+ out again$/u })
    .click();
  await expect(leftOut).toContainText('“Sadiq Khan has been…”');
  await expect(page.getByRole('group', { name: 'Columns:' }).getByRole('checkbox')).toHaveCount(4);
});

test('compares two articles ticked alone, though one was left out beside the others', async ({
  page,
}) => {
  await ready(page);
  const leftOut = page.getByRole('region', { name: 'Left out of the comparison' });
  await expect(leftOut).toContainText('“Sadiq Khan has been…”');
  // Ticked alone with one other, it is judged again: with two articles there is no story
  // to leave it out of, so they are compared, and its column says what the engine thinks.
  await pick(page, ['Met police admit', '004_165cb968de743235']);
  await expect(leftOut).toHaveCount(0);
  const headers = comparisonTable(page).getByRole('columnheader');
  await expect(headers).toHaveCount(2);
  await expect(headers.nth(1)).toContainText('another story?');
  await page.screenshot({ path: `${SHOTS}/web-two-stories.png` });
  // One ticked: there is no comparison to leave anything out of.
  await pick(page, ['004_165cb968de743235']);
  await expect(page.locator('.empty')).toHaveText('Tick two or more articles to compare them.');
  await expect(leftOut).toHaveCount(0);
});

test('names an article left out by its blind name in blind mode, never by its file', async ({
  page,
}) => {
  await ready(page);
  await page.getByLabel('Blind (hide outlets)').check();
  const leftOut = page.getByRole('region', { name: 'Left out of the comparison' });
  await expect(leftOut).toContainText('Left out: Outlet hidden, probably another story');
  await expect(leftOut).not.toContainText('004_165cb968de743235');
  // The library calls it the same.
  await expect(
    page.getByTestId('library-item').filter({ hasText: 'Left out' }).locator('.item-title'),
  ).toHaveText('Outlet hidden');
});

test('filters the library with a fuzzy search', async ({ page }) => {
  await ready(page);
  await page.getByLabel('Search the library').fill('Consultaton Institut');
  await expect(page.getByTestId('library-item')).toHaveCount(1);
  await expect(page.getByTestId('library-item')).toContainText('004_165cb968de743235');
  await page.getByLabel('Search the library').fill('');
  await expect(page.getByTestId('library-item')).toHaveCount(5);
});

test('compares seeds 001 and 002 side by side, steps through differences, inline view, ignore options, presentation', async ({
  page,
}) => {
  await ready(page);
  await pick(page, ['Met police admit', 'London mayor accuses']);
  const table = page.getByRole('table', { name: 'Aligned comparison' });
  await expect(table.getByRole('columnheader')).toHaveCount(2);

  // The denial quote: the same statement side by side, the reworded words highlighted.
  const row = table
    .getByRole('row')
    .filter({ hasText: 'It is not the case' })
    .filter({ hasText: 'Khan insisted during a phone-in' });
  await expect(row).toHaveCount(1);
  const cells = row.getByRole('cell');
  await expect(cells.nth(0)).toContainText('Khan insisted during a phone-in on LBC');
  await expect(cells.nth(1)).toContainText(
    'It is not the case that the Commissioner was given ultimatum',
  );
  await expect(
    cells.nth(1).locator('ins').filter({ hasText: 'that the Commissioner' }),
  ).toHaveCount(1);
  await expect(cells.nth(0).locator('del').filter({ hasText: 'the commissioner' })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/comparison-001-002.png` });

  // Keyboard: n steps forward, p back, F7 forward.
  const panel = page.getByRole('complementary', { name: 'Differences panel' });
  await page.keyboard.press('n');
  await expect(panel.locator('li.current')).toContainText('row');
  const first = await panel.locator('li.current').textContent();
  await page.keyboard.press('n');
  await expect(panel.locator('li.current')).not.toHaveText(first ?? '');
  await page.keyboard.press('p');
  await expect(panel.locator('li.current')).toHaveText(first ?? '');
  await page.keyboard.press('F7');
  await expect(panel.locator('li.current')).not.toHaveText(first ?? '');
  await expect(table.locator('.row.current')).toHaveCount(1);

  // Inline view.
  await page.keyboard.press('i');
  await expect(page.locator('.comparison.layout-inline')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/inline.png` });
  await page.getByRole('button', { name: 'Inline view' }).click();
  await expect(page.locator('.comparison.layout-side')).toBeVisible();

  // Ignore case: "Met police" / "Met Police" stops being a difference.
  const heading = page.getByRole('heading', { name: /Differences \(\d+/ });
  const before = Number(/\d+/.exec((await heading.textContent()) ?? '')?.[0]);
  await page.getByLabel('Ignore case').check();
  await expect(async () => {
    const after = Number(/\d+/.exec((await heading.textContent()) ?? '')?.[0]);
    expect(after).toBeLessThanOrEqual(before);
  }).toPass();
  await expect(
    cells
      .nth(1)
      .locator('ins')
      .filter({ hasText: /^Police$/ }),
  ).toHaveCount(0);

  // Presentation mode, blind, arrows.
  await page.keyboard.press('F5');
  const dialog = page.getByRole('dialog', { name: 'Presentation' });
  await expect(dialog).toBeVisible();
  const counter = dialog.locator('.slide-count');
  const start = await counter.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(counter).not.toHaveText(start ?? '');
  await dialog.getByRole('button', { name: 'Hide outlets' }).click();
  await expect(dialog.locator('figcaption').first()).toHaveText(/^Outlet [AB]$/);
  await page.screenshot({ path: `${SHOTS}/presentation-blind.png` });
  // A clicker's Space after that click steps on: it does not press the button again.
  const afterHide = await counter.textContent();
  await page.keyboard.press(' ');
  await expect(counter).not.toHaveText(afterHide ?? '');
  await expect(dialog.locator('figcaption').first()).toHaveText(/^Outlet [AB]$/);
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText(afterHide ?? '');
  // A clicker's blank-screen button (B or the full stop) blacks the slide out and never
  // reveals the outlets; the next key or a click only brings the slide back.
  const slideShown = await counter.textContent();
  const blank = dialog.locator('.slide-blank');
  await page.keyboard.press('b');
  await expect(blank).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(/Screen blanked/);
  await page.keyboard.press('PageDown');
  await expect(blank).toHaveCount(0);
  await expect(counter).toHaveText(slideShown ?? '');
  await expect(dialog.locator('figcaption').first()).toHaveText(/^Outlet [AB]$/);
  // A key held down on the blank screen (its repeats) neither wakes nor steps the slide.
  await page.keyboard.down('.');
  await page.keyboard.down('.');
  await page.keyboard.up('.');
  await expect(blank).toBeVisible();
  await expect(counter).toHaveText(slideShown ?? '');
  await blank.click();
  await expect(blank).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('figcaption').first()).toHaveText(/^Outlet [AB]$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('says when an article left out is about another event, and badges it so once included', async ({
  page,
}) => {
  await ready(page);
  const dir = 'eval/stories/rittenhouse-verdict';
  await openFiles(
    page,
    ['pix11.txt', 'sott.txt', 'orlandosentinel.txt'].map((f) => join(dir, f)),
  );
  const leftOut = page.getByRole('region', { name: 'Left out of the comparison' });
  await expect(leftOut).toContainText('probably another event: it names the same people');
  await leftOut.getByRole('button', { name: 'Include it' }).click();
  await expect(leftOut).toHaveCount(0);
  const matrix = page.getByRole('table', { name: 'Document similarity' });
  await expect(matrix).toContainText('another event?');
  await expect(matrix).not.toContainText('another story?');
});

test('marks the differences on an overview ruler that jumps to them', async ({ page }) => {
  await ready(page);
  await pick(page, ['Met police admit', 'London mayor accuses']);
  await expect(
    page.getByRole('table', { name: 'Aligned comparison' }).getByRole('columnheader'),
  ).toHaveCount(2);
  const ruler = page.getByRole('listbox', { name: 'Overview of differences' });
  const marks = ruler.getByRole('option');
  await expect(marks.nth(3)).toBeAttached();
  await marks.nth(3).click();
  const label = (await marks.nth(3).getAttribute('aria-label')) ?? '';
  const row = /Rows? (\d+)/.exec(label)?.[1];
  await expect(page.locator(`#row-${row}`)).toHaveClass(/current/);
  await expect(marks.nth(3)).toHaveAttribute('aria-selected', 'true');
});

test('shows the analysis panel: quotes across outlets, verbs, loaded language, coverage', async ({
  page,
}) => {
  await ready(page);
  const panel = page.getByRole('complementary', { name: 'Differences panel' });
  await panel.getByRole('tab', { name: 'Analysis' }).click();
  const analysis = page.getByRole('region', { name: 'Analysis' });
  const quote = analysis
    .locator('.quotes > li')
    .filter({ hasText: 'Why are we surprised when whistleblowers' });
  await expect(quote.locator('.quote-status')).toHaveText([
    /identical|same words/,
    /same words/,
    /altered/,
    /not quoted/,
  ]);
  await expect(analysis.locator('.outlet-language').first()).toContainText('conceding');
  await expect(analysis).toContainText('Leaves out');
  // Loaded language is marked in the comparison itself, and can be turned off.
  const table = page.getByRole('table', { name: 'Aligned comparison' });
  await expect(table.locator('mark.loaded', { hasText: 'turmoil' })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/analysis-panel.png` });
  await page.getByLabel('Mark loaded language').uncheck();
  await expect(table.locator('mark.loaded')).toHaveCount(0);
});

test('extends the analyses with a lexicon file, keeps it across a restart, refuses a bad one', async ({
  page,
}) => {
  await ready(page);
  await page
    .getByRole('complementary', { name: 'Differences panel' })
    .getByRole('tab', { name: 'Analysis' })
    .click();
  const analysis = page.getByRole('region', { name: 'Analysis' });
  const status = analysis.getByTestId('lexicon-status');
  const loadedCell = analysis.getByRole('list', { name: /^Loaded and hedging terms: / }).first();
  await expect(status).toHaveText('Lexicons: built-in');
  await expect(loadedCell).not.toContainText('seems');
  const lexicon = join(tmpdir(), 'classroom-lexicon.json');
  writeFileSync(lexicon, JSON.stringify({ loaded: { hedging: ['seems'] } }));
  await analysis.getByLabel('Load a lexicon file (JSON)').setInputFiles(lexicon);
  await expect(status).toHaveText('Lexicons: built-in, plus 1 term from classroom-lexicon.json');
  await expect(loadedCell).toContainText('seems');

  // A bad file names itself and leaves the lexicon in use alone.
  const bad = join(tmpdir(), 'broken-lexicon.json');
  writeFileSync(bad, '{"loaded": {"hedging": "seems"}}');
  await analysis.getByLabel('Load a lexicon file (JSON)').setInputFiles(bad);
  await expect(analysis.getByRole('alert')).toHaveText(
    'broken-lexicon.json: "loaded.hedging" should be a list of terms',
  );
  await expect(status).toContainText('classroom-lexicon.json');
  await page.screenshot({ path: `${SHOTS}/analysis-lexicon.png` });

  // The lexicon is kept for the next session, until the user goes back to the built-in one.
  await ready(page);
  await page
    .getByRole('complementary', { name: 'Differences panel' })
    .getByRole('tab', { name: 'Analysis' })
    .click();
  await expect(status).toContainText('classroom-lexicon.json');
  await analysis.getByRole('button', { name: 'Built-in only' }).click();
  await expect(status).toHaveText('Lexicons: built-in');
  await expect(loadedCell).not.toContainText('seems');
});

test('shows a clear error for a bad file and keeps the library', async ({ page }) => {
  await ready(page);
  const png = join(tmpdir(), 'photo.png');
  writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const empty = join(tmpdir(), 'empty.txt');
  writeFileSync(empty, '');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Articles…' }).click();
  await (await chooser).setFiles([png, empty]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'photo.png: this is a binary file (PNG image), not an article.',
  );
  await expect(alert).toContainText('empty.txt:');
  await expect(page.getByTestId('library-item')).toHaveCount(5);
  await page.screenshot({ path: `${SHOTS}/bad-file.png` });
});

test('exports a self-contained report that works without JavaScript and prints', async ({
  page,
  browser,
}) => {
  await ready(page);
  await pick(page, ['Met police admit', 'London mayor accuses']);
  await expect(
    page.getByRole('table', { name: 'Aligned comparison' }).getByRole('columnheader'),
  ).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Report…' }).click();
  const file = join(tmpdir(), 'exported-report.html');
  await (await download).saveAs(file);
  const html = readFileSync(file, 'utf8');
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).not.toContain('<script');
  // The analyses the app made for the panel, of the two outlets compared.
  expect(analysisOutlets(html)).toBe(2);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const report = await context.newPage();
  const requests: string[] = [];
  report.on('request', (r) => requests.push(r.url()));
  await report.goto(`file://${file}`);
  await expect(report.getByRole('heading', { level: 1 })).toContainText(
    'Met police admit tweet critical of Sadiq Khan',
  );
  await expect(report.locator('ins').first()).toBeVisible();
  expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  await report.screenshot({ path: `${SHOTS}/exported-report.png`, fullPage: false });
  const pdf = await report.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(2);
  writeFileSync(`${SHOTS}/exported-report.pdf`, pdf);
  await context.close();
});

test('switches between the light and the dark theme from the toolbar', async ({ page }) => {
  await ready(page);
  const toggle = page.getByRole('button', { name: 'Dark Theme' });
  const root = page.locator('html');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(root).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await toggle.click();
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(root).toHaveCSS('background-color', 'rgb(22, 24, 28)');
  await page.screenshot({ path: `${SHOTS}/dark-theme.png` });
  await toggle.click();
  await expect(root).toHaveAttribute('data-theme', 'light');
  await expect(root).toHaveCSS('background-color', 'rgb(255, 255, 255)');
});

test('exports what the reader sees: the outlets shown, blind when outlets are hidden, a compact handout', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await ready(page);
  const chooser = page.getByRole('group', { name: 'Columns:' });
  await expect(chooser.getByRole('checkbox', { checked: true })).toHaveCount(4);
  // Hide one outlet, hide the outlets' names.
  const hidden =
    (await chooser.getByRole('checkbox').nth(2).locator('xpath=..').textContent()) ?? '';
  await chooser.getByRole('checkbox').nth(2).uncheck();
  await page.getByLabel('Blind (hide outlets)').check();
  // The library gives away no outlet either: no file names (the titles of two seeds are
  // theirs), no outlets, no details to open.
  const library = page.getByRole('complementary', { name: 'Library' });
  await expect(library.getByTestId('library-item').first()).toContainText('Outlet A');
  await expect(library).not.toContainText('000_69ff7826295806f7');
  await expect(library).not.toContainText('.txt');
  await expect(library.getByRole('button', { name: /^Details of/ })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Report…' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(
    'met-police-admit-tweet-critical-of-sadiq-khan-was-unacceptable.html',
  );
  const file = join(tmpdir(), 'exported-blind-report.html');
  await saved.saveAs(file);
  await expect(page.getByRole('status').first()).toContainText(
    '3 of 4 outlets: those you hid are left out; outlets hidden',
  );
  const html = readFileSync(file, 'utf8');
  expect(html).toContain('Outlet A');
  expect(html).not.toContain('seeds/');
  expect(html).not.toContain('000_69ff7826295806f7');
  expect(html).toContain('1 outlet of the comparison, hidden by the reader');
  // Rows keep the numbers they have on screen (boilerplate aside, folded on screen).
  const onScreen = new Set(
    await page
      .locator('.comparison [data-row]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row') ?? '')),
  );
  const inReport = [...html.matchAll(/<tr id="r-(\d+)" class="([^"]*)"/gu)]
    .filter((m) => !(m[2] as string).includes('boilerplate'))
    .map((m) => m[1] as string);
  expect(inReport.length).toBeGreaterThan(10);
  expect(inReport.filter((n) => !onScreen.has(n))).toEqual([]);
  // The analyses of the outlets shown, not of all four.
  expect(analysisOutlets(html)).toBe(3);

  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 720 },
  });
  const report = await context.newPage();
  await report.goto(`file://${file}`);
  // The header's labels stay whole beside a long value: "Left out", not "Lef/t/ou/t".
  // A string: it runs in the page, where `document` is.
  const brokenLabels = await report.evaluate(`[...document.querySelectorAll('.meta dt')]
    .filter((dt) => {
      const range = document.createRange();
      range.selectNodeContents(dt);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
    })
    .map((dt) => dt.textContent)`);
  expect(brokenLabels).toEqual([]);
  await expect(report.locator('.meta dt', { hasText: 'Left out' })).toBeVisible();
  // Titled by the story (the base's title is only its file name).
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(
    'Met police admit tweet critical of Sadiq Khan was unacceptable',
  );
  const columns = report.locator('table.aligned thead th');
  await expect(columns).toHaveCount(4);
  await expect(columns.filter({ hasText: hidden.trim().slice(3, 15) })).toHaveCount(0);
  const pdf = await report.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeLessThan(16);
  writeFileSync(`${SHOTS}/exported-blind-report.pdf`, pdf);
  await context.close();
});

test('tells an outlet hidden by the reader from one unticked for lack of room, as the presentation takes them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  const chooser = page.getByRole('group', { name: 'Columns:' });
  const labels = chooser.locator('label');
  // Four outlets, three fit: the fourth is unticked for lack of room, still presented and
  // exported, and the chooser says so.
  await expect(chooser.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await expect(labels.filter({ hasText: '(hidden)' })).toHaveCount(0);
  await expect(chooser).toHaveAccessibleDescription(
    'Unticked for lack of room: still presented and exported.',
  );
  // Unticked by the reader, an outlet is hidden: it says so, and the presentation leaves it
  // out while it shows the one unticked for lack of room.
  await chooser.getByRole('checkbox').nth(1).uncheck();
  await expect(labels.nth(1)).toContainText('(hidden)');
  await expect(labels.filter({ hasText: '(hidden)' })).toHaveCount(1);
  await expect(chooser.getByRole('checkbox', { checked: false })).toHaveCount(2);
  await expect(chooser).toHaveAccessibleDescription(
    'Unticked for lack of room: still presented and exported.',
  );
  await page.getByRole('button', { name: 'Presentation' }).click();
  const slide = page.getByRole('dialog', { name: 'Presentation' });
  await expect(slide.locator('figure')).toHaveCount(3);
  await page.keyboard.press('Escape');
  // Once every outlet unticked is hidden, nothing is unticked for lack of room.
  const rest = chooser.getByRole('checkbox').nth(3);
  await expect(rest).not.toBeChecked();
  await rest.check();
  await rest.uncheck();
  await expect(labels.filter({ hasText: '(hidden)' })).toHaveCount(2);
  await expect(chooser).not.toContainText('lack of room');
  await page.screenshot({ path: `${SHOTS}/columns-hidden.png` });
});

test('exports every outlet but those the reader hid, also those beyond the window’s width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  const chooser = page.getByRole('group', { name: 'Columns:' });
  // Four outlets; at this width three columns fit, and none was hidden by the reader.
  await expect(chooser.getByRole('checkbox')).toHaveCount(4);
  await expect(chooser.getByRole('checkbox', { checked: true })).toHaveCount(3);
  const html = await exportedReport(page);
  await expect(page.getByRole('status').first()).toContainText(
    "all 4 outlets, also those beyond the window's width",
  );
  expect(html).not.toContain('hidden by the reader');
  expect(analysisOutlets(html)).toBe(4);
  // The article the comparison leaves out (another story) is named, with the reason.
  expect(html).toContain('<p class="lead-in"><strong>Left out of the comparison:</strong></p>');
  expect(html).toMatch(/<ul class="left-out">\n<li>“[^”]+”, probably another story/u);
  // The reader hides one outlet: it alone stays out, not the one beyond the window's width.
  await chooser.getByRole('checkbox').nth(1).uncheck();
  const html2 = await exportedReport(page);
  await expect(page.getByRole('status').first()).toContainText(
    '3 of 4 outlets: those you hid are left out',
  );
  expect(analysisOutlets(html2)).toBe(3);
  // The outlets keep the numbers they have on screen (#2 hidden): #1, #3, #4, everywhere.
  const onScreen = (await chooser.locator('label').allTextContents()).map(
    (t) => /#\d+/u.exec(t)?.[0],
  );
  expect(onScreen).toEqual(['#1', '#2', '#3', '#4']);
  await expect(comparisonTable(page).getByRole('columnheader').first()).toContainText('#1');
  await expect(comparisonTable(page).getByRole('columnheader').nth(1)).toContainText('#3');
  const inReport = new Set([...html2.matchAll(/<th scope="col">(#\d+) /gu)].map((m) => m[1]));
  expect(inReport).toEqual(new Set(['#1', '#3', '#4']));
  expect(html2).not.toMatch(/#2 /u);
});

test('isolates article text with bidi controls, so that none reverses the app’s own words', async ({
  page,
}) => {
  await ready(page);
  // Seed 002 with an unterminated right-to-left override in its headline, after every "the"
  // and every "Khan", and in its file name: a hostile or broken article.
  const RLO = '\u202e';
  const text = readFileSync('seeds/002_3b328d8baaee954f.txt', 'utf8')
    .replace('Scotland', `Scotland${RLO}`)
    .replace(/ the /gu, ` the${RLO} `)
    .replace(/Khan/gu, `Khan${RLO}`);
  const file = join(tmpdir(), `override${RLO}.txt`);
  writeFileSync(file, text);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Articles…' }).click();
  await (await chooser).setFiles([file]);
  await expect(page.getByTestId('library-item')).toHaveCount(6);
  // Compare it with seed 001 alone.
  const items = page.getByTestId('library-item');
  for (let i = 0; i < 6; i++) {
    const title = (await items.nth(i).locator('.item-title').textContent()) ?? '';
    const box = items.nth(i).getByRole('checkbox');
    const wanted = i === 5 || title.includes('Met police admit');
    if ((await box.isChecked()) !== wanted) {
      await box.click();
    }
  }
  const table = page.getByRole('table', { name: 'Aligned comparison' });
  await expect(table.getByRole('columnheader')).toHaveCount(2);
  await expect(table).toContainText(`Khan${RLO}`);

  /**
   * Every text node holding the override, with the nearest box that ends its effect (an
   * isolating inline or a block); that box must hold article text only.
   */
  const leaks = async (): Promise<string[]> =>
    page.evaluate(
      ({ rlo, source }) => {
        const { document, getComputedStyle } = globalThis as unknown as BrowserGlobals;
        const normalize = (s: string): string => s.replace(/\s+/gu, ' ').trim();
        const all = normalize(source);
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
        let checked = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // Text isolated by characters (FSI…PDI, where no element is possible) is isolated.
          const outside = (node.textContent ?? '').replace(/\u2068[^\u2068\u2069]*\u2069/gu, '');
          if (!outside.includes(rlo)) {
            continue;
          }
          checked++;
          let box = node.parentElement;
          while (box) {
            const style = getComputedStyle(box);
            if (/isolate|plaintext/u.test(style.unicodeBidi) || style.display !== 'inline') {
              break;
            }
            box = box.parentElement;
          }
          // An article's label may start with its number ("#2 ") and end cut short ("…").
          const inside = normalize(box?.textContent ?? '')
            .replace(/^#\d+ /u, '')
            .replace(/ ?…$/u, '');
          if (!all.includes(inside)) {
            out.push(`${box?.tagName}.${box?.className}: ${inside.slice(0, 120)}`);
          }
        }
        return checked > 0 ? out : ['no text node holds the override'];
      },
      { rlo: RLO, source: `${text}\n${file.split('/').pop()}` },
    );
  expect(await leaks()).toEqual([]);
  const panel = page.getByRole('complementary', { name: 'Differences panel' });
  await panel.getByRole('tab', { name: 'Analysis' }).click();
  await expect(page.getByRole('region', { name: 'Analysis' })).toBeVisible();
  expect(await leaks()).toEqual([]);
  await page.keyboard.press('i');
  await expect(page.locator('.comparison.layout-inline')).toBeVisible();
  expect(await leaks()).toEqual([]);
  await page.keyboard.press('F5');
  await expect(page.getByRole('dialog', { name: 'Presentation' })).toBeVisible();
  expect(await leaks()).toEqual([]);
  await page.keyboard.press('Escape');
});

test('keeps the quotation marks around a right-to-left lead in their place, in every label', async ({
  page,
}) => {
  await ready(page);
  // Two reports titled by their file names only: each is named by its first words, in
  // quotation marks, and those words are Hebrew.
  const lead = (verb: string) =>
    `ראש הממשלה ${verb} ביום שני כי שכר המינימום יעלה בשנה הבאה, אחרי חודשים של משא ומתן עם האיגודים.`;
  const rest = [
    'שר האוצר אמר כי הצעד יעלה לקופת המדינה כשני מיליארד שקלים, והמימון יבוא מקיצוץ בהוצאות אחרות.',
    'ראשי האופוזיציה טענו כי ההחלטה מאוחרת מדי ואינה מספיקה למשפחות שנפגעו מעליית המחירים.',
  ];
  const files = [
    [lead('הודיע'), ...rest],
    [lead('הכריז'), ...rest, 'ארגוני העובדים בירכו על ההחלטה וקראו להעלות גם את קצבאות הנכות.'],
  ].map((paragraphs, k) => {
    const file = join(tmpdir(), `rtl-lead-${k + 1}.txt`);
    writeFileSync(file, paragraphs.join('\n\n'));
    return file;
  });
  await openFiles(page, files);
  const items = page.getByTestId('library-item');
  await expect(items).toHaveCount(7);
  for (let i = 0; i < 7; i++) {
    const box = items.nth(i).getByRole('checkbox');
    if ((await box.isChecked()) !== i >= 5) {
      await box.click();
    }
  }
  await expect(comparisonTable(page).getByRole('columnheader')).toHaveCount(2);
  await expect(comparisonTable(page)).toContainText('only in');

  /**
   * Of every element matching the selector that names a Hebrew lead: whether its opening
   * quotation mark shows left of the Hebrew words on its line and its closing one right of
   * them, as
   * in the running English around them (turned around, they read ”…words“).
   */
  const marksInPlace = (selector: string): Promise<string[]> =>
    page.evaluate(`(() => {
      const out = [];
      for (const root of document.querySelectorAll(${JSON.stringify(selector)})) {
        if (!/[\u0590-\u05ff]/u.test(root.textContent)) continue;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const box = (node, i) => {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          return range.getBoundingClientRect();
        };
        let open = null, close = null;
        const words = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent;
          for (let i = 0; i < text.length; i++) {
            if (text[i] === '\u201c' && open === null) open = box(node, i);
            else if (text[i] === '\u201d') close = box(node, i);
            else if (/[\u0590-\u05ff]/u.test(text[i])) words.push(box(node, i));
          }
        }
        // Measured against the words on the mark's own line (a label may wrap).
        const onLine = (mark) => words.filter((r) => Math.abs(r.top - mark.top) < mark.height / 2);
        const ok =
          open !== null &&
          close !== null &&
          onLine(open).every((r) => open.right <= r.left + 1) &&
          onLine(close).every((r) => close.left >= r.right - 1) &&
          onLine(open).length + onLine(close).length > 0;
        out.push((ok ? 'in place: ' : 'turned around: ') + root.textContent.trim().slice(0, 40));
      }
      return out;
    })()`);
  const expectInPlace = async (selector: string) => {
    const found = await marksInPlace(selector);
    expect(found.length, selector).toBeGreaterThan(0);
    expect(
      found.filter((f) => !f.startsWith('in place')),
      selector,
    ).toEqual([]);
  };
  await expectInPlace('.outlet-name');
  await expectInPlace('.row-label');
  await expectInPlace('.difference-head');
  await page.keyboard.press('F5');
  await expect(page.getByRole('dialog', { name: 'Presentation' })).toBeVisible();
  await expectInPlace('figcaption');
  await page.keyboard.press('Escape');
});

test('refuses a file over the size limit at once, by its size, and opens the others', async ({
  page,
}) => {
  await ready(page);
  const dir = join(tmpdir(), 'oversized-files');
  mkdirSync(dir, { recursive: true });
  // A video chosen by mistake: 5 GiB (sparse on disk), more than the browser reads at once.
  const video = join(dir, 'interview.mp4');
  writeFileSync(video, '');
  truncateSync(video, 5 * 1024 ** 3);
  const article = join(dir, 'article.txt');
  writeFileSync(article, readFileSync('seeds/002_3b328d8baaee954f.txt'));
  await openFiles(page, [video, article]);
  await expect(page.getByRole('alert')).toContainText(
    'interview.mp4: the file is 5120.0 MiB, over the 5.0 MiB limit for one article.',
  );
  await expect(page.getByTestId('library-item')).toHaveCount(6);
  rmSync(video);
});

test('opens the articles of a folder as the desktop does, not its pictures, notes or hidden files', async ({
  page,
}) => {
  await ready(page);
  const dir = join(tmpdir(), 'clippings-folder');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'older'), { recursive: true });
  mkdirSync(join(tmpdir(), 'no-articles', 'pictures'), { recursive: true });
  const seed = (name: string): Buffer => readFileSync(`seeds/${name}`);
  writeFileSync(join(dir, 'b-mirror.txt'), seed('002_3b328d8baaee954f.txt'));
  writeFileSync(join(dir, 'a-guardian.txt'), seed('001_38ebe0a01ef43257.txt'));
  writeFileSync(join(dir, 'older', 'c-itv.txt'), seed('003_a3dc487f3a2c3275.txt'));
  writeFileSync(join(dir, '.DS_Store'), Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31, 0, 0]));
  writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
  writeFileSync(join(dir, 'coding.json'), '{"codes": ["framing"]}');
  writeFileSync(join(tmpdir(), 'no-articles', 'pictures', 'photo.png'), Buffer.from([0x89]));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Folder…' }).click();
  await (await chooser).setFiles(dir);
  const items = page.getByTestId('library-item');
  await expect(items).toHaveCount(7);
  await expect(items.nth(5)).toContainText('a-guardian.txt');
  await expect(items.nth(6)).toContainText('b-mirror.txt');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // A folder without an article says so.
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Folder…' }).click();
  await (await again).setFiles(join(tmpdir(), 'no-articles'));
  await expect(page.getByRole('alert')).toContainText(
    'no-articles: the folder holds no article (a .txt or .html file, for instance) directly in it.',
  );
  await expect(items).toHaveCount(7);
});

test('says which dropped file cannot be read (a folder) and opens the others', async ({ page }) => {
  await ready(page);
  const article = readFileSync('seeds/002_3b328d8baaee954f.txt', 'utf8');
  // A folder dropped on the window reaches the page as a file that cannot be read (the
  // browser rejects reading it); one made here behaves so. (Page code as text: this file
  // compiles without the DOM's types.)
  await page.evaluate(`(() => {
    const folder = new File([], 'Clippings');
    folder.arrayBuffer = () => Promise.reject(new DOMException('Not found.', 'NotFoundError'));
    const data = new DataTransfer();
    data.items.add(new File([${JSON.stringify(article)}], 'dropped.txt'));
    Object.defineProperty(data, 'files', { value: [data.files[0], folder] });
    document.querySelector('.app').dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  })()`);
  await expect(page.getByRole('alert')).toContainText(
    'Clippings: the file cannot be read: it is a folder (open it with Open Folder…)',
  );
  await expect(page.getByTestId('library-item')).toHaveCount(6);
  await expect(page.getByTestId('library-item').nth(5)).toContainText('dropped.txt');
});

test('loads awkward files as the command line does: fragments, tags in prose, navigation, bad bytes', async ({
  page,
}) => {
  await ready(page);
  const dir = join(tmpdir(), 'awkward-files');
  mkdirSync(dir, { recursive: true });
  const seed = readFileSync('seeds/002_3b328d8baaee954f.txt', 'utf8').split(/\n\n+/u);
  const files: Record<string, string | Buffer> = {
    // A copy-paste from a page: <p> paragraphs in a .txt file.
    'fragment.txt': seed
      .slice(1, 7)
      .map((p) => `<p>${p}</p>`)
      .join('\n'),
    // A tech article quoting tags: plain text.
    'tags.txt': [
      'How to lay out a page',
      'Use a <div> for blocks and a <span> for inline text. A <p> holds a paragraph, and <a> makes a link; <ul> and <li> make lists.',
      'Browsers treat <section> and <article> as blocks too, and <br> breaks a line; write <b>bold</b> for bold.',
    ].join('\n\n'),
    // A page of nothing but navigation: refused.
    'nav.html':
      '<!doctype html><html><head><title>Nav</title></head><body><nav><a href="/">Home</a> <a href="/x">X</a></nav></body></html>',
    // UTF-8 with one invalid byte: read as UTF-8, with a warning.
    'broken.txt': Buffer.concat([
      Buffer.from(seed.slice(0, 3).join('\n\n')),
      Buffer.from([0xff]),
      Buffer.from(' the end.'),
    ]),
  };
  const paths = Object.entries(files).map(([name, content]) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Articles…' }).click();
  await (await chooser).setFiles(paths);
  await expect(page.getByTestId('library-item')).toHaveCount(8);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'nav.html: the file holds only navigation or page furniture, no article text.',
  );
  await expect(alert).toContainText(
    'broken.txt: 1 sequence of bytes is not valid UTF-8 and is shown as \ufffd',
  );
  // The same titles and word counts as the loader gives in Node (the CLI's path); the
  // files that load follow the five seeds in the library, in the order given.
  let index = 5;
  for (const [name, content] of Object.entries(files)) {
    const node = loadArticle(
      { file: name, bytes: new Uint8Array(Buffer.from(content)) },
      { parseHtml: parseHtmlInNode },
    );
    if (!node.ok) {
      continue;
    }
    const words = node.article.paragraphs
      .filter((p) => p.boilerplate === null)
      .reduce((n, p) => n + countWords(p.text), 0);
    const item = page.getByTestId('library-item').nth(index++);
    await expect(item.locator('.item-title'), name).toHaveText(node.article.title);
    await expect(item.locator('.item-meta'), name).toContainText(` ${words} words`);
  }
  expect(index).toBe(8);
  await page.screenshot({ path: `${SHOTS}/awkward-files.png` });
});

/** The number of outlets in a report's table of attribution verbs and loaded language. */
function analysisOutlets(html: string): number {
  const start = html.indexOf('<table class="analysis-language">');
  const table = html.slice(start, html.indexOf('</table>', start));
  return start < 0 ? 0 : (table.match(/<tr><th scope="row">/g) ?? []).length;
}

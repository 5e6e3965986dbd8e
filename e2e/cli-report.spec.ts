/** The CLI's HTML export opened in Chromium with JavaScript disabled, screenshot and PDF. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCliIfStale, CLI_ENTRY } from '../scripts/build-cli.mjs';

const SHOTS = 'test-results/screenshots';

test('the CLI report opens without JavaScript, loads nothing from the network and prints', async ({
  browser,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await buildCliIfStale();
  const file = join(tmpdir(), 'cli-report.html');
  execFileSync(process.execPath, [CLI_ENTRY, '--html', file], {
    stdio: 'pipe',
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${file}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page.getByText('another story', { exact: false }).first()).toBeVisible();
  await expect(page.locator('del').first()).toBeVisible();
  expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/cli-report.png`, fullPage: true });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(3);
    writeFileSync(`${SHOTS}/cli-report-${format}.pdf`, pdf);
  }
  await context.close();
});

test('the report of many outlets scrolls its wide tables inside them, not the page, and breaks no short word', async ({
  browser,
}) => {
  await buildCliIfStale();
  const dir = mkdtempSync(join(tmpdir(), 'wide-report-'));
  const seeds = readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort();
  // Eight articles: the five seeds and three more copies with a closing line of their own.
  const files = seeds.map((f) => join('seeds', f));
  for (const [k, f] of seeds.slice(1, 4).entries()) {
    const copy = join(dir, `copy-${k}.txt`);
    writeFileSync(
      copy,
      `${readFileSync(join('seeds', f), 'utf8')}\n\nA closing line number ${k}.\n`,
    );
    files.push(copy);
  }
  const file = join(dir, 'wide.html');
  execFileSync(process.execPath, [CLI_ENTRY, '--html', file, ...files], { stdio: 'pipe' });
  for (const width of [1280, 1000]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`file://${file}`);
    // Strings: they run in the page, where `document` is.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(width);
    // Column headers of one short word stay on one line ("Row", not "R/o/w").
    const broken = await page.evaluate(`[...document.querySelectorAll('th')]
      .filter((th) => /^\\p{L}{3,12}$/u.test(th.textContent.trim()))
      .filter((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
      })
      .map((th) => th.textContent)`);
    expect(broken).toEqual([]);
    await context.close();
  }
});

test('the report on a phone scrolls each table inside itself, never the page', async ({
  browser,
}) => {
  await buildCliIfStale();
  const file = join(mkdtempSync(join(tmpdir(), 'phone-report-')), 'phone.html');
  execFileSync(process.execPath, [CLI_ENTRY, '--html', file], { stdio: 'pipe' });
  for (const width of [390, 320]) {
    const context = await browser.newContext({
      viewport: { width, height: 844 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`file://${file}`);
    // Strings: they run in the page, where `document` is.
    const wider = await page.evaluate(`[...document.querySelectorAll('table')]
      .filter((t) => !t.closest('.scroll') && t.getBoundingClientRect().right > ${width})
      .map((t) => t.caption ? t.caption.textContent : t.className)`);
    expect(wider).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(width);
    await context.close();
  }
});

test('a right-to-left paragraph takes its own direction in the report, its lines starting at the right', async ({
  browser,
}) => {
  await buildCliIfStale();
  const dir = mkdtempSync(join(tmpdir(), 'rtl-report-'));
  const lead = 'ראש הממשלה הודיע היום על התפטרותו לאחר שלושה חודשים של משבר פוליטי קשה בקואליציה';
  writeFileSync(join(dir, 'a.txt'), `${lead}.\n\n"אני לוקח אחריות מלאה", אמר בנאום.\n`);
  writeFileSync(join(dir, 'b.txt'), `${lead} ובכנסת.\n\n"אני לוקח אחריות", הודה בנאום.\n`);
  const file = join(dir, 'rtl.html');
  execFileSync(
    process.execPath,
    [CLI_ENTRY, '--html', file, join(dir, 'a.txt'), join(dir, 'b.txt')],
    {
      stdio: 'pipe',
    },
  );
  const context = await browser.newContext({
    viewport: { width: 1000, height: 800 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(`file://${file}`);
  const cell = page.locator('table.aligned td .text').filter({ hasText: 'הודיע' }).first();
  await expect(cell).toBeVisible();
  await expect(cell).toHaveCSS('direction', 'rtl');
  // Wrapped, its every line ends flush at the right of the cell (the start of a Hebrew line).
  // A string: it runs in the page, where `document` is.
  const lines: number[] = await page.evaluate(`(() => {
    const e = [...document.querySelectorAll('table.aligned td .text')].find((t) =>
      t.textContent.includes('הודיע'),
    );
    const range = document.createRange();
    range.selectNodeContents(e);
    const right = e.getBoundingClientRect().right;
    const ends = new Map();
    for (const r of range.getClientRects()) {
      const top = Math.round(r.top);
      ends.set(top, Math.max(ends.get(top) ?? 0, r.right));
    }
    return [...ends.values()].map((end) => Math.round(right - end));
  })()`);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.every((gap) => gap <= 1)).toBe(true);
  await context.close();
});

test("the aligned comparison keeps its outlets' names in view at a row's link, not on paper", async ({
  browser,
}) => {
  await buildCliIfStale();
  const file = join(mkdtempSync(join(tmpdir(), 'sticky-report-')), 'sticky.html');
  execFileSync(process.execPath, [CLI_ENTRY, '--html', file], { stdio: 'pipe' });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(`file://${file}#r-7`);
  const names = page.locator('.aligned thead th');
  const row = page.locator('#r-7');
  await expect(row).toBeInViewport();
  for (const th of await names.all()) {
    const box = await th.boundingBox();
    // In view, to a pixel (the jump may leave the page a fraction of one scrolled).
    expect(box?.y).toBeGreaterThanOrEqual(-1);
    expect((box?.y ?? 720) + (box?.height ?? 0)).toBeLessThan(720);
  }
  await expect(names.nth(1)).toBeInViewport();
  // The row reached stops below the names, not under them.
  const head = await names.first().boundingBox();
  const reached = await row.boundingBox();
  expect(reached?.y).toBeGreaterThanOrEqual((head?.y ?? 0) + (head?.height ?? 0) - 1);
  await page.screenshot({ path: `${SHOTS}/report-row-link-1280.png` });
  // Printed, the header heads each page: nothing sticks, nothing scrolls.
  await page.emulateMedia({ media: 'print' });
  await expect(names.first()).toHaveCSS('position', 'static');
  await expect(page.locator('.scroll.rows')).toHaveCSS('overflow-y', 'visible');
  await context.close();
});

test('the report passes axe-core: no landmark, table or contrast fault', async ({ browser }) => {
  await buildCliIfStale();
  const file = join(mkdtempSync(join(tmpdir(), 'axe-report-')), 'axe.html');
  execFileSync(process.execPath, [CLI_ENTRY, '--html', file], { stdio: 'pipe' });
  // axe runs as a script: the report's Content-Security-Policy forbids any, so it is bypassed.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`file://${file}`);
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact ?? ''}): ${n.target.join(' ')}`),
    ),
  ).toEqual([]);
  await context.close();
});

test('the printed report of many outlets fits every table to the page, cutting no column', async ({
  browser,
}) => {
  await buildCliIfStale();
  const dir = mkdtempSync(join(tmpdir(), 'many-report-'));
  const seeds = readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort();
  // Sixteen articles: the five seeds and eleven copies of four of them, each with a line of its own.
  const files = seeds.map((f) => join('seeds', f));
  for (let k = 0; k < 11; k++) {
    const f = seeds[k % 4] as string;
    const copy = join(dir, `copy-${k}.txt`);
    writeFileSync(
      copy,
      `${readFileSync(join('seeds', f), 'utf8')}\n\nA closing line number ${k}.\n`,
    );
    files.push(copy);
  }
  const file = join(dir, 'many.html');
  execFileSync(process.execPath, [CLI_ENTRY, '--html', file, ...files], { stdio: 'pipe' });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`file://${file}`);
  await page.emulateMedia({ media: 'print' });
  // The width of a landscape Letter page inside the report's margins (A4 is wider).
  const width = Math.floor(((11 * 25.4 - 24) / 25.4) * 96);
  await page.setViewportSize({ width, height: 800 });
  // A string: it runs in the page, where `document` is.
  const cut = await page.evaluate(`[...document.querySelectorAll('table')]
    .filter((t) => t.getBoundingClientRect().right > ${width} + 1)
    .map((t) => t.caption ? t.caption.textContent : t.className)`);
  expect(cut).toEqual([]);
  await context.close();
});

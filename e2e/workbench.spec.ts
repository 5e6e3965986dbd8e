/**
 * The researcher's workbench in web mode: naming outlets, correcting the alignment (mouse
 * and keyboard), notes and codes, undo, saving and reopening a project, the unsaved work
 * kept over a reload, and a damaged project refused without losing anything.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { box, comparisonTable, exportedReport, openFiles, pick, ready, SHOTS } from './app';

/** axe-core's serious and critical findings on the page as it is. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} ${n.failureSummary ?? ''}`),
    );
}

const METRO = 'The Metro Desk';
const HALL = 'City Hall Wire';

/** Names an article's outlet in the library. */
async function nameOutlet(page: Page, title: string, outlet: string): Promise<void> {
  const item = page.getByTestId('library-item').filter({ hasText: title });
  await item.getByRole('button', { name: /^Details of/ }).click();
  const form = item.getByRole('form');
  await form.getByRole('textbox', { name: 'Outlet' }).fill(outlet);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
}

/** The rows of the comparison (not the header, not folds). */
function rows(page: Page): Locator {
  return comparisonTable(page).locator('.tbody > .row:not(.fold)');
}

/** The first words of a paragraph, to find it again. */
async function words(locator: Locator): Promise<string> {
  const text = (await locator.textContent()) ?? '';
  return text.replace(/\s+/gu, ' ').trim().slice(0, 40);
}

/**
 * A paragraph of the second column in a row shared by both outlets, and the base
 * paragraph of another row: what the test moves, and where to.
 */
async function moveCandidates(page: Page): Promise<{ moved: Locator; target: Locator }> {
  const all = rows(page);
  const count = await all.count();
  let moved: Locator | null = null;
  let movedRow = -1;
  for (let i = 0; i < count && moved === null; i++) {
    const row = all.nth(i);
    const cells = row.locator('[role="cell"]');
    if (
      (await cells.nth(0).locator('.para').count()) > 0 &&
      (await cells.nth(1).locator('.para').count()) > 0
    ) {
      moved = cells.nth(1).locator('.para').first();
      movedRow = i;
    }
  }
  for (let i = movedRow + 2; i < count; i++) {
    const base = all.nth(i).locator('[role="cell"]').nth(0).locator('.para');
    if ((await base.count()) > 0 && moved !== null) {
      return { moved, target: base.first() };
    }
  }
  throw new Error('no paragraph to move');
}

/**
 * Two rows to join: one with a paragraph of the first column only, and another with a
 * paragraph of the second column only (so that joining them puts the two outlets side by
 * side).
 */
async function joinCandidates(page: Page): Promise<{ from: Locator; to: Locator }> {
  const all = rows(page);
  const count = await all.count();
  let from: Locator | null = null;
  let to: Locator | null = null;
  for (let i = 0; i < count && (from === null || to === null); i++) {
    const cells = all.nth(i).locator('[role="cell"]');
    const first = await cells.nth(0).locator('.para').count();
    const second = await cells.nth(1).locator('.para').count();
    if (from === null && first > 0 && second === 0) {
      from = cells.nth(0).locator('.para').first();
    } else if (to === null && first === 0 && second > 0) {
      to = cells.nth(1).locator('.para').first();
    }
  }
  if (from === null || to === null) {
    throw new Error('no two rows to join');
  }
  return { from, to };
}

/** The row holding a paragraph that starts with these words. */
function rowWith(page: Page, start: string): Locator {
  return rows(page).filter({ has: page.locator('.para', { hasText: start }) });
}

test('names outlets, corrects a row, notes and codes it, saves, reloads and reopens the project', async ({
  page,
}) => {
  await ready(page);
  await pick(page, ['Met police admit', 'London mayor accuses']);
  const table = comparisonTable(page);
  await expect(table.getByRole('columnheader')).toHaveCount(2);

  // Name the two outlets: the columns say so, and the library marks them as the user's.
  await nameOutlet(page, 'Met police admit', METRO);
  await nameOutlet(page, 'London mayor accuses', HALL);
  await expect(table.getByRole('columnheader').nth(0)).toContainText(METRO);
  await expect(table.getByRole('columnheader').nth(1)).toContainText(HALL);
  await expect(
    page.getByTestId('library-item').filter({ hasText: METRO }).getByText('(set by you)'),
  ).toHaveCount(1);

  // Move a paragraph of the second outlet to another row: select it, M, pick the row.
  const { moved, target } = await moveCandidates(page);
  const movedWords = await words(moved);
  const targetWords = await words(target);
  await moved.click();
  await page.keyboard.press('m');
  await expect(
    page.getByRole('status').filter({ hasText: 'pick the row to move it to' }),
  ).toBeVisible();
  await target.click();
  const corrected = rowWith(page, movedWords).filter({
    has: page.locator('.para', { hasText: targetWords }),
  });
  await expect(corrected).toHaveCount(1);
  await expect(corrected).toHaveClass(/manual/);
  await expect(corrected).toContainText('corrected by hand');

  // A note and a code on that row.
  await corrected.locator('.para', { hasText: movedWords }).click();
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog', { name: /Notes and codes: row \d+/ });
  await expect(dialog).toBeVisible();
  await dialog
    .getByRole('textbox', { name: 'New note' })
    .fill('Moved: the Metro tells this later.');
  await dialog.getByRole('textbox', { name: 'New code' }).fill('Framing');
  await dialog.getByRole('button', { name: 'Add code' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Framing' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  const strip = corrected.locator('.strip');
  await expect(strip).toContainText('Framing');
  await expect(strip).toContainText('Moved: the Metro tells this later.');
  // The tab counts what its list lists: a note and a code on one row are one entry there.
  await expect(page.getByRole('tab', { name: /Notes/ })).toHaveText('Notes (1)');
  await page.screenshot({ path: `${SHOTS}/workbench-annotated.png` });
  await expect(page).toHaveTitle(/^• /u);

  // Save: web mode downloads the project file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save Project' }).click();
  const file = join(tmpdir(), `workbench-${Date.now()}.news-compare.json`);
  await (await download).saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as {
    articles: Array<{ user: { outlet?: string } }>;
    manual: { links: unknown[] };
    notes: unknown[];
    codebook: Array<{ name: string }>;
  };
  expect(saved.articles.map((a) => a.user.outlet)).toEqual([METRO, HALL]);
  expect(saved.manual.links.length).toBeGreaterThan(0);
  expect(saved.notes).toHaveLength(1);
  expect(saved.codebook.map((c) => c.name)).toEqual(['Framing']);
  await expect(page).not.toHaveTitle(/^• /u);

  // Reload: the saved work is back as it was, still saved.
  await page.reload();
  await ready(page);
  await expect(page.getByRole('status').first()).toContainText(
    'Your work from the last session is back, as saved in',
  );
  await expect(table.getByRole('columnheader').nth(0)).toContainText(METRO);
  await expect(table.getByRole('columnheader').nth(1)).toContainText(HALL);
  await expect(
    rowWith(page, movedWords).filter({ has: page.locator('.para', { hasText: targetWords }) }),
  ).toHaveClass(/manual/);
  await expect(page).not.toHaveTitle(/^• /u);

  // Open the project: names, rows, note and code are all back.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Project…' }).click();
  await (await chooser).setFiles(file);
  await expect(table.getByRole('columnheader')).toHaveCount(2);
  await expect(table.getByRole('columnheader').nth(0)).toContainText(METRO);
  await expect(table.getByRole('columnheader').nth(1)).toContainText(HALL);
  const reopened = rowWith(page, movedWords).filter({
    has: page.locator('.para', { hasText: targetWords }),
  });
  await expect(reopened).toHaveClass(/manual/);
  await expect(reopened.locator('.strip')).toContainText('Framing');
  await expect(reopened.locator('.strip')).toContainText('Moved: the Metro tells this later.');
  await expect(page.getByTestId('library-item')).toHaveCount(2);

  // The exported report carries them.
  const html = await exportedReport(page);
  expect(html).toContain(METRO);
  expect(html).toContain(HALL);
  expect(html).toContain('corrected by hand');
  expect(html).toContain('Moved: the Metro tells this later.');
  expect(html).toContain('Framing');

  // And the codes CSV.
  await page.getByRole('tab', { name: /Notes/ }).click();
  await expect(page.getByRole('heading', { name: /^Notes and codes \(/u })).toHaveText(
    'Notes and codes (1)',
  );
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Codes (CSV)…' }).click();
  const csv = readFileSync((await (await csvDownload).path()) ?? '', 'utf8');
  expect(csv).toContain('"Framing"');
  expect(csv).toContain('"Moved: the Metro tells this later."');
  expect(csv.split('\r\n')[0]).toContain(`"${METRO}"`);
  expect(csv.split('\r\n')[0]).toContain(`"${HALL}"`);
});

test('keeps saved work of the whole sample over a reload, the other story still left out', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  const table = comparisonTable(page);
  const columns = await table.getByRole('columnheader').count();
  await nameOutlet(page, 'Met police admit', METRO);
  await expect(table.getByRole('columnheader')).toContainText([METRO]);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  await download;
  await expect(page.getByRole('status').first()).toContainText('Saved');
  await page.reload();
  await ready(page);
  await expect(page.getByRole('status').first()).toContainText('as saved in');
  await expect(table.getByRole('columnheader')).toHaveCount(columns);
  await expect(table.getByRole('columnheader')).toContainText([METRO]);
  await expect(page.getByText('Left out: another story or event?')).toHaveCount(1);
  await expect(page).not.toHaveTitle(/^• /u);
  await page.screenshot({ path: `${SHOTS}/workbench-saved-reloaded.png` });
});

/** A report without its export time, the one part that differs from one export to the next. */
function timeless(html: string): string {
  return html.replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/gu, 'TIME');
}

/** The report's outlet columns ("#1 …", "#3 …"). */
function reportColumns(html: string): string[] {
  const table = html.slice(html.indexOf('<table class="aligned'));
  const head = table.slice(0, table.indexOf('</thead>'));
  return [...head.matchAll(/<th scope="col">(#\d+ [^<]*<bdi>[^<]*)<\/bdi>/gu)].map(
    (m) => m[1] ?? '',
  );
}

test('keeps the outlets the reader hid and the article left out over a save, a reload and the project reopened: the same report', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await ready(page);
  const chooser = page.getByRole('group', { name: 'Columns:' });
  await expect(chooser.getByRole('checkbox', { checked: true })).toHaveCount(4);
  await chooser.getByRole('checkbox').nth(1).uncheck();
  await expect(comparisonTable(page).getByRole('columnheader')).toHaveCount(3);
  const before = await exportedReport(page);
  expect(before).toContain('1 outlet of the comparison, hidden by the reader');
  expect(before).toContain('<p class="lead-in"><strong>Left out of the comparison:</strong></p>');
  expect(before).toContain('probably another story');
  const columns = reportColumns(before);
  expect(columns.map((c) => c.slice(0, 2))).toEqual(['#1', '#3', '#4']);

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = join(tmpdir(), `hidden-${Date.now()}.news-compare.json`);
  await (await download).saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as {
    version: number;
    hidden: number[];
    articles: Array<{ file: string }>;
    include: number[];
  };
  expect([saved.version, saved.hidden]).toEqual([2, [1]]);
  // The article left out as another story is in the file (not included), to be left out again.
  expect(saved.articles.map((a) => a.file).some((f) => f.includes('004_'))).toBe(true);
  expect(saved.include).toEqual([]);

  // Reloaded: #2 is still hidden, and the report is the same.
  await page.reload();
  await ready(page);
  await expect(page.getByRole('status').first()).toContainText('as saved in');
  await expect(chooser.getByRole('checkbox').nth(1)).not.toBeChecked();
  await expect(comparisonTable(page).getByRole('columnheader')).toHaveCount(3);
  await expect(page).not.toHaveTitle(/^• /u);
  const reloaded = await exportedReport(page);
  expect(reloaded).toContain('1 outlet of the comparison, hidden by the reader');
  expect(reportColumns(reloaded)).toEqual(columns);
  expect(timeless(reloaded)).toBe(timeless(before));

  // The project file reopened: the same.
  const picker = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Project…' }).click();
  await (await picker).setFiles(file);
  await expect(page.getByRole('status').first()).toContainText('Opened');
  await expect(chooser.getByRole('checkbox').nth(1)).not.toBeChecked();
  await expect(comparisonTable(page).getByRole('columnheader')).toHaveCount(3);
  const reopened = await exportedReport(page);
  expect(reopened).toContain('1 outlet of the comparison, hidden by the reader');
  expect(reportColumns(reopened)).toEqual(columns);
  await expect(page.getByRole('region', { name: 'Left out of the comparison' })).toContainText(
    'Sadiq Khan has been',
  );
  await expect(page).not.toHaveTitle(/^• /u);
  expect(timeless(reopened)).toBe(timeless(before));
});

test("keeps an outlet the reader showed beyond the window's width over a save and the project reopened", async ({
  page,
}) => {
  // At this width three of the four outlets fit; the reader shows the fourth by hand.
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  const chooser = page.getByRole('group', { name: 'Columns:' });
  const headers = comparisonTable(page).getByRole('columnheader');
  await expect(headers).toHaveCount(3);
  await expect(chooser.getByRole('checkbox').nth(3)).not.toBeChecked();
  await chooser.getByRole('checkbox').nth(3).check();
  await expect(headers).toHaveCount(4);

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = join(tmpdir(), `shown-${Date.now()}.news-compare.json`);
  await (await download).saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { version: number; shown: number[] };
  expect([saved.version, saved.shown]).toEqual([3, [3]]);

  // Reopened over a fresh start: the fourth outlet is a column again, and nothing is unsaved.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page);
  await expect(headers).toHaveCount(3);
  const picker = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Project…' }).click();
  await (await picker).setFiles(file);
  await expect(page.getByRole('status').first()).toContainText('Opened');
  await expect(headers).toHaveCount(4);
  await expect(chooser.getByRole('checkbox').nth(3)).toBeChecked();
  await expect(page).not.toHaveTitle(/^• /u);
});

test('closes the details form with Esc, unsaved, and gives the focus back to its button', async ({
  page,
}) => {
  await ready(page);
  const item = page.getByTestId('library-item').filter({ hasText: 'Met police admit' });
  const open = item.getByRole('button', { name: /^Details of/ });
  await open.click();
  const outlet = item.getByRole('form').getByRole('textbox', { name: 'Outlet' });
  await outlet.fill('Not saved');
  await outlet.press('Escape');
  await expect(item.getByRole('form')).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(item).not.toContainText('Not saved');
  // Cancel gives the focus back too.
  await open.press('Enter');
  await item.getByRole('form').getByRole('button', { name: 'Cancel' }).click();
  await expect(open).toBeFocused();
});

test('does not forget the kept work while it starts, before bringing it back', async ({ page }) => {
  // Each removal of the kept work, noted where a reload keeps it.
  await page.addInitScript(() => {
    const remove = Storage.prototype.removeItem;
    Storage.prototype.removeItem = function (key: string) {
      if (this === localStorage) {
        sessionStorage.setItem('removed', `${sessionStorage.getItem('removed') ?? ''}${key};`);
      }
      remove.call(this, key);
    };
  });
  await ready(page);
  await nameOutlet(page, 'Met police admit', METRO);
  const kept = () => page.evaluate("localStorage.getItem('news-compare.session') !== null");
  await expect.poll(kept).toBe(true);
  await page.evaluate("sessionStorage.removeItem('removed')");
  // Left at any moment of its start (a second reload at once), the page must still hold
  // the work: it is not taken away before it is back.
  await page.reload();
  await expect(page.getByRole('status').first()).toContainText(
    'unsaved work from the last session is back',
  );
  await expect(comparisonTable(page).getByRole('columnheader')).toContainText([METRO]);
  expect(await page.evaluate("sessionStorage.getItem('removed')")).toBeNull();
});

test('keeps unsaved work over a reload, and undoes and redoes every edit', async ({ page }) => {
  await ready(page);
  await pick(page, ['Met police admit', 'London mayor accuses']);
  const table = comparisonTable(page);
  await nameOutlet(page, 'Met police admit', METRO);
  await expect(table.getByRole('columnheader').nth(0)).toContainText(METRO);

  // Undo and redo (the toolbar, then the keys).
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('columnheader').nth(0)).not.toContainText(METRO);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(table.getByRole('columnheader').nth(0)).toContainText(METRO);

  // A correction by keyboard alone: select with the arrows, M, arrows to the target, Enter.
  const { moved, target } = await moveCandidates(page);
  const movedWords = await words(moved);
  const targetWords = await words(target);
  await moved.click();
  await page.keyboard.press('m');
  // The target is in the base column: go left, then down to its row.
  const selected = comparisonTable(page).locator('[data-cell].selected');
  const step = async (key: string): Promise<void> => {
    const before = (await selected.getAttribute('data-cell')) ?? '';
    await page.keyboard.press(key);
    await expect(selected).not.toHaveAttribute('data-cell', before);
  };
  await step('ArrowLeft');
  while (!(await words(selected)).startsWith(targetWords)) {
    await step('ArrowDown');
  }
  await expect(selected).toBeFocused();
  await page.keyboard.press('Enter');
  const corrected = rowWith(page, movedWords).filter({
    has: page.locator('.para', { hasText: targetWords }),
  });
  await expect(corrected).toHaveClass(/manual/);
  await page.keyboard.press('Control+z');
  await expect(corrected).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(corrected).toHaveClass(/manual/);

  // The correction holds when the base changes; the slides name the outlets as set.
  // Each base button is named by its article, for a screen reader.
  await page.getByRole('radio', { name: /^Base article: “London mayor accuses/u }).check();
  await expect(table.getByRole('columnheader').nth(1)).toContainText('base');
  await expect(
    rowWith(page, movedWords).filter({ has: page.locator('.para', { hasText: targetWords }) }),
  ).toHaveClass(/manual/);
  await page.keyboard.press('F5');
  const slides = page.getByRole('dialog', { name: 'Presentation' });
  await expect(slides.locator('figcaption').filter({ hasText: METRO })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(slides).toHaveCount(0);

  // Reload without saving: the work is back.
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('status').first()).toContainText(
    'unsaved work from the last session is back',
  );
  await expect(table.getByRole('columnheader').nth(0)).toContainText(METRO);
  await expect(
    rowWith(page, movedWords).filter({ has: page.locator('.para', { hasText: targetWords }) }),
  ).toHaveClass(/manual/);
  await expect(page).toHaveTitle(/^• /u);
});

test('removes an article by keyboard, and Undo brings it back with its details and notes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  // Three compared: two remain compared once one is removed.
  await pick(page, ['Met police admit', 'London mayor accuses', 'Sadiq Khan denies']);
  const table = comparisonTable(page);
  await nameOutlet(page, 'London mayor accuses', HALL);
  await expect(table.getByRole('columnheader').nth(1)).toContainText(HALL);
  const { moved } = await moveCandidates(page);
  const movedWords = await words(moved);
  await moved.click();
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog', { name: /Notes and codes: row \d+/ });
  await dialog.getByRole('textbox', { name: 'New note' }).fill('Both outlets lead with this.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(rowWith(page, movedWords).locator('.strip')).toContainText('Both outlets lead');

  const items = page.getByTestId('library-item');
  const titles = await items.locator('.item-title').allTextContents();
  const k = titles.findIndex((t) => t.includes('London mayor accuses'));
  await items
    .nth(k)
    .getByRole('button', { name: /^Remove/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(titles.length - 1);
  await expect(page.getByRole('status').first()).toContainText(
    'from the library with your work on it; Undo brings it back.',
  );
  // The focus stays in the library, on the × of the article that took its place.
  await expect(items.nth(k).getByRole('button', { name: /^Remove/ })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/workbench-removed.png` });

  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(titles.length);
  expect(await items.locator('.item-title').allTextContents()).toEqual(titles);
  await expect(items.nth(k)).toContainText(HALL);
  await expect(table.getByRole('columnheader').nth(1)).toContainText(HALL);
  await expect(rowWith(page, movedWords).locator('.strip')).toContainText('Both outlets lead');
});

test('says in the report and the notice when notes are on rows only the outlets hidden have', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await ready(page);
  // A note on a row that only the second outlet has.
  const all = rows(page);
  let only: Locator | null = null;
  for (let i = 0; i < (await all.count()) && only === null; i++) {
    const cells = all.nth(i).locator('[role="cell"]');
    const counts = await Promise.all(
      [0, 1, 2, 3].map((k) => cells.nth(k).locator('.para').count()),
    );
    if (counts[1]! > 0 && counts.every((c, k) => k === 1 || c === 0)) {
      only = cells.nth(1).locator('.para').first();
    }
  }
  expect(only).not.toBeNull();
  await only!.click();
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog', { name: /Notes and codes: row \d+/ });
  await dialog.getByRole('textbox', { name: 'New note' }).fill('Only this outlet says so.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  // Shown, the report lists it; hidden with its outlet, the report says a row is missing.
  expect(await exportedReport(page)).toContain('Only this outlet says so.');
  await page.getByRole('group', { name: 'Columns:' }).getByRole('checkbox').nth(1).uncheck();
  await expect(comparisonTable(page).getByRole('columnheader')).toHaveCount(3);
  const report = await exportedReport(page);
  expect(report).not.toContain('Only this outlet says so.');
  expect(report).toContain(
    'One row with notes or codes is not in this report: only the outlets left out of it (hidden by the reader) have it.',
  );
  await expect(page.getByRole('status').first()).toContainText(
    'without the notes of one row that only the outlets you hid have',
  );
});

test('names a note on a difference by the number the differences list gives it, everywhere', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await ready(page);
  // The first reworded cell in the differences list: its number and its row.
  const item = page.locator('.differences li').filter({ hasText: 'reworded' }).first();
  const head = ((await item.locator('.difference-head').textContent()) ?? '').replace(/\s+/gu, ' ');
  const [, number, row] = /^(\d+)\. row (\d+)/u.exec(head.trim()) ?? [];
  expect(number).toBeDefined();
  await item.getByRole('button').click();
  // The notes of that row, about that difference: the dialog names it by its number too.
  await comparisonTable(page).locator(`#row-${row} .para`).first().click();
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog', { name: `Notes and codes: row ${row}` });
  const about = dialog.getByRole('combobox', { name: 'About' });
  // The cell's phrases, each by its words, are grouped under the cell's one number.
  const group = about.locator(`optgroup[label$=": difference ${number}"]`);
  await expect(group).toHaveCount(1);
  const label = (await group.locator('option').first().textContent()) ?? '';
  expect(label).toMatch(/^“/u);
  await about.selectOption({ label });
  await expect(dialog.getByText(`: difference ${number}`, { exact: false })).toHaveText(
    new RegExp(`^In .+: difference ${number}$`, 'u'),
  );
  await dialog.getByRole('textbox', { name: 'New note' }).fill('A softer verb here.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  // Its row's strip, the Notes tab, the report and the codes CSV all give the number.
  const cited = `difference ${number}, `;
  await expect(comparisonTable(page).locator(`#row-${row} .strip`)).toContainText(cited);
  await page.getByRole('tab', { name: /Notes/ }).click();
  const panel = page.getByRole('region', { name: 'Notes and codes' });
  await expect(
    panel.locator('.annotation-list li', { hasText: 'A softer verb here.' }),
  ).toContainText(cited);
  const html = await exportedReport(page);
  expect(html).toContain(`On <a href="#d-${number}">difference ${number}</a>: `);
  expect(html).toContain(
    `<li id="d-${number}"><p><strong><a href="#d-${number}">Difference ${number}</a></strong> · <a href="#r-${row}">`,
  );
  const csvDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export Codes (CSV)…' }).click();
  const csv = readFileSync((await (await csvDownload).path()) ?? '', 'utf8');
  const line = csv.split('\r\n').find((l) => l.includes('A softer verb here.'));
  expect(line).toContain(`"${row}","difference",`);
  expect(line?.endsWith(`,"${number}"`)).toBe(true);
});

test('lists a note whose row is not compared now, saying why, instead of hiding it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  await pick(page, ['Met police admit', 'London mayor accuses', 'Sadiq Khan denies']);
  await nameOutlet(page, 'London mayor accuses', HALL);
  const { moved } = await moveCandidates(page);
  await moved.click();
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog', { name: /Notes and codes: row \d+/ });
  await dialog.getByRole('textbox', { name: 'New note' }).fill('Both outlets lead with this.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole('tab', { name: /Notes/ }).click();
  const panel = page.getByRole('region', { name: 'Notes and codes' });
  const list = panel.locator('.annotation-list:not(.aside)');
  await expect(list).toContainText('Both outlets lead with this.');

  // Unticked, its outlet leaves the comparison: the note is listed with the reason.
  await pick(page, ['Met police admit', 'Sadiq Khan denies']);
  await expect(comparisonTable(page).getByRole('columnheader')).toHaveCount(2);
  await expect(panel).not.toContainText('No notes or codes yet');
  const aside = panel.locator('.annotation-list.aside');
  await expect(aside).toContainText(`On a row with “${HALL}” (not ticked now)`);
  await expect(aside).toContainText('Both outlets lead with this.');
  await expect(page.getByRole('tab', { name: /Notes/ })).toContainText('1');
  await page.screenshot({ path: `${SHOTS}/workbench-notes-aside.png` });

  // A project saved now leaves it out, and says so: the Notes tab keeps it.
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const saved = JSON.parse(readFileSync((await (await download).path()) ?? '', 'utf8')) as {
    notes: unknown[];
  };
  expect(saved.notes).toEqual([]);
  await expect(page.getByRole('status').first()).toContainText(
    'without 1 note on rows of articles not ticked now',
  );
  await expect(aside).toContainText('Both outlets lead with this.');

  // Ticked again, it is on its row, and the status line no longer says the save is without it.
  await pick(page, ['Met police admit', 'London mayor accuses', 'Sadiq Khan denies']);
  await expect(list).toContainText('Both outlets lead with this.');
  await expect(aside).toHaveCount(0);
  await expect(comparisonTable(page).getByRole('columnheader')).toHaveCount(3);
  await expect(page.getByRole('status').first()).not.toContainText('Saved');
});

test('keeps a link to an article left out again out of the comparison, and out of the project reopened, until it is included', async ({
  page,
}) => {
  // Wide enough for the five outlets side by side.
  await page.setViewportSize({ width: 1900, height: 1000 });
  await ready(page);
  const table = comparisonTable(page);
  const leftOut = page.getByRole('region', { name: 'Left out of the comparison' });
  const status = page.getByRole('status').first();
  await leftOut.getByRole('button', { name: 'Include it' }).click();
  await expect(table.getByRole('columnheader')).toHaveCount(5);
  // Its first paragraph linked by hand with the second of the base (another row).
  await page.locator('[data-cell$=":4:0"]').click();
  await page.keyboard.press('k');
  await page.locator('[data-cell$=":0:1"]').click();
  await expect(status).toContainText('Linked paragraph 1 of #5');
  await expect(table.locator('.row.manual')).toHaveCount(1);

  // Left out again: the comparison is without it and its link, which the work keeps.
  await table.getByRole('button', { name: /out again$/ }).click();
  await expect(table.getByRole('columnheader')).toHaveCount(4);
  await expect(table.locator('.row.manual')).toHaveCount(0);
  await expect(status).toContainText(
    'out of the comparison; your links on it are kept for when you include it again.',
  );
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = join(tmpdir(), `left-out-link-${Date.now()}.news-compare.json`);
  await (await download).saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as {
    include: number[];
    manual: { links: Array<{ a: number; b: number }> };
  };
  expect(saved.include).toEqual([]);
  expect(saved.manual.links.map((l) => [l.a, l.b])).toEqual([[0, 4]]);

  // Reopened, it is left out again, its link with it; included, the link is back.
  const picker = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Project…' }).click();
  await (await picker).setFiles(file);
  await expect(status).toContainText('Opened');
  await expect(leftOut).toContainText('“Sadiq Khan has been…”');
  await expect(table.getByRole('columnheader')).toHaveCount(4);
  await expect(table.locator('.row.manual')).toHaveCount(0);
  await leftOut.getByRole('button', { name: 'Include it' }).click();
  await expect(table.getByRole('columnheader')).toHaveCount(5);
  await expect(table.locator('.row.manual')).toHaveCount(1);

  // Saved included and reopened, it is left out again as well (the reason unknown until
  // the engine judges it afresh).
  const again = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const included = join(tmpdir(), `included-link-${Date.now()}.news-compare.json`);
  await (await again).saveAs(included);
  const reopen = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Project…' }).click();
  await (await reopen).setFiles(included);
  await expect(status).toContainText('Opened');
  await expect(table.locator('.row.manual')).toHaveCount(1);
  await page
    .getByTestId('library-item')
    .getByRole('button', { name: /out again$/ })
    .click();
  await expect(table.getByRole('columnheader')).toHaveCount(4);
  await expect(table.locator('.row.manual')).toHaveCount(0);
  await expect(leftOut).toContainText('“Sadiq Khan has been…”');
});

test('says so when an article linked by hand leaves the comparison as another story', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await ready(page);
  const table = comparisonTable(page);
  const leftOut = page.getByRole('region', { name: 'Left out of the comparison' });
  const status = page.getByRole('status').first();
  // Two articles are both compared, whatever the story check says of them.
  await pick(page, ['000_69ff7826295806f7', '004_165cb968de743235']);
  await expect(table.getByRole('columnheader')).toHaveCount(2);
  await page.locator('[data-cell$=":1:0"]').click();
  await page.keyboard.press('k');
  await page.locator('[data-cell$=":0:1"]').click();
  await expect(status).toContainText('Linked paragraph 1 of #2');

  // A third ticked, the engine leaves the linked one out: the status line says so.
  await pick(page, ['000_69ff7826295806f7', '004_165cb968de743235', 'Met police admit tweet']);
  await expect(leftOut).toContainText('“Sadiq Khan has been…”');
  await expect(table.getByRole('columnheader')).toHaveCount(2);
  await expect(status).toHaveText(
    'Left “Sadiq Khan has been…” out of the comparison, probably another story; your links on it are kept for when you include it again.',
  );
});

test('names an article left out as its column would, by the title then the outlet the user gave it, in the notice and the report', async ({
  page,
}) => {
  await ready(page);
  const leftOut = page.getByRole('region', { name: 'Left out of the comparison' });
  // Titled by its file name: its first words, never the file.
  await expect(leftOut).toContainText('Left out: “Sadiq Khan has been…”');
  await expect(leftOut).not.toContainText('004_165cb968de743235');
  const item = page.getByTestId('library-item').filter({ hasText: '004_165cb968de743235' });
  await item.getByRole('button', { name: /^Details of/ }).click();
  const form = item.getByRole('form');
  await form.getByRole('textbox', { name: 'Title' }).fill('Consultation on the institute');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(item.locator('.item-title')).toHaveText('Consultation on the institute');
  await expect(leftOut).toContainText(
    'Left out: Consultation on the institute, probably another story',
  );
  // The outlet the user names it by goes before any title, as in a column's header.
  await nameOutlet(page, 'Consultation on the institute', METRO);
  await expect(leftOut).toContainText(`Left out: ${METRO}, probably another story`);
  await expect(leftOut).not.toContainText('004_165cb968de743235');
  const html = await exportedReport(page);
  expect(html).toContain(`<li><bdi>${METRO}</bdi>, probably another story`);
  expect(html).not.toMatch(/<ul class="left-out">[^]*004_165cb968de743235[^]*<\/ul>/u);
});

test('names the row a moved paragraph lands in once the outlets not shown are aligned again', async ({
  page,
}) => {
  // At this width #4 is not shown; the engine aligns it again after a move all the same,
  // which may shift the rows below the one picked.
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  await expect(comparisonTable(page).getByRole('columnheader')).toHaveCount(3);
  // Paragraph 8 of #3, moved by keyboard into the row above its own.
  const paragraph = page.locator('[data-cell$=":2:7"]');
  await paragraph.click();
  await page.keyboard.press('m');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const status = page.getByRole('status').first();
  await expect(status).toContainText('Moved paragraph 8 of #3');
  const landed = await rows(page).filter({ has: paragraph }).getAttribute('data-row');
  await expect(status).toContainText(`to row ${landed}.`);
});

test('says which of your links a link drops, and writes none in their place', async ({ page }) => {
  await ready(page);
  await pick(page, ['Met police admit', 'London mayor accuses']);
  const table = comparisonTable(page);
  await expect(table.getByRole('columnheader')).toHaveCount(2);
  const status = page.getByRole('status').first();
  // A paragraph of the second outlet, the base paragraph beside it, and another row's.
  const { moved, target } = await moveCandidates(page);
  const key = async (l: Locator): Promise<string> => (await l.getAttribute('data-cell')) ?? '';
  const movedKey = await key(moved);
  const beside = table.locator(`[data-cell^="${movedKey.split(':')[0] ?? ''}:0:"]`).first();
  /** A paragraph as `article:paragraph`, wherever its row is. */
  const ref = (cell: string): string => cell.split(':').slice(1).join(':');
  const [movedRef, besideRef] = [ref(movedKey), ref(await key(beside))];
  const number = (r: string): number => Number(r.split(':')[1]) + 1;

  // Moved into the other row, then linked back with the paragraph it stood beside.
  await moved.click();
  await page.keyboard.press('m');
  await target.click();
  await expect(status).toContainText(`Moved paragraph ${number(movedRef)} of #2`);
  await table.locator(`[data-cell$=":${movedRef}"]`).click();
  await page.keyboard.press('k');
  await table.locator(`[data-cell$=":${besideRef}"]`).click();
  // The move's link gives way, and the status line names it.
  await expect(status).toContainText(`Linked paragraph ${number(movedRef)} of #2`);
  await expect(status).toContainText(`Dropped your link of paragraph ${number(movedRef)} of #2`);
  await expect(status).toContainText(
    'which would have put two paragraphs of one article in one row.',
  );

  // The project holds the one link the user made last, and no other.
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const saved = JSON.parse(readFileSync((await (await download).path()) ?? '', 'utf8')) as {
    manual: { links: Array<{ a: number; paragraphA: number; b: number; paragraphB: number }> };
  };
  expect(saved.manual.links.map((l) => `${l.a}:${l.paragraphA}-${l.b}:${l.paragraphB}`)).toEqual([
    `${besideRef}-${movedRef}`,
  ]);
});

test('gives the keyboard focus back to the corrected paragraph in its new place, where arrows go on', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  const status = page.getByRole('status').first();
  // Paragraph 8 of #3 (the third column), wherever its row is.
  const paragraph = page.locator('[data-cell$=":2:7"]');
  const focused = (): Promise<string | null> =>
    page.evaluate<string | null>("document.activeElement?.getAttribute('data-cell') ?? null");
  /** The focus is on the paragraph's cell, and the arrow keys move on from it and back. */
  async function focusedThenArrows(): Promise<void> {
    await expect(paragraph).toBeFocused();
    const cell = (await focused()) ?? '';
    expect(cell).toMatch(/^\d+:2:7$/u);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).not.toBe(cell);
    const below = (await focused()) ?? '';
    expect(below).toMatch(/^\d+:2:/u);
    expect(Number(below.split(':')[0])).toBeGreaterThan(Number(cell.split(':')[0]));
    await page.keyboard.press('ArrowUp');
    await expect(paragraph).toBeFocused();
  }

  // Move, by keyboard: M, the row above, Enter.
  await paragraph.click();
  await page.keyboard.press('m');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('Moved paragraph 8 of #3');
  await focusedThenArrows();

  // Let the engine place it, from its menu.
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Let the Engine Place This Paragraph' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('The engine places paragraph 8 of #3');
  await focusedThenArrows();

  // Link it with the first paragraph of #2: K, then pick that paragraph.
  await page.keyboard.press('k');
  await page.locator('[data-cell$=":1:0"]').click();
  await expect(status).toContainText('Linked paragraph 8 of #3');
  await focusedThenArrows();
});

test('joins two rows: the banner names the row as the comparison numbers it', async ({ page }) => {
  await ready(page);
  await pick(page, ['Met police admit', 'London mayor accuses']);
  await expect(comparisonTable(page).getByRole('columnheader')).toHaveCount(2);
  const { from, to } = await joinCandidates(page);
  const fromWords = await words(from);
  const toWords = await words(to);
  // The number beside the row (1-based), as the reader sees it.
  const number = await rowWith(page, fromWords).getAttribute('data-row');
  expect(Number(number)).toBeGreaterThan(0);
  await from.click();
  await page.keyboard.press('j');
  const banner = page.getByRole('status').filter({ hasText: 'pick the row to join it with' });
  await expect(banner).toContainText(`Join row ${number}:`);
  const toNumber = await rowWith(page, toWords).getAttribute('data-row');
  await to.click();
  await expect(banner).toHaveCount(0);
  const joined = rowWith(page, fromWords).filter({
    has: page.locator('.para', { hasText: toWords }),
  });
  await expect(joined).toHaveCount(1);
  await expect(joined).toHaveClass(/manual/);
  // The status names the rows picked, and the row they make as the new comparison numbers it.
  await expect(page.getByRole('status').first()).toHaveText(
    `Joined rows ${number} and ${toNumber} into row ${await joined.getAttribute('data-row')}.`,
  );
  await expect(rowWith(page, toWords)).toHaveCount(1);
});

test('says when unsaved work is too large for the browser to keep', async ({ page }) => {
  // A browser whose local storage is full (about 5 MB per site); the page counts the keeps
  // refused.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    const counted = globalThis as unknown as { refusedKeeps: number };
    counted.refusedKeeps = 0;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'news-compare.session') {
        counted.refusedKeeps++;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
  });
  const refusedKeeps = (): Promise<number> =>
    page.evaluate(() => (globalThis as unknown as { refusedKeeps: number }).refusedKeeps);
  await ready(page);
  await pick(page, ['Met police admit', 'London mayor accuses']);
  await nameOutlet(page, 'Met police admit', METRO);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('browsers keep about 5 MB per site');
  await expect(alert).toContainText('save the project to keep it');
  await alert.getByRole('button', { name: 'Dismiss this message' }).click();
  // Said once: another change does not say it again, once its keep was refused too (and
  // the page has drawn what followed).
  const before = await refusedKeeps();
  await nameOutlet(page, 'London mayor accuses', HALL);
  await expect.poll(refusedKeeps).toBeGreaterThan(before);
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        (
          globalThis as unknown as { requestAnimationFrame(then: () => void): void }
        ).requestAnimationFrame(() => setTimeout(resolve, 0)),
      ),
  );
  await expect(alert).toHaveCount(0);
});

test('says nothing when saved work is too large for the browser to keep', async ({ page }) => {
  // Local storage that refuses the session once `refuse` is set.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    const flags = globalThis as unknown as { refuse: boolean; refused: number };
    flags.refuse = false;
    flags.refused = 0;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'news-compare.session' && flags.refuse) {
        flags.refused++;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
  });
  const refused = (): Promise<number> =>
    page.evaluate(() => (globalThis as unknown as { refused: number }).refused);
  await ready(page);
  await nameOutlet(page, 'Met police admit', METRO);
  await expect
    .poll(() => page.evaluate("localStorage.getItem('news-compare.session') !== null"))
    .toBe(true);
  await page.evaluate(() => {
    (globalThis as unknown as { refuse: boolean }).refuse = true;
  });
  // Saved, the work is safe in its file: a keep refused then is no problem to report.
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  await download;
  await expect.poll(refused).toBeGreaterThan(0);
  await expect(page.getByRole('status').first()).toContainText('Saved');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('refuses a damaged or newer project with a message, and keeps the work on screen', async ({
  page,
}) => {
  await ready(page);
  await pick(page, ['Met police admit', 'London mayor accuses']);
  await nameOutlet(page, 'Met police admit', METRO);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save Project' }).click();
  const text = readFileSync((await (await download).path()) ?? '', 'utf8');
  await nameOutlet(page, 'London mayor accuses', HALL);

  const cut = join(tmpdir(), 'cut.news-compare.json');
  writeFileSync(cut, text.slice(0, text.length / 2));
  // The unsaved name is at stake: the browser asks first, before any file is picked.
  const questions: string[] = [];
  page.once('dialog', (d) => {
    questions.push(d.message());
    void d.dismiss();
  });
  await page.getByRole('button', { name: 'Open Project…' }).click();
  await expect.poll(() => questions).toEqual([expect.stringContaining('not saved')]);
  await expect(comparisonTable(page).getByRole('columnheader').nth(1)).toContainText(HALL);

  // Accept the prompt, then pick the damaged file: refused, nothing lost.
  page.once('dialog', (d) => void d.accept());
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Project…' }).click();
  await (await chooser).setFiles(cut);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('cut.news-compare.json: not a readable project');
  await expect(alert).toContainText('Nothing was changed.');
  await expect(comparisonTable(page).getByRole('columnheader').nth(0)).toContainText(METRO);
  await expect(comparisonTable(page).getByRole('columnheader').nth(1)).toContainText(HALL);

  const newer = join(tmpdir(), 'newer.news-compare.json');
  writeFileSync(newer, text.replace('"version": 1', '"version": 7'));
  page.once('dialog', (d) => void d.accept());
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Project…' }).click();
  await (await chooser).setFiles(newer);
  await expect(alert).toContainText('saved by a newer version of News Compare');
  await expect(comparisonTable(page).getByRole('columnheader').nth(1)).toContainText(HALL);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme, viewport: { width: 1280, height: 720 } });

    test('the workbench passes axe: details, the paragraph menu, a pick, the notes dialog and tab', async ({
      page,
    }) => {
      await ready(page);
      await pick(page, ['Met police admit', 'London mayor accuses']);
      const item = page.getByTestId('library-item').filter({ hasText: 'Met police admit' });
      await item.getByRole('button', { name: /^Details of/ }).click();
      await item.getByRole('form').getByRole('textbox', { name: 'Outlet' }).fill(METRO);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/workbench-details-${theme}.png` });
      await item.getByRole('form').getByRole('button', { name: 'Save' }).click();

      const { moved } = await moveCandidates(page);
      await moved.click({ button: 'right' });
      await expect(page.getByRole('menu')).toBeVisible();
      await expect(page.getByRole('menuitem', { name: /Move Paragraph/ })).toBeFocused();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/workbench-menu-${theme}.png` });
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: 'pick the row' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('status').filter({ hasText: 'pick the row' })).toHaveCount(0);

      await moved.click();
      await page.keyboard.press('a');
      const dialog = page.getByRole('dialog', { name: /Notes and codes/ });
      await dialog.getByRole('textbox', { name: 'New note' }).fill('A note.');
      await dialog.getByRole('textbox', { name: 'New code' }).fill('Omission');
      await dialog.getByRole('button', { name: 'Add code' }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/workbench-dialog-${theme}.png` });
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toHaveCount(0);
      // The dialog gave the focus back to the paragraph.
      await expect(comparisonTable(page).locator('[data-cell].selected')).toBeFocused();

      await page.getByRole('tab', { name: /Notes/ }).click();
      await expect(page.getByRole('region', { name: 'Notes and codes' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/workbench-notes-${theme}.png` });
    });
  });
}

test('keeps the articles opened, the ticks, an article included and hidden columns over a reload, before any work', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await ready(page);
  const dir = 'eval/stories/yoon-removal';
  await openFiles(
    page,
    ['anews.txt', 'harici.txt', 'kbs.txt', 'people.txt'].map((f) => join(dir, f)),
  );
  const leftOut = page.getByRole('region', { name: 'Left out of the comparison' });
  await expect(leftOut).toContainText('South Korean acting President');
  await leftOut.getByRole('button', { name: 'Include it' }).click();
  const table = comparisonTable(page);
  await expect(table.getByRole('columnheader')).toHaveCount(4);
  await page.getByRole('group', { name: 'Columns:' }).getByRole('checkbox').nth(2).uncheck();
  await expect(table.getByRole('columnheader')).toHaveCount(3);
  const headers = await table.getByRole('columnheader').allTextContents();
  await expect
    .poll(() => page.evaluate("localStorage.getItem('news-compare.session') !== null"))
    .toBe(true);
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('library-item')).toHaveCount(9);
  await expect(table.getByRole('columnheader')).toHaveText(headers);
  await expect(leftOut).toHaveCount(0);
  // Nothing was unsaved, and nothing is now.
  await expect(page).not.toHaveTitle(/^• /u);
});

test('stays blind over a reload in front of a class: no outlet, title or file named', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  const dir = 'eval/stories/yoon-removal';
  await openFiles(
    page,
    ['harici.txt', 'kbs.txt', 'people.txt'].map((f) => join(dir, f)),
  );
  const table = comparisonTable(page);
  await expect(table.getByRole('columnheader')).toHaveCount(3);
  await page.getByLabel('Blind (hide outlets)').check();
  await expect(table.getByRole('columnheader')).toHaveText([/^Outlet A/, /^Outlet B/, /^Outlet C/]);
  await expect
    .poll(() => page.evaluate("JSON.parse(localStorage.getItem('news-compare.session')).blind"))
    .toBe(true);
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByLabel('Blind (hide outlets)')).toBeChecked();
  await expect(table.getByRole('columnheader')).toHaveText([/^Outlet A/, /^Outlet B/, /^Outlet C/]);
  await expect(
    page.getByTestId('library-item').filter({ hasText: /harici|kbs|people\.txt/ }),
  ).toHaveCount(0);
});

test('keeps a row’s notes in sight when the outlets chosen are wider than the window', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  // Every outlet ticked, though at this width with the library open not all of them fit:
  // the comparison scrolls sideways.
  const chooser = page.getByRole('group', { name: 'Columns:' });
  for (const box of await chooser.getByRole('checkbox', { checked: false }).all()) {
    await box.check();
  }
  const table = comparisonTable(page);
  await expect(table.getByRole('columnheader')).toHaveCount(4);
  const overflow = await table.evaluate((t) => t.scrollWidth - t.clientWidth);
  expect(overflow).toBeGreaterThan(50);

  const note =
    'A long note for the class: the first outlet leads with the apology, the second with the tweet, and the third with neither of them, which tells us what each thought mattered most.';
  const { moved } = await moveCandidates(page);
  await moved.click();
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog', { name: /Notes and codes/ });
  await dialog.getByRole('textbox', { name: 'New note' }).fill(note);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  const strip = table.locator('.strip').first();
  await expect(strip).toContainText('leads with the apology');

  // Wherever the comparison is scrolled, the note's words are all inside what it shows, and
  // so are a fold's.
  const fold = table.locator('.row.fold button').first();
  for (const to of ['start', 'end'] as const) {
    await table.evaluate((t, end) => t.scrollTo({ left: end ? t.scrollWidth : 0 }), to === 'end');
    const view = await table.evaluate((t) => {
      const r = t.getBoundingClientRect();
      return { left: r.left + t.clientLeft, right: r.left + t.clientLeft + t.clientWidth };
    });
    // A string: it runs in the page, where `document` is.
    const words: { left: number; right: number } = await page.evaluate(`(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.comparison .strip .strip-note'));
      const rects = [...range.getClientRects()];
      return {
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
      };
    })()`);
    expect(words.left, `scrolled to the ${to}`).toBeGreaterThanOrEqual(view.left);
    expect(words.right, `scrolled to the ${to}`).toBeLessThanOrEqual(view.right + 0.5);
    const count = await box(fold);
    expect(count.x, `the fold, scrolled to the ${to}`).toBeGreaterThanOrEqual(view.left);
  }
  await page.screenshot({ path: `${SHOTS}/workbench-note-scrolled.png` });
});

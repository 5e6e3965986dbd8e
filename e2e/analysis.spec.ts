/**
 * The Analysis panel at the side panel's real width: each verb and loaded term with its
 * count and the rows it occurs in (a click scrolls there), coverage lists that read as
 * counts and row links and are complete on request, and nothing wider than the panel.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openFiles, ready, SHOTS, SIZES } from './app';

async function openAnalysis(page: Page) {
  await ready(page);
  await page
    .getByRole('complementary', { name: 'Differences panel' })
    .getByRole('tab', { name: 'Analysis' })
    .click();
  const analysis = page.getByRole('region', { name: 'Analysis' });
  await expect(analysis.locator('.outlet-language').first()).toBeVisible();
  return analysis;
}

for (const size of SIZES) {
  test(`fits the analysis in the side panel at ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    const analysis = await openAnalysis(page);
    const panel = await analysis.boundingBox();
    expect(panel).not.toBeNull();
    // Nothing in the panel is wider than the panel: no table to scroll sideways.
    const overflow = await analysis.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    for (const box of await analysis.locator('.outlet-language, .coverage > li').all()) {
      const b = await box.boundingBox();
      expect((b?.x ?? 0) + (b?.width ?? 0)).toBeLessThanOrEqual(
        (panel?.x ?? 0) + (panel?.width ?? 0) + 1,
      );
    }
    await page.screenshot({ path: `${SHOTS}/analysis-${size.width}x${size.height}.png` });
  });
}

test('lists each verb and term with its count and the rows it occurs in; a click goes there', async ({
  page,
}) => {
  const analysis = await openAnalysis(page);
  const outlets = analysis.locator('.outlet-language');
  await expect(outlets.first().locator('h3')).not.toBeEmpty();
  await outlets.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/analysis-verbs.png` });
  // Every outlet's verbs: the lemma, its count, and as many distinct rows as it has links.
  const say = analysis
    .getByRole('list', { name: /^Attribution verbs: / })
    .locator('li', { has: page.locator('.term', { hasText: /^say$/ }) })
    .first();
  await expect(say.locator('.count')).toHaveText(/^×\d+$/);
  const count = Number(((await say.locator('.count').textContent()) ?? '').slice(1));
  const links = say.getByRole('button', { name: /^Row \d+$/ });
  expect(await links.count()).toBeGreaterThan(0);
  expect(await links.count()).toBeLessThanOrEqual(count);
  // Loaded terms the same way.
  const turmoil = analysis.locator('li', {
    has: page.locator('.term', { hasText: /^turmoil$/ }),
  });
  await expect(turmoil.locator('.count')).toHaveText('×1');
  // A row link scrolls the comparison to that row.
  const last = turmoil.getByRole('button', { name: /^Row \d+$/ }).last();
  const row = ((await last.textContent()) ?? '').trim();
  await last.click();
  await expect(page.locator(`#row-${row}`)).toBeInViewport();
  await expect(page.locator(`#row-${row}`)).toContainText('turmoil');
});

test('shows coverage as counts and row links, every row on "show all"', async ({ page }) => {
  const analysis = await openAnalysis(page);
  // An article about something else altogether, brought back: each of its twelve
  // paragraphs is a row it alone reports, more than the list shows before "show all".
  const other = join(tmpdir(), 'harbour-festival.txt');
  writeFileSync(
    other,
    Array.from(
      { length: 12 },
      (_, i) =>
        `Stall ${i + 1} at the harbour festival sold ${['smoked fish', 'lemon cake', 'cider', 'oysters'][i % 4]} to visitors from ${['Brest', 'Cork', 'Vigo'][i % 3]} until the tide turned.`,
    ).join('\n\n'),
  );
  await openFiles(page, [other]);
  const leftOut = page.getByRole('region', { name: 'Left out of the comparison' });
  await expect(leftOut).toContainText('Stall 1 at the');
  await leftOut.getByRole('button', { name: 'Include it' }).last().click();
  const coverage = analysis.locator('.coverage > li');
  await expect(coverage).toHaveCount(5);
  await expect(analysis.getByRole('button', { name: /^show all \d+$/ })).not.toHaveCount(0);
  await expect(coverage.first()).toContainText(/Alone reports \d+ rows?/);
  await expect(coverage.first()).toContainText(/Leaves out \d+ rows?/);
  for (const item of await coverage.all()) {
    const text = (await item.textContent()) ?? '';
    const alone = Number(/Alone reports (\d+)/.exec(text)?.[1] ?? '0');
    const list = item.getByRole('list', { name: /^Rows only / });
    if (alone === 0) {
      await expect(list).toHaveCount(0);
      continue;
    }
    const showAll = list.getByRole('button', { name: /^show all \d+$/ });
    if ((await showAll.count()) > 0) {
      await expect(list.getByRole('button', { name: /^Row \d+$/ })).toHaveCount(10);
      await showAll.click();
    }
    // The count and the links agree: the list is complete.
    await expect(list.getByRole('button', { name: /^Row \d+$/ })).toHaveCount(alone);
  }
  await coverage.last().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/analysis-coverage.png` });
});

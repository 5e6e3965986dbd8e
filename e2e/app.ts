/**
 * A small driver for the web-mode end-to-end tests: start the app with the sample story,
 * tick articles, open files, measure geometry. Tests use role locators and web-first
 * assertions; nothing here sleeps.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';

/** Where screenshots of the main screens go. */
export const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** The sizes the app must work at: a classroom projector and a desktop screen. */
export const SIZES = [
  { width: 1280, height: 720 },
  { width: 1600, height: 1000 },
] as const;

/**
 * How long the first comparison may take: the engine's worker starts and reads its word
 * vectors first, which on a loaded machine (tests side by side) took more than the 5 s
 * an expectation waits by default. Speed is measured by `npm run bench`, not here.
 */
const FIRST_COMPARISON_MS = 20_000;

/** Opens the app and waits for the sample story's comparison. */
export async function ready(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('library-item')).toHaveCount(5, { timeout: FIRST_COMPARISON_MS });
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true', {
    timeout: FIRST_COMPARISON_MS,
  });
  await expect(page.getByRole('status').first()).not.toContainText('Comparing', {
    timeout: FIRST_COMPARISON_MS,
  });
}

/** Keeps only the library articles whose titles contain one of `keep` ticked. */
export async function pick(page: Page, keep: ReadonlyArray<string>): Promise<void> {
  const items = page.getByTestId('library-item');
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const title = (await item.locator('.item-title').textContent()) ?? '';
    const box = item.getByRole('checkbox');
    const wanted = keep.some((k) => title.includes(k));
    if ((await box.isChecked()) !== wanted) {
      await box.click();
    }
  }
}

/** Opens files through the Open Articles… button (the web file chooser). */
export async function openFiles(page: Page, files: ReadonlyArray<string>): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Articles…' }).click();
  await (await chooser).setFiles([...files]);
}

/** The aligned comparison. */
export function comparisonTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Aligned comparison' });
}

/** Waits until the comparison shows `count` outlet columns. */
export async function expectColumns(page: Page, count: number): Promise<void> {
  await expect(comparisonTable(page).getByRole('columnheader')).toHaveCount(count);
}

/** The number listed in "Differences (12)" or "Differences (12 of 20)". */
export async function differenceCount(page: Page): Promise<number> {
  const heading = page.getByRole('heading', { name: /Differences \(\d+/ });
  return Number(/\d+/.exec((await heading.textContent()) ?? '')?.[0]);
}

/** A box, or a failure naming what had none. */
export async function box(
  locator: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await locator.boundingBox();
  if (!b) {
    throw new Error(`no box for ${locator.toString()}`);
  }
  return b;
}

/** Exports the report (a download in web mode) and gives its HTML. */
export async function exportedReport(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Report…' }).click();
  return readFileSync((await (await download).path()) ?? '', 'utf8');
}

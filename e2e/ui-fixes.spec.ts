/**
 * Fixes from an accessibility and usability review: the focus after the presentation, Tab
 * kept inside the modal dialogs, and the paragraph menu inside the page's landmarks.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { comparisonTable, ready } from './app';

/** A paragraph of the comparison's first column: clicked, its cell has the focus. */
function firstParagraph(page: Page): Locator {
  return comparisonTable(page).locator('.para[data-cell]').first();
}

/** Whether the page's focus is inside `locator`'s element. */
async function focusInside(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.contains(element.ownerDocument.activeElement));
}

test('gives the focus back where it was when the presentation closes, or to the comparison', async ({
  page,
}) => {
  await ready(page);
  const dialog = page.getByRole('dialog', { name: 'Presentation' });
  // A paragraph's cell had it: it has it again.
  await firstParagraph(page).click();
  const cell = page.locator(':focus');
  await expect(cell).toHaveAttribute('data-cell', /.+/u);
  const key = (await cell.getAttribute('data-cell')) ?? '';
  await page.keyboard.press('F5');
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(comparisonTable(page).locator(`[data-cell="${key}"]`)).toBeFocused();

  // What had it is gone meanwhile: the comparison has it.
  await page.evaluate(`(() => {
    const button = document.createElement('button');
    button.id = 'gone';
    button.textContent = 'Gone soon';
    document.body.append(button);
    button.focus();
  })()`);
  await expect(page.locator('#gone')).toBeFocused();
  await page.keyboard.press('F5');
  await expect(dialog).toBeVisible();
  await page.evaluate("document.getElementById('gone').remove()");
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(comparisonTable(page)).toBeFocused();
});

test('keeps Tab and Shift+Tab inside the presentation', async ({ page }) => {
  await ready(page);
  await page.keyboard.press('F5');
  const dialog = page.getByRole('dialog', { name: 'Presentation' });
  await expect(dialog).toBeFocused();
  const buttons = dialog.getByRole('button');
  const count = await buttons.count();
  expect(count).toBeGreaterThan(2);
  // Round the bar and past its end, both ways: never behind the dialog.
  for (let i = 0; i < count + 2; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(dialog)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await page.keyboard.press('F5');
  await expect(dialog).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  expect(await focusInside(dialog)).toBe(true);
  for (let i = 0; i < count + 2; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInside(dialog)).toBe(true);
  }
});

test('keeps Tab inside the notes dialog, going round from its last control to its first', async ({
  page,
}) => {
  await ready(page);
  await firstParagraph(page).click();
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog', { name: /Notes and codes: row \d+/u });
  await expect(dialog).toBeVisible();
  const about = dialog.getByRole('combobox', { name: 'About' });
  const cancel = dialog.getByRole('button', { name: 'Cancel' });
  await about.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(about).toBeFocused();
  // Every control in turn, then round again: the page behind never gets the focus.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(dialog)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('keeps the paragraph menu inside the page’s landmarks, as axe checks', async ({ page }) => {
  await ready(page);
  await firstParagraph(page).click({ button: 'right' });
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(page.getByRole('main').getByRole('menu')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const problems = results.violations
    .filter((v) => v.id === 'region' || v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  expect(problems).toEqual([]);
});

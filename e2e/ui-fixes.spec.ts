/**
 * Fixes from an accessibility and usability review: the focus after the presentation, the
 * details form (its first field focused, Esc, its own messages), Tab kept inside the modal
 * dialogs, and the paragraph menu inside the page's landmarks.
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

test('focuses the details form’s first field, says a day no calendar has, and closes with Esc', async ({
  page,
}) => {
  await ready(page);
  const item = page.getByTestId('library-item').filter({ hasText: 'Met police admit' });
  const open = item.getByRole('button', { name: /^Details of/u });
  await open.click();
  const form = item.getByRole('form');
  await expect(form.getByRole('textbox', { name: 'Title' })).toBeFocused();

  // Its own messages, not the browser's: a day of no calendar, an address without http.
  const date = form.getByRole('textbox', { name: 'Date' });
  const address = form.getByRole('textbox', { name: 'Address (URL)' });
  await date.fill('2024-02-30');
  await address.fill('example.org');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toContainText('2024-02-30 is not a day of the calendar.');
  await expect(form).toContainText('The address is not an http:// or https:// address.');
  await expect(date).toBeFocused();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/2024-02-30 is not a day of the calendar\./u);
  // A field changed loses its message; the other keeps its own.
  await date.fill('2024-02-29');
  await expect(form).not.toContainText('is not a day of the calendar');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form).toContainText('The address is not an http:// or https:// address.');

  // Esc closes it unsaved.
  await address.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(item).not.toContainText('2024-02-29');
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

test('shows outlets’ names whole under Columns, and wraps a file-name title after its “_”', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  await expect(page.getByRole('searchbox', { name: 'Search the library' })).toHaveAttribute(
    'placeholder',
    'Search title, outlet, text…',
  );
  // Four outlets at a projector's width: each name in full, none cut short.
  const names = page.getByRole('group', { name: 'Columns:' }).locator('label > span');
  await expect(names).toHaveCount(4);
  for (const name of await names.all()) {
    expect(await name.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(1);
  }
  // The number of a file name stays on one line: the title wraps after its "_".
  const title = page.getByTestId('library-item').locator('.item-title', { hasText: '000_' });
  await expect(title).toHaveText('000_69ff7826295806f7');
  const lines = await title.evaluate((element, number) => {
    // The number's characters, whichever text nodes hold them: on how many lines they lie.
    const range = element.ownerDocument.createRange();
    const walker = element.ownerDocument.createTreeWalker(element, 4); // NodeFilter.SHOW_TEXT
    const start = (element.textContent ?? '').indexOf(number);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (start >= seen && start < seen + length) {
        range.setStart(node, start - seen);
      }
      if (start + number.length > seen && start + number.length <= seen + length) {
        range.setEnd(node, start + number.length - seen);
      }
      seen += length;
    }
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  }, '69ff7826295806f7');
  expect(lines).toBe(1);
});

/**
 * axe-core on the four views a class sees (the main view, the Analysis tab, the inline view
 * and the presentation), in both themes: no serious or critical violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ready, SHOTS } from './app';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} ${n.failureSummary ?? ''}`),
    );
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme, viewport: { width: 1280, height: 720 } });

    test('the main view, the Analysis tab, the inline view and the presentation pass axe', async ({
      page,
    }) => {
      // Four axe runs and four screenshots: on a loaded machine (test workers side by side)
      // this took more than the usual minute.
      test.slow();
      await ready(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // The keyboard shortcuts, open (web mode has no Help menu to list them).
      const keys = page.locator('details.keys-help');
      await keys.locator('summary').click();
      await expect(keys).toContainText('F5');
      await expect(keys).toContainText('Shift+F10');
      expect(await seriousViolations(page)).toEqual([]);
      await keys.locator('summary').click();

      await page.getByRole('tab', { name: 'Analysis' }).click();
      await expect(page.getByRole('region', { name: 'Analysis' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/analysis-${theme}.png` });
      await page.getByRole('tab', { name: 'Differences' }).click();

      await page.getByRole('button', { name: 'Inline View' }).click();
      await expect(page.locator('.comparison.layout-inline')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/inline-${theme}.png` });
      await page.getByRole('button', { name: 'Inline View' }).click();

      // Folds opened and identical rows collapsed: boilerplate rows and fold markers checked too.
      await page.getByLabel('Collapse identical rows').check();
      for (const fold of await page.getByRole('button', { name: /boilerplate rows?/ }).all()) {
        await fold.click();
      }
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Presentation' }).click();
      const dialog = page.getByRole('dialog', { name: 'Presentation' });
      await expect(dialog).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/presentation-${theme}.png` });
    });
  });
}

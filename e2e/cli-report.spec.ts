/** The CLI's HTML export opened in Chromium with JavaScript disabled, screenshot and PDF. */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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

/**
 * The real desktop app through Playwright's Electron support. It needs the Electron
 * binary, which `npm install` downloads on a normal machine; where it is missing (a
 * sandbox without internet) the test is reported as skipped with the reason.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary } from '../scripts/electron-binary.mjs';

// Asked without `require('electron')`, which would try to download the binary.
const binary = electronBinary();

test('the desktop app opens two seeds and shows them aligned', async () => {
  test.skip(
    binary === null,
    'The Electron binary is not installed (npm install could not download it here); run on a machine with it.',
  );
  execFileSync(process.execPath, ['scripts/build-electron.mjs']);
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [
      '.',
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'news-compare-'))}`,
      'seeds/001_38ebe0a01ef43257.txt',
      'seeds/002_3b328d8baaee954f.txt',
    ],
  });
  try {
    const page = await app.firstWindow();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await expect(page.getByRole('table', { name: 'Aligned comparison' })).toContainText(
      'It is not the case',
    );
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    // Served from the app's own scheme, not file://; no permission, no navigation away.
    expect(page.url()).toBe('app://news-compare/index.html');
    expect(
      await page.evaluate(() =>
        (
          globalThis as unknown as { Notification: { requestPermission(): Promise<string> } }
        ).Notification.requestPermission(),
      ),
    ).toBe('denied');
    // The main process notes the attempt when it reaches the guard, which stops it.
    await app.evaluate(({ BrowserWindow }) => {
      BrowserWindow.getAllWindows()[0]?.webContents.once('will-navigate', (event) => {
        (globalThis as { attempted?: string }).attempted = event.url;
      });
    });
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href =
        'https://example.com/';
    });
    await expect
      .poll(() => app.evaluate(() => (globalThis as { attempted?: string }).attempted))
      .toBe('https://example.com/');
    expect(page.url()).toBe('app://news-compare/index.html');
    await page.screenshot({ path: 'test-results/screenshots/electron.png' });
  } finally {
    await app.close();
  }
});

// `npm run screenshots`: the sample story in web mode at a classroom projector's size
// (1280x720) and a desktop screen's (1600x1000), light theme, and a corrected and annotated
// comparison (the workbench) at 1600x1000, written to docs/. Uses the same Chromium as the
// end-to-end tests (/usr/bin/chromium or CHROMIUM_PATH).
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const port = Number(process.env.PORT ?? 5199);
const executablePath =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

if (spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' }).status) {
  process.exit(1);
}
const server = spawn(process.execPath, ['scripts/serve-web.mjs', '--port', String(port)], {
  stdio: 'ignore',
});
/**
 * The workbench: two outlets named, a paragraph moved to another row ("corrected by hand"),
 * a note and a code on that row, the Notes tab open.
 */
async function workbench(page) {
  for (const [title, outlet] of [
    ['Met police admit', 'The Metro Desk'],
    ['London mayor accuses', 'City Hall Wire'],
  ]) {
    const item = page.locator('[data-testid="library-item"]', { hasText: title });
    await item.getByRole('button', { name: /^Details of/ }).click();
    await item.getByRole('textbox', { name: 'Outlet' }).fill(outlet);
    await item.getByRole('form').getByRole('button', { name: 'Save' }).click();
  }
  // A paragraph of the third column in a row it shares with the base moves to the row of
  // a later paragraph of the base.
  const rows = page.locator('.comparison .tbody > .row:not(.fold)');
  const paragraphs = (row, column) => row.locator('[role="cell"]').nth(column).locator('.para');
  let found = -1;
  for (let i = 0; i < (await rows.count()) && found < 0; i++) {
    if ((await paragraphs(rows.nth(i), 0).count()) && (await paragraphs(rows.nth(i), 2).count())) {
      found = i;
    }
  }
  const moved = paragraphs(rows.nth(found), 2).first();
  const movedWords = ((await moved.textContent()) ?? '').trim().slice(0, 30);
  await moved.click();
  await page.keyboard.press('m');
  let target = found + 2;
  while (!(await paragraphs(rows.nth(target), 0).count())) {
    target++;
  }
  await paragraphs(rows.nth(target), 0).first().click();
  const corrected = page.locator('.row.manual', { hasText: movedWords });
  await corrected.waitFor();
  await corrected.locator('.para', { hasText: movedWords }).click();
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog');
  await dialog
    .getByRole('textbox', { name: 'New note' })
    .fill('City Hall Wire tells this later, after the mayor’s denial.');
  await dialog.getByRole('textbox', { name: 'New code' }).fill('Framing');
  await dialog.getByRole('button', { name: 'Add code' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('tab', { name: /Notes/ }).click();
  await corrected.scrollIntoViewIfNeeded();
  await corrected.locator('.para', { hasText: movedWords }).click();
  const file = 'docs/workbench-1600x1000.png';
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
}

try {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  for (const [width, height] of [
    [1280, 720],
    [1600, 1000],
  ]) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: 'light' });
    for (let tries = 0; ; tries++) {
      try {
        await page.goto(`http://127.0.0.1:${port}/`);
        break;
      } catch (error) {
        if (tries > 50) {
          throw error;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await page.waitForSelector('body[data-ready=true]');
    // A string: it runs in the page, where `document` is.
    await page.waitForFunction(
      "!document.querySelector('.topbar .status')?.textContent?.includes('Comparing')",
    );
    // The first difference chosen, as a reader who pressed n.
    await page.keyboard.press('n');
    await page.locator('.row.current').waitFor();
    const file = `docs/sample-story-${width}x${height}.png`;
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    if (width === 1600) {
      await workbench(page);
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}

// `npm run screenshots`: the sample story in web mode at a classroom projector's size
// (1280x720) and a desktop screen's (1600x1000), light theme, written to docs/. Uses the
// same Chromium as the end-to-end tests (/usr/bin/chromium or CHROMIUM_PATH).
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
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}

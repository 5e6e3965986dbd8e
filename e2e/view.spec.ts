/**
 * The comparison view at the sizes of a classroom projector (1280x720) and a desktop screen
 * (1600x1000): columns the reader chooses, nothing cut, sticky outlet headers, folds, the
 * ruler, the differences list, the presentation, and the library.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  box,
  comparisonTable,
  differenceCount,
  expectColumns,
  exportedReport,
  openFiles,
  pick,
  ready,
  SHOTS,
  SIZES,
} from './app';

/** Geometry of the comparison measured in the page: what is cut or overflows. */
interface Cuts {
  /** Texts wider than their cell. */
  readonly overflowingTexts: number;
  /** Header or body cells reaching past the table's visible right edge. */
  readonly cellsPastEdge: number;
  /** The table scrolls sideways. */
  readonly scrollsSideways: boolean;
  /** Cells measured. */
  readonly cells: number;
}

async function measureCuts(page: Page): Promise<Cuts> {
  return (await page.evaluate(`(() => {
    const table = document.querySelector('[role=table][aria-label="Aligned comparison"]');
    const edge = table.getBoundingClientRect().left + table.clientWidth;
    const cells = [...table.querySelectorAll('[role=columnheader], [role=cell]')];
    const texts = [...table.querySelectorAll('.text, .outlet-name')];
    return {
      overflowingTexts: texts.filter((t) => t.scrollWidth > t.clientWidth + 1).length,
      cellsPastEdge: cells.filter((c) => c.getBoundingClientRect().right > edge + 1).length,
      scrollsSideways: table.scrollWidth > table.clientWidth + 1,
      cells: cells.length,
    };
  })()`)) as Cuts;
}

for (const size of SIZES) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('shows as many outlets as fit, the base always, the reader choosing, nothing cut', async ({
      page,
    }) => {
      await ready(page);
      await page
        .getByRole('region', { name: 'Left out of the comparison' })
        .getByRole('button', { name: 'Include it' })
        .click();
      const chooser = page.getByRole('group', { name: 'Columns:' });
      await expect(chooser.getByRole('checkbox')).toHaveCount(5);
      const headers = comparisonTable(page).getByRole('columnheader');
      const shown = await headers.count();
      expect(shown).toBeGreaterThanOrEqual(size.width >= 1600 ? 4 : 3);
      expect(shown).toBeLessThan(5);
      expect(await measureCuts(page)).toMatchObject({
        overflowingTexts: 0,
        cellsPastEdge: 0,
        scrollsSideways: false,
      });
      // Each column at least 14rem (210 px) wide.
      for (let i = 0; i < shown; i++) {
        expect((await box(headers.nth(i))).width).toBeGreaterThanOrEqual(209);
      }
      await expect(chooser.getByRole('checkbox').first()).toBeDisabled();
      await expect(headers.first()).toContainText('base');

      // The reader swaps a column for the hidden one.
      const hidden = chooser.getByRole('checkbox', { checked: false }).first();
      const hiddenName = (await hidden.locator('xpath=..').textContent())?.trim() ?? '';
      await hidden.check();
      await chooser.getByRole('checkbox').nth(1).uncheck();
      await expect(headers).toHaveCount(shown);
      await expect(headers.last()).toContainText(hiddenName.slice(0, 12));
      expect(await measureCuts(page)).toMatchObject({ overflowingTexts: 0, cellsPastEdge: 0 });
      await page.screenshot({ path: `${SHOTS}/columns-${size.width}.png` });
    });

    test('fits the window: the page itself never scrolls, by wheel or by keys', async ({
      page,
    }) => {
      await ready(page);
      // A string: it runs in the page, where `document` is.
      const extent = () =>
        page.evaluate(
          '({ height: document.scrollingElement.scrollHeight, width: document.scrollingElement.scrollWidth, y: window.scrollY })',
        );
      const fits = { height: size.height, width: size.width, y: 0 };
      expect(await extent()).toEqual(fits);
      // The wheel over the toolbar, and End after skipping to the comparison, once moved
      // the whole app up (a visually hidden label in the library stuck out below it).
      await page.mouse.move(size.width / 2, 15);
      await page.mouse.wheel(0, 2000);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowDown');
      expect(await extent()).toEqual(fits);
    });

    test('keeps the outlet headers on screen while the rows scroll, clear of row 1', async ({
      page,
    }) => {
      await ready(page);
      const table = comparisonTable(page);
      const header = table.getByRole('row').first();
      const first = table.getByRole('row').nth(1);
      expect((await box(header)).y + (await box(header)).height).toBeLessThanOrEqual(
        (await box(first)).y + 1,
      );
      const top = (await box(table)).y;
      await table.evaluate((t) => {
        t.scrollTop = 2500;
      });
      await expect(first).not.toBeInViewport();
      const after = await box(header);
      expect(Math.abs(after.y - top)).toBeLessThanOrEqual(2);
      await expect(header.getByRole('columnheader').first()).toBeInViewport();
      await page.screenshot({ path: `${SHOTS}/scrolled-${size.width}.png` });
    });

    test('presents one row per slide, says what differs, and fits four outlets', async ({
      page,
    }) => {
      await ready(page);
      await pick(page, ['000_', 'Met police admit', 'London mayor accuses', 'Sadiq Khan denies']);
      await expectColumns(page, size.width >= 1600 ? 4 : 3);
      // Show all four outlets, then present.
      const chooser = page.getByRole('group', { name: 'Columns:' });
      for (const box of await chooser.getByRole('checkbox').all()) {
        if (!(await box.isDisabled())) {
          await box.check();
        }
      }
      await expectColumns(page, 4);
      const rows = new Set(
        (await page.locator('.differences li').allTextContents()).map(
          (t) => /row (\d+)/.exec(t)?.[1],
        ),
      ).size;
      await page.getByRole('button', { name: 'Presentation' }).click();
      const dialog = page.getByRole('dialog', { name: 'Presentation' });
      await expect(dialog).toBeFocused();
      await expect(dialog.getByText(/slide 1 of \d+/)).toHaveText(new RegExp(`of ${rows}$`));
      await expect(dialog.locator('.slide-summary')).toHaveText(/reworded|only in|moved/);

      // Walk to a slide with four outlets side by side and check they all fit.
      let four = false;
      const sizes: number[] = [];
      for (let i = 0; i < rows && !four; i++) {
        sizes.push(
          await dialog.locator('.presentation-cells').evaluate((c) => parseFloat(c.style.fontSize)),
        );
        // Every outlet's name starts level, whatever its cell holds ("not in this outlet").
        const tops = await Promise.all(
          (await dialog.locator('figure figcaption').all()).map(async (c) => (await box(c)).y),
        );
        expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1);
        // No word is broken across lines ("unacceptab / le"): with words kept whole, none
        // sticks out of its block.
        expect(
          await dialog.locator('.presentation-cells').evaluate((c) =>
            Array.from(c.querySelectorAll('blockquote, p')).every((b) => {
              const block = b as typeof c;
              block.style.overflowWrap = 'normal';
              const whole = block.scrollWidth <= block.clientWidth + 1;
              block.style.overflowWrap = '';
              return whole;
            }),
          ),
        ).toBe(true);
        const figures = dialog.locator('figure:not(.empty)');
        if ((await figures.count()) === 4) {
          four = true;
          const cells = dialog.locator('.presentation-cells');
          expect(await cells.evaluate((c) => c.scrollHeight <= c.clientHeight + 1)).toBe(true);
          for (const figure of await figures.all()) {
            await expect(figure).toBeInViewport({ ratio: 1 });
          }

          expect(
            await cells.evaluate((c) => parseFloat(c.style.fontSize || '44')),
          ).toBeGreaterThanOrEqual(13);
          await page.screenshot({ path: `${SHOTS}/presentation-four-${size.width}.png` });
        } else {
          await page.keyboard.press('PageDown');
        }
      }
      expect(four).toBe(true);
      // Type shrinks only for what would not fit, or would break a word: a short slide is
      // in large type for the back row (44 px at most; four columns of 1280 px take a long
      // word, "unacceptable", at about 38 px), and the slides' sizes differ.
      expect(Math.max(...sizes)).toBeGreaterThanOrEqual(size.width >= 1600 ? 40 : 34);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(44);
      expect(Math.min(...sizes)).toBeLessThan(Math.max(...sizes));

      // Presenter clickers: PageDown/PageUp, Space, Home/End.
      const counter = dialog.locator('.slide-count');
      await page.keyboard.press('Home');
      await expect(counter).toHaveText(/slide 1 of/);
      await page.keyboard.press('PageDown');
      await expect(counter).toHaveText(/slide 2 of/);
      await page.keyboard.press('Space');
      await expect(counter).toHaveText(/slide 3 of/);
      await page.keyboard.press('PageUp');
      await expect(counter).toHaveText(/slide 2 of/);
      await page.keyboard.press('End');
      await expect(counter).toHaveText(new RegExp(`slide ${rows} of ${rows}`));
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    });
  });
}

test('keeps the presentation bar’s buttons in place from slide to slide, however many figures the row has', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  await page.getByRole('button', { name: 'Presentation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presentation' });
  const counter = dialog.locator('.slide-count');
  const buttons = dialog.locator('.presentation-bar button');
  const places = async (): Promise<number[]> =>
    buttons.evaluateAll((list) => list.map((b) => Math.round(b.getBoundingClientRect().left)));
  await page.keyboard.press('Home');
  await expect(counter).toHaveText(/^Row \d · slide 1 of/u);
  const first = await places();
  expect(first.length).toBeGreaterThan(0);
  // On to a row of two figures: the buttons have not moved.
  for (let k = 0; k < 40 && /^Row \d ·/u.test((await counter.textContent()) ?? ''); k++) {
    await page.keyboard.press('PageDown');
    expect(await places()).toEqual(first);
  }
  await expect(counter).toHaveText(/^Row \d\d · /u);
  expect(await places()).toEqual(first);
  await dialog.screenshot({ path: `${SHOTS}/presentation-bar-1280.png` });
});

test('presents every outlet the reader did not untick, and keeps its row when the window changes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  // Three of the four outlets fit this window; the presentation is not limited by it.
  const chooser = page.getByRole('group', { name: 'Columns:' });
  await expect(chooser.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await page.getByRole('button', { name: 'Presentation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presentation' });
  await expect(dialog.locator('figure figcaption')).toHaveCount(4);
  const counter = dialog.locator('.slide-count');
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('PageDown');
  }
  const before = (await counter.textContent()) ?? '';
  expect(before).toMatch(/^Row \d+ · slide 5 of \d+$/u);
  // Moved to a projector's size: the same row, the same slide.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(counter).toHaveText(before);
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(counter).toHaveText(before);
  // A presenter clicker's F5 (or Shift+F5) never reloads the page under the presentation.
  for (const shiftKey of [false, true]) {
    const prevented = await page.evaluate(
      `(() => { const e = new KeyboardEvent('keydown', { key: 'F5', shiftKey: ${shiftKey}, bubbles: true, cancelable: true }); document.activeElement.dispatchEvent(e); return e.defaultPrevented; })()`,
    );
    expect(prevented).toBe(true);
  }
  await expect(counter).toHaveText(before);
});

test('with eight articles, shows the outlets that fit and folds rows only the others have', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await ready(page);
  const dir = 'eval/stories/thomson-buys-reuters';
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(dir, f));
  expect(files.length).toBeGreaterThanOrEqual(8);
  await openFiles(page, files);
  const chooser = page.getByRole('group', { name: 'Columns:' });
  const leftOut = page.getByRole('region', { name: 'Left out of the comparison' }).locator('p');
  // Every article opened is a column to choose, or left out with its reason.
  await expect(async () => {
    await expect(page.getByRole('status').first()).not.toContainText('Comparing', {
      timeout: 100,
    });
    expect((await chooser.getByRole('checkbox').count()) + (await leftOut.count())).toBe(
      files.length,
    );
  }).toPass({ timeout: 60_000 });
  await expectColumns(page, 4);
  expect(await measureCuts(page)).toMatchObject({
    overflowingTexts: 0,
    cellsPastEdge: 0,
    scrollsSideways: false,
  });
  await expect(
    comparisonTable(page)
      .getByRole('button', { name: /rows? only in outlets not shown/ })
      .first(),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/eight-articles-1600.png` });
  // At a projector's width, the choice of eight columns takes at most two rows (each name
  // whole, wrapping within its choice).
  await page.setViewportSize({ width: 1280, height: 720 });
  const boxes = await Promise.all(
    (await chooser.getByRole('checkbox').all()).map(async (c) => (await box(c)).y),
  );
  expect(new Set(boxes.map((y) => Math.round(y / 10))).size).toBeLessThanOrEqual(2);
  await page.screenshot({ path: `${SHOTS}/eight-articles-1280.png` });
});

test('keeps the similarity of seven articles in a box of its own at 1280x720, the library not scrolling sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  // The sample story's four articles about the one story, and three of them shortened.
  const seeds = ['000_69ff7826295806f7', '001_38ebe0a01ef43257', '002_3b328d8baaee954f'];
  const texts = [...seeds, '003_a3dc487f3a2c3275'].map((s) =>
    readFileSync(`seeds/${s}.txt`, 'utf8'),
  );
  const shortened = seeds.map((_, k) => texts[k]?.split('\n\n').slice(0, -1).join('\n\n') ?? '');
  const files = [...texts, ...shortened].map((text, k) => {
    const path = join(tmpdir(), `matrix-${k + 1}.txt`);
    writeFileSync(path, text);
    return path;
  });
  await openFiles(page, files);
  const matrix = page.getByRole('table', { name: 'Document similarity' });
  await expect(matrix.getByRole('row')).toHaveCount(8);
  const library = page.getByRole('complementary', { name: 'Library' });
  expect(await library.evaluate((l) => l.scrollWidth <= l.clientWidth)).toBe(true);
  const region = page.getByRole('region', { name: 'Document similarity' });
  expect((await box(region)).width).toBeLessThanOrEqual((await box(library)).width);
  // The columns past the box's edge are a focus and a key away.
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
  await library.evaluate((l) => l.scrollTo(0, l.scrollHeight));
  await page.screenshot({ path: `${SHOTS}/similarity-seven-1280.png` });
});

test('puts the focus on the comparison once an article left out is included', async ({ page }) => {
  await ready(page);
  await page
    .getByRole('region', { name: 'Left out of the comparison' })
    .getByRole('button', { name: 'Include it' })
    .press('Enter');
  await expect(page.getByRole('region', { name: 'Left out of the comparison' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Columns:' }).getByRole('checkbox')).toHaveCount(5);
  await expect(comparisonTable(page)).toBeFocused();
  // The arrow keys now select a paragraph, as they do in the comparison.
  await page.keyboard.press('ArrowDown');
  await expect(comparisonTable(page).locator('[data-cell]:focus')).toHaveCount(1);
});

test('keeps the current row in view, clear of the headers, when the layout changes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('n');
  }
  const table = comparisonTable(page);
  const current = table.locator('.row.current');
  for (const key of ['i', 'i', 'i']) {
    await page.keyboard.press(key);
    await expect(current).toBeInViewport();
    await expect(async () => {
      const header = await box(table.getByRole('row').first());
      const row = await box(current);
      expect(row.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    }).toPass();
  }
});

test('opens another story at its first row and its first difference', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  const table = comparisonTable(page);
  const list = page.locator('.differences-scroll');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('n');
  }
  await expect.poll(() => table.evaluate((t) => t.scrollTop)).toBeGreaterThan(300);
  await list.evaluate((l) => {
    l.scrollTop = 400;
  });
  const dir = 'eval/stories/yoon-removal';
  await openFiles(
    page,
    ['kbs.txt', 'upr.txt', 'tag24.txt'].map((f) => join(dir, f)),
  );
  await expectColumns(page, 3);
  await expect(table.getByRole('columnheader').first()).toContainText('The Constitutional Court');
  expect(await table.evaluate((t) => t.scrollTop)).toBe(0);
  expect(await list.evaluate((l) => l.scrollTop)).toBe(0);
});

test('keeps the side panel’s tabs on one line at 1280x720 and 1600x1000, with notes in two figures', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  // A project with a note on each of twelve paragraphs of the first article.
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = join(tmpdir(), `tabs-${Date.now()}.news-compare.json`);
  await (await download).saveAs(file);
  const project = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const at = '2025-01-31T09:30:00.000Z';
  project.notes = Array.from({ length: 12 }, (_, k) => ({
    id: `n${k}`,
    target: { kind: 'row', paragraphs: [{ article: 0, paragraph: k + 2 }] },
    text: `Note ${k + 1}.`,
    created: at,
    updated: at,
  }));
  writeFileSync(file, JSON.stringify(project));
  const picker = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Project…' }).click();
  await (await picker).setFiles(file);
  const tabs = page.getByRole('tablist', { name: 'Side panel' }).getByRole('tab');
  await expect(tabs.last()).toHaveText(/^Notes \(\d\d\)$/u);
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1600, height: 1000 },
  ]) {
    await page.setViewportSize(size);
    for (const library of [true, false]) {
      await expect(page.getByRole('complementary', { name: 'Library' })).toBeVisible({
        visible: library,
      });
      // One line: every tab at one height, none cut short.
      const boxes = await tabs.evaluateAll((list) =>
        list.map((t) => ({
          top: Math.round(t.getBoundingClientRect().top),
          cut: t.scrollWidth > t.clientWidth,
        })),
      );
      expect(new Set(boxes.map((b) => b.top)).size, `${size.width}, library ${library}`).toBe(1);
      expect(boxes.filter((b) => b.cut)).toEqual([]);
      await page.screenshot({
        path: `${SHOTS}/side-tabs-${size.width}${library ? '' : '-no-library'}.png`,
      });
      await page.getByRole('button', { name: 'Library', exact: true }).click();
    }
  }
});

test('gives the comparison the library’s width at 1280x720: four outlets fit', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  await expectColumns(page, 3);
  // A row whose text is also in an outlet not shown says so, rather than looking unique.
  await expect(
    comparisonTable(page)
      .getByText(/also in #4 .* \(not shown\)/i)
      .first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'Library' })).toBeHidden();
  await expectColumns(page, 4);
  expect(await measureCuts(page)).toMatchObject({
    overflowingTexts: 0,
    cellsPastEdge: 0,
    scrollsSideways: false,
  });
  await page.keyboard.press('l');
  await expect(page.getByRole('complementary', { name: 'Library' })).toBeVisible();
  // Hidden by its key while a control of it has the focus: the focus goes to the Library
  // button, not to the page's start.
  await page.getByRole('complementary', { name: 'Library' }).getByRole('checkbox').first().focus();
  await page.keyboard.press('l');
  await expect(page.getByRole('complementary', { name: 'Library' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Library', exact: true })).toBeFocused();
  // Kept over a reload, as blind mode and the columns are: the room made stays.
  await expect
    .poll(() => page.evaluate("JSON.parse(localStorage.getItem('news-compare.session')).library"))
    .toBe(false);
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('complementary', { name: 'Library' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Library', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expectColumns(page, 4);
});

test('folds boilerplate rows with a count, and identical rows on request, opening on a click', async ({
  page,
}) => {
  await ready(page);
  const table = comparisonTable(page);
  const boilerplate = table.getByRole('button', { name: /\d+ boilerplate rows?/ }).first();
  await expect(boilerplate).toHaveAttribute('aria-expanded', 'false');
  const folded = Number(/(\d+) boilerplate/.exec((await boilerplate.textContent()) ?? '')?.[1]);
  expect(folded).toBeGreaterThan(0);
  const shown = await table.locator('.row[data-row]').count();
  await boilerplate.click();
  await expect(boilerplate).toHaveAttribute('aria-expanded', 'true');
  await expect(table.locator('.row[data-row]')).toHaveCount(shown + folded);
  await expect(table.locator('.row.boilerplate').first()).toBeVisible();

  await page.getByLabel('Collapse identical rows').check();
  const identical = table.getByRole('button', { name: /\d+ identical rows?/ }).first();
  await expect(identical).toBeVisible();
  const count = Number(/(\d+) identical/.exec((await identical.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(0);
  const rowsBefore = await table.locator('.row[data-row]').count();
  await identical.click();
  await expect(table.locator('.row[data-row]')).toHaveCount(rowsBefore + count);
});

test('steps through differences with the ruler as one control, the list following', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  const ruler = page.getByRole('listbox', { name: 'Overview of differences' });
  const marks = ruler.getByRole('option');
  const n = await marks.count();
  expect(n).toBeGreaterThan(5);
  // No two marks overlap.
  const tops = (await Promise.all((await marks.all()).map((m) => box(m)))).map((b) => b.y);
  tops.sort((a, b) => a - b);
  for (let i = 1; i < tops.length; i++) {
    expect((tops[i] as number) - (tops[i - 1] as number)).toBeGreaterThanOrEqual(5);
  }
  // One Tab stop: Tab from the ruler leaves it.
  await ruler.focus();
  await page.keyboard.press('End');
  await expect(marks.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(marks.nth(n - 2)).toHaveAttribute('aria-selected', 'true');
  const side = page.getByRole('complementary', { name: 'Differences panel' });
  const current = side.locator('li.current');
  await expect(current).toBeInViewport();
  const row = /row (\d+)/.exec((await current.textContent()) ?? '')?.[1];
  await expect(page.locator(`#row-${row}`)).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(ruler).not.toBeFocused();

  // n and p move the list too.
  await page.keyboard.press('n');
  await expect(current).toBeInViewport();
  await page.keyboard.press('Home');
});

test('lists differences without stray quotation marks, numbered on their first line', async ({
  page,
}) => {
  await ready(page);
  const items = page.locator('.differences li');
  await expect(items.first()).toBeVisible();
  const texts = await items.allTextContents();
  expect(texts.filter((t) => /“\s*”|“\s*“|”\s*”/.test(t))).toEqual([]);
  for (const item of (await items.all()).slice(0, 8)) {
    const number = await box(item.locator('.number'));
    const button = await box(item.getByRole('button'));
    expect(number.y - button.y).toBeLessThan(12);
  }
});

/** Each difference of the list on screen: its number, its row and the outlet it is about. */
async function screenDifferences(page: Page): Promise<string[]> {
  const items = await page.locator('.differences li .difference-head').allTextContents();
  return items.map((t) => {
    const m = /^(\d+)\. row (\d+) · .*?(#\d+)/u.exec(t.replace(/\s+/gu, ' '));
    return m ? `${m[1]} row ${m[2]} ${m[3]}` : t;
  });
}

/** Each difference of a report, as {@link screenDifferences} gives them, by its number. */
function reportDifferences(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of html.matchAll(/<li id="d-(\d+)"><p>(.*?)<\/p>/gu)) {
    const text = (m[2] ?? '').replace(/<[^>]+>/gu, '');
    const d = /^Difference (\d+) · row (\d+) · (?:only in )?(#\d+)/u.exec(text);
    found.set(m[1] ?? '', d ? `${d[1]} row ${d[2]} ${d[3]}` : text);
  }
  return found;
}

test('numbers the differences on screen as the exported report does, outlets not shown or hidden', async ({
  page,
}) => {
  // At this width #4 is not shown (the report has it); then #2 is hidden (the report leaves
  // it out). A difference cited from the screen is the same in the report.
  await page.setViewportSize({ width: 1280, height: 720 });
  await ready(page);
  await expect(comparisonTable(page).getByRole('columnheader')).toHaveCount(3);
  for (const step of ['beyond the width', 'hidden']) {
    if (step === 'hidden') {
      await page.getByRole('group', { name: 'Columns:' }).getByRole('checkbox').nth(1).uncheck();
      await expect(comparisonTable(page).getByRole('columnheader')).toHaveCount(2);
    }
    const screen = await screenDifferences(page);
    expect(screen.length).toBeGreaterThan(3);
    const html = await exportedReport(page);
    const report = reportDifferences(html);
    expect(report.size).toBeGreaterThan(screen.length);
    // Every difference on screen is in the report under its number, on its row and outlet:
    // also a reworded cell measured on screen against the outlet hidden, which the report
    // measures against the outlets it keeps (there it may be the row's reference text).
    for (const line of screen) {
      expect(report.get(line.split(' ')[0] ?? ''), step).toBe(line);
    }
    if (step === 'hidden') {
      expect(html).toContain('words it differently from an outlet left out of this report');
    }
  }
});

test('says how many differences it lists of all, and whose it leaves out for want of a column', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await ready(page);
  await expectColumns(page, 4);
  const side = page.getByRole('complementary', { name: 'Differences panel' });
  const heading = side.getByRole('heading', { name: /^Differences \(/ });
  const hint = side.locator('.unlisted');
  await expect(heading).toHaveText(/^Differences \(\d+\)$/u);
  await expect(hint).toHaveCount(0);
  const total = await differenceCount(page);
  // The second outlet unticked: its differences leave the list, and a line says so.
  const chooser = page.getByRole('group', { name: 'Columns:' });
  const outlet = (await chooser.locator('label').nth(1).locator('span').textContent()) ?? '';
  expect(outlet).toMatch(/^#2 /u);
  await chooser.getByRole('checkbox').nth(1).uncheck();
  await expectColumns(page, 3);
  await expect(heading).toHaveText(new RegExp(`^Differences \\(\\d+ of ${total}\\)$`, 'u'));
  const listed = await differenceCount(page);
  expect(listed).toBeGreaterThan(0);
  expect(listed).toBeLessThan(total);
  await expect(hint).toHaveText(
    `${total - listed} in ${outlet} are not listed: it has no column. Tick it under Columns to list them.`,
  );
  // Two outlets without a column: one count, each outlet by its number (whole on hover).
  await chooser.getByRole('checkbox').nth(2).uncheck();
  await expectColumns(page, 2);
  const fewer = await differenceCount(page);
  expect(fewer).toBeLessThan(listed);
  await expect(hint).toHaveText(
    `${total - fewer} in #2 and #3 are not listed: they have no column. Tick them under Columns to list them.`,
  );
  await expect(hint.locator('[title]').first()).toHaveAttribute('title', outlet);
  await chooser.getByRole('checkbox').nth(2).check();
  await chooser.getByRole('checkbox').nth(1).check();
  await expect(heading).toHaveText(`Differences (${total})`);
  await expect(hint).toHaveCount(0);
});

test('reaches the side tabs in few Tab presses, and moves between them with the arrows', async ({
  page,
}) => {
  await ready(page);
  await page.getByLabel('Search the library').focus();
  let presses = 0;
  const tab = page.getByRole('tab', { name: 'Differences' });
  while (!(await tab.evaluate((t) => t.matches(':focus'))) && presses < 60) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(presses).toBeLessThan(40);
  await page.keyboard.press('ArrowRight');
  const analysis = page.getByRole('tab', { name: 'Analysis' });
  await expect(analysis).toBeFocused();
  await expect(analysis).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Analysis' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(tab).toHaveAttribute('aria-selected', 'true');
});

test('offers a skip link to the comparison as the first Tab stop', async ({ page }) => {
  await ready(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the comparison' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  // Past the notices and the column choice: the aligned table, whose arrow keys select.
  await expect(comparisonTable(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(comparisonTable(page).locator('[data-cell]:focus')).toHaveCount(1);
});

test('knows a sample file picked again in the browser, without its folder, as the one listed', async ({
  page,
}) => {
  await ready(page);
  const items = page.getByTestId('library-item');
  // The picked file's name has no folder; the sample's is "seeds/001_….txt".
  await openFiles(page, ['seeds/001_38ebe0a01ef43257.txt']);
  await expect(page.getByRole('status').first()).toContainText(
    'One article was already in the library',
  );
  await expect(items).toHaveCount(5);
});

test('moves along the toolbar with the arrow keys, one Tab stop', async ({ page }) => {
  await ready(page);
  const toolbar = page.getByRole('toolbar', { name: 'Commands' });
  await toolbar.getByRole('button', { name: 'Open Articles…' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Open Folder…' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Dark Theme' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Open Articles…' })).not.toBeFocused();
  expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
});

test.describe('the library', () => {
  test('ticks what was just opened, lists a file once, and removes an article', async ({
    page,
  }) => {
    await ready(page);
    const dir = tmpdir();
    const a = join(dir, 'library-first.txt');
    const b = join(dir, 'library-second.txt');
    writeFileSync(a, readFileSync('seeds/001_38ebe0a01ef43257.txt'));
    writeFileSync(b, readFileSync('seeds/003_a3dc487f3a2c3275.txt'));
    await openFiles(page, [a, b]);
    const items = page.getByTestId('library-item');
    await expect(items).toHaveCount(7);
    await expect(items.filter({ has: page.getByRole('checkbox', { checked: true }) })).toHaveCount(
      2,
    );
    await expectColumns(page, 2);

    // The same files again: no new items, still ticked, and the user is told.
    await openFiles(page, [a, b]);
    await expect(items).toHaveCount(7);
    await expect(page.getByRole('status').first()).toContainText('already in the library');

    // Add Sample Story again adds nothing new.
    await page.getByRole('button', { name: 'Add Sample Story' }).click();
    // Wait for this click's own notice (the files' notice above says "2 articles were…"),
    // so that the sample's loading is over before an article is removed.
    await expect(page.getByRole('status').first()).toContainText(
      '5 articles were already in the library',
    );
    await expect(items).toHaveCount(7);

    // Remove one.
    await items
      .filter({ hasText: '004_165cb968de743235' })
      .getByRole('button', { name: /^Remove/ })
      .click();
    await expect(items).toHaveCount(6);
    await expect(items.filter({ hasText: '004_165cb968de743235' })).toHaveCount(0);
  });

  test('says what went wrong once per file, in one box that leaves the articles in view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await ready(page);
    const file = (name: string, content: string | Uint8Array): string => {
      const path = join(tmpdir(), name);
      writeFileSync(path, content);
      return path;
    };
    const empty = file('empty.txt', '');
    const binary = file('binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0, 0]));
    const blank = file('whitespace.txt', ' \n\n\t\n');
    const messages = page.getByRole('alert', { name: 'Problems with the files opened' });
    await openFiles(page, [empty, binary, blank]);
    await expect(messages.getByRole('listitem')).toHaveCount(3);
    // Opened again (with one more), each file is still said once.
    await openFiles(page, [empty, binary, file('empty-too.txt', '')]);
    await expect(messages.getByRole('listitem')).toHaveCount(4);
    await expect(messages.getByText('empty.txt: the file is empty.')).toHaveCount(1);

    // Many more: they scroll in their box, a sixth of the window at most, and the first
    // article stays in view.
    await openFiles(
      page,
      Array.from({ length: 8 }, (_, i) => file(`empty-${i}.txt`, '')),
    );
    await expect(messages.getByRole('listitem')).toHaveCount(12);
    expect((await box(messages)).height).toBeLessThan(720 / 6);
    const first = await box(page.getByTestId('library-item').first());
    expect(first.y + first.height).toBeLessThan(720);
    await page.screenshot({ path: `${SHOTS}/file-messages-1280.png` });

    await page.getByRole('button', { name: 'Dismiss the messages about files' }).click();
    await expect(messages).toHaveCount(0);
  });

  test('searches words, file names and says when nothing matches', async ({ page }) => {
    await ready(page);
    const search = page.getByLabel('Search the library');
    const items = page.getByTestId('library-item');
    // Only the articles that name her (three of the five).
    await search.fill('Cressida');
    const withName = [
      '000_69ff7826295806f7',
      '001_38ebe0a01ef43257',
      '002_3b328d8baaee954f',
      '003_a3dc487f3a2c3275',
      '004_165cb968de743235',
    ].filter((f) => readFileSync(`seeds/${f}.txt`, 'utf8').includes('Cressida')).length;
    await expect(items).toHaveCount(withName);
    expect(withName).toBeLessThan(5);
    await search.fill('judge');
    await expect(items).toHaveCount(0);
    await expect(page.getByText('No article matches “judge”.')).toBeVisible();
    await search.fill('002_3b328d8baaee954f');
    await expect(items).toHaveCount(1);
    await expect(items).toContainText('London mayor accuses');
  });
});

test('draws only the rows near the viewport of a very long comparison', async ({ page }) => {
  test.setTimeout(120_000);
  await ready(page);
  const dir = tmpdir();
  const paragraphs = (seed: number): string =>
    Array.from(
      { length: 2500 },
      (_, i) =>
        `Paragraph ${i} of a very long feature, number ${(i * 7919 + seed) % 104729}: the council met again to discuss budget line ${i % 97} and the mayor said the plan would ${seed === 1 && i % 5 === 0 ? 'certainly' : 'probably'} go ahead after a review of item ${i}.`,
    ).join('\n\n');
  const a = join(dir, 'long-feature-a.txt');
  const b = join(dir, 'long-feature-b.txt');
  writeFileSync(a, paragraphs(0));
  writeFileSync(b, paragraphs(1));
  await openFiles(page, [a, b]);
  const table = comparisonTable(page);
  await expect(table).toHaveAttribute('aria-rowcount', /^\d{4}$/, { timeout: 90_000 });
  const rows = Number(await table.getAttribute('aria-rowcount'));
  expect(rows).toBeGreaterThan(2000);
  expect(await table.locator('[role=row]').count()).toBeLessThan(120);
  expect(await differenceCount(page)).toBeGreaterThan(400);
  expect(await page.locator('.differences li').count()).toBeLessThan(100);
  // Scrolling to the end draws the end.
  await table.evaluate((t) => {
    t.scrollTop = t.scrollHeight;
  });
  await expect(table.locator(`[aria-rowindex="${rows}"]`)).toBeVisible();
  expect(await table.locator('[role=row]').count()).toBeLessThan(120);
  // p goes to the last difference, far from here: drawn when reached.
  await table.evaluate((t) => {
    t.scrollTop = 0;
  });
  expect(await differenceCount(page)).toBeGreaterThan(100);
  await page.keyboard.press('p');
  const current = table.locator('.row.current');
  await expect(current).toBeInViewport();
  expect(Number(await current.getAttribute('data-row'))).toBeGreaterThan(rows - 100);
});

test('stacks the panes in a small or zoomed window, the comparison keeping its height', async ({
  page,
}) => {
  // 1280x720 at 200% zoom: 640x360 CSS pixels.
  await page.setViewportSize({ width: 640, height: 360 });
  await ready(page);
  const table = comparisonTable(page);
  await expect(table).toBeVisible();
  const size = await table.boundingBox();
  expect(size?.height ?? 0).toBeGreaterThan(150);
  expect(size?.width ?? 0).toBeGreaterThan(500);
  await page.screenshot({ path: `${SHOTS}/zoomed-640x360.png` });
  // Stepping to a difference brings it into the window, the page scrolling if need be.
  expect(await page.evaluate('scrollY')).toBe(0);
  for (let step = 0; step < 3; step++) {
    await page.keyboard.press('n');
  }
  await expect(table.locator('.row.current').first()).toBeInViewport({ ratio: 0.5 });
  await page.getByRole('main').evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: `${SHOTS}/zoomed-640x360-comparison.png` });
  // The page scrolls to the side panel below it.
  const tabs = page.getByRole('tab', { name: /Differences/ });
  await tabs.scrollIntoViewIfNeeded();
  await expect(tabs).toBeInViewport();
  // A slide that does not fit even in the smallest type scrolls rather than being cut.
  await page.keyboard.press('F5');
  const cells = page.locator('.presentation-cells');
  await expect(cells).toBeVisible();
  // Find a slide too long for the window even in the smallest type; the rest scrolls.
  const overflow =
    "(() => { const c = document.querySelector('.presentation-cells'); return c.scrollHeight - c.clientHeight; })()";
  for (let slide = 0; slide < 40 && ((await page.evaluate(overflow)) as number) <= 0; slide++) {
    await page.keyboard.press('ArrowRight');
  }
  expect(await page.evaluate(overflow)).toBeGreaterThan(0);
  await cells.hover();
  await page.mouse.wheel(0, 200);
  await expect
    .poll(() => page.evaluate("document.querySelector('.presentation-cells').scrollTop"))
    .toBeGreaterThan(0);
});

/**
 * A classroom projector's 1280x720 with the browser at 150% (853x480 CSS pixels), showing a
 * story of eight reports that is not the sample, once the comparison without the article
 * it leaves out (another event) is on screen: seven outlets.
 */
async function projectedStory(page: Page): Promise<void> {
  await page.setViewportSize({ width: 853, height: 480 });
  await ready(page);
  const dir = 'eval/stories/yoon-removal';
  await openFiles(
    page,
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(dir, f)),
  );
  await expect(page.getByRole('region', { name: 'Left out of the comparison' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Columns:' }).getByRole('checkbox')).toHaveCount(7);
  await expect(page.getByRole('status').first()).not.toContainText('Comparing');
}

test('a clicker shows the rest of a slide too long for a zoomed projector before the next slide', async ({
  page,
}) => {
  await projectedStory(page);
  await page.keyboard.press('F5');
  const dialog = page.getByRole('dialog', { name: 'Presentation' });
  const count = dialog.locator('.slide-count');
  const more = dialog.getByText('more below');
  const scroll = async () =>
    (await page.evaluate(
      "(() => { const c = document.querySelector('.presentation-cells'); return { top: c.scrollTop, rest: c.scrollHeight - c.clientHeight - c.scrollTop, screen: c.clientHeight }; })()",
    )) as { top: number; rest: number; screen: number };
  // A slide more than two screens tall (PageDown pages through a shorter one on the way).
  const tall = async (): Promise<boolean> => {
    const { top, rest, screen } = await scroll();
    return top === 0 && rest > screen;
  };
  for (let press = 0; press < 60 && !(await tall()); press++) {
    await page.keyboard.press('PageDown');
  }
  expect(await tall()).toBe(true);
  await expect(more).toBeVisible();
  const long = await count.textContent();
  // PageDown shows the rest of this slide first, a screen at a time, then moves on.
  await page.keyboard.press('PageDown');
  await expect(count).toHaveText(long ?? '');
  await expect.poll(async () => (await scroll()).top).toBeGreaterThan(0);
  for (let step = 0; step < 10 && (await scroll()).rest > 0; step++) {
    await page.keyboard.press('PageDown');
  }
  await expect(count).toHaveText(long ?? '');
  await expect(more).toBeHidden();
  // PageUp goes back up this slide before the previous one.
  await page.keyboard.press('PageUp');
  await expect(count).toHaveText(long ?? '');
  // Blind mode switched mid-slide keeps the place read to.
  const place = (await scroll()).top;
  expect(place).toBeGreaterThan(0);
  const hide = dialog.getByRole('button', { name: 'Hide outlets' });
  await hide.click();
  await expect(dialog.locator('figcaption').first()).toContainText('Outlet');
  expect((await scroll()).top).toBeGreaterThan(0);
  await hide.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  // A slide starts at its top.
  await expect.poll(async () => (await scroll()).top).toBe(0);
  // The text that scrolls is reachable by keyboard (axe: scrollable-region-focusable).
  for (let slide = 0; slide < 30 && (await scroll()).rest <= 0; slide++) {
    await page.keyboard.press('PageDown');
  }
  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('leaves the presentation on the slide’s row, or the next row with a difference among the outlets shown', async ({
  page,
}) => {
  // At 1280x720 and 150%, three outlets of seven fit: the slides show all seven.
  await projectedStory(page);
  await page.keyboard.press('n');
  const listed = (
    await page
      .getByRole('listitem')
      .filter({ hasText: /^\d+\. row \d+/ })
      .allTextContents()
  ).map((t) => Number(/row (\d+)/.exec(t)?.[1]));
  expect(listed.length).toBeGreaterThan(3);
  await page.keyboard.press('F5');
  const count = page.getByRole('dialog', { name: 'Presentation' }).locator('.slide-count');
  // A slide whose row has no difference among the outlets on screen (a long slide takes a
  // few presses).
  let row = 0;
  for (let press = 0; press < 80; press++) {
    row = Number(/Row (\d+)/.exec((await count.textContent()) ?? '')?.[1]);
    if (!listed.includes(row) && listed.some((r) => r > row)) {
      break;
    }
    await page.keyboard.press('ArrowRight');
  }
  expect(listed).not.toContain(row);
  await page.keyboard.press('Escape');
  const next = listed.find((r) => r > row);
  await expect(page.locator('.differences [aria-current="true"]')).toContainText(`row ${next} `);
});

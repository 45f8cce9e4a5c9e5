import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedLibrary } from './library';

const LONG =
  'The harbour authority met on Tuesday to review the pilots’ schedule, and the minutes record ' +
  'a long discussion of overtime, tug availability and the winter rota before the vote was taken.';

/** Presses the mouse on `from`, moves in steps to (x, y) and leaves the button down. */
async function dragTo(page: Page, from: Locator, x: number, y: number) {
  const box = (await from.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 40, box.y + box.height / 2 + 10, { steps: 4 });
  await page.mouse.move(x, y, { steps: 12 });
  await page.mouse.move(x + 1, y, { steps: 2 });
}

/** The right half of a paragraph's last line, in screen coordinates. */
async function rightOfLastLine(block: Locator) {
  return block.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects = Array.from(range.getClientRects());
    const last = rects[rects.length - 1]!;
    return { x: last.left + last.width * 0.75, y: last.top + last.height / 2 };
  });
}

test('a quote dragged from the library shows a drop line and lands after the paragraph, with no empty paragraph', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await page.goto(host.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type(LONG);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second paragraph.');

  const search = page.getByRole('searchbox', { name: 'Search library' });
  await search.fill('halt');
  const hit = page
    .getByRole('region', { name: 'Library' })
    .locator('[role="option"][data-type="excerpt"]')
    .filter({ hasText: lib.quote.slice(0, 20) })
    .first();
  await expect(hit).toBeVisible();

  const first = editor.locator('p').first();
  const target = await rightOfLastLine(first);
  const firstBox = (await first.boundingBox())!;
  expect(firstBox.height).toBeGreaterThan(40); // the paragraph wraps: its last line is its lower half

  await dragTo(page, hit, target.x, target.y);
  const line = page.getByTestId('drop-indicator');
  await expect(line).toBeVisible();
  await expect(line).toHaveClass(/drop-indicator--line/);
  // The line sits in the gap below the first paragraph, above the second.
  const lineBox = (await line.boundingBox())!;
  const secondBox = (await editor.locator('p').nth(1).boundingBox())!;
  expect(lineBox.y).toBeGreaterThanOrEqual(firstBox.y + firstBox.height - 2);
  expect(lineBox.y).toBeLessThanOrEqual(secondBox.y + 2);
  await page.mouse.up();
  await expect(line).toBeHidden();

  const quote = editor.locator('figure.bw-excerpt');
  await expect(quote).toHaveCount(1);
  // Block order: the whole first paragraph, the quote, the second paragraph; nothing empty.
  const order = await editor.evaluate((root) =>
    Array.from(root.children).map((c) => `${c.tagName}:${c.textContent?.slice(0, 12) ?? ''}`),
  );
  expect(order).toHaveLength(3);
  expect(order[0]).toBe(`P:${LONG.slice(0, 12)}`);
  expect(order[1]).toMatch(/^(DIV|FIGURE):/);
  expect(order[2]).toBe('P:Second parag');
  await expect(first).toHaveText(LONG);
});

test('a block dragged by its handle onto a heading lands where the line showed', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('# Key judgments');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Alpha paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('## Background');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Beta paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Gamma paragraph.');

  const blocks = () =>
    editor.evaluate((root) => Array.from(root.children).map((c) => c.textContent ?? ''));
  expect(await blocks()).toEqual([
    'Key judgments',
    'Alpha paragraph.',
    'Background',
    'Beta paragraph.',
    'Gamma paragraph.',
  ]);

  // Gamma's handle, dropped on the upper half of the "Background" heading: before the heading.
  await editor.locator('p', { hasText: 'Gamma paragraph.' }).hover();
  const handle = page.locator('.block-handle');
  await expect(handle).toBeVisible();
  const heading = (await editor.locator('h2').boundingBox())!;
  await dragTo(page, handle, heading.x + 60, heading.y + heading.height * 0.25);
  const line = page.getByTestId('drop-indicator');
  await expect(line).toBeVisible();
  const lineBox = (await line.boundingBox())!;
  const alpha = (await editor.locator('p', { hasText: 'Alpha paragraph.' }).boundingBox())!;
  expect(lineBox.y).toBeGreaterThanOrEqual(alpha.y + alpha.height - 2);
  expect(lineBox.y).toBeLessThanOrEqual(heading.y + 2);
  await page.mouse.up();
  await expect(line).toBeHidden();
  await expect
    .poll(blocks)
    .toEqual([
      'Key judgments',
      'Alpha paragraph.',
      'Gamma paragraph.',
      'Background',
      'Beta paragraph.',
    ]);

  // Alpha dropped on the lower half of the "Key judgments" heading: right after it (no change),
  // then Beta onto the lower half of the first heading: between heading and Alpha.
  await editor.locator('p', { hasText: 'Beta paragraph.' }).hover();
  const h1 = (await editor.locator('h1').boundingBox())!;
  await dragTo(page, handle, h1.x + 300, h1.y + h1.height * 0.8);
  await page.mouse.up();
  await expect
    .poll(blocks)
    .toEqual([
      'Key judgments',
      'Beta paragraph.',
      'Alpha paragraph.',
      'Gamma paragraph.',
      'Background',
    ]);
});

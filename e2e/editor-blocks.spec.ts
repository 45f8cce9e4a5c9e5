import { expect, test } from './fixtures';
import { dropAt, pointAfterText, seedLibrary } from './library';

const EDITOR = '[aria-label="Briefing note"]';

test('a block dragged by its handle moves, and citation numbers follow the new order', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await page.goto(host.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('Alpha paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Beta paragraph.');
  let at = await pointAfterText(page, EDITOR, 'Alpha paragraph.');
  await dropAt(page, [{ kind: 'source', id: lib.reportId }], at.x, at.y);
  at = await pointAfterText(page, EDITOR, 'Beta paragraph.');
  await dropAt(page, [{ kind: 'source', id: lib.essayId }], at.x, at.y);
  const report = editor.locator(`.bw-citation[data-source-id="${lib.reportId}"] sup`);
  const essay = editor.locator(`.bw-citation[data-source-id="${lib.essayId}"] sup`);
  await expect(report).toHaveText('1');
  await expect(essay).toHaveText('2');

  // Hover Beta to show its handle, then drag the handle above Alpha.
  const beta = editor.locator('p', { hasText: 'Beta paragraph.' });
  await beta.hover();
  const handle = page.locator('.block-handle');
  await expect(handle).toHaveCSS('opacity', '1');
  const alpha = (await editor.locator('p', { hasText: 'Alpha paragraph.' }).boundingBox())!;
  const grip = (await handle.boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  // Just above Alpha's top edge: the block goes before it.
  await page.mouse.move(alpha.x + 40, alpha.y - 4, { steps: 8 });
  await page.mouse.move(alpha.x + 42, alpha.y - 3, { steps: 2 });
  await page.mouse.up();

  await expect(editor.locator('p').first()).toContainText('Beta paragraph.');
  await expect(essay).toHaveText('1');
  await expect(report).toHaveText('2');
});

import { expect, test } from './fixtures';

test('a heading, a paragraph and bold text typed into the note survive a reload', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('region', { name: 'Library' })).toBeVisible();
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(editor).toBeVisible();

  await editor.click();
  await page.keyboard.type('# Situation in the Black Sea');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Shipping resumed on Tuesday, ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('under naval escort');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('.');

  await expect(editor.locator('h1')).toHaveText('Situation in the Black Sea');
  await expect(page.getByTestId('save-state')).toContainText('Saved');

  await page.reload();
  const reloaded = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(reloaded.locator('h1')).toHaveText('Situation in the Black Sea');
  await expect(reloaded.locator('p')).toHaveText(
    'Shipping resumed on Tuesday, under naval escort.',
  );
  await expect(reloaded.locator('strong')).toHaveText('under naval escort');
});

test('the two-pane layout is shown with the library and the note', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('region', { name: 'Library' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Note' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Briefwright');
  // The token is taken from the address bar so it does not linger in history.
  expect(page.url()).not.toContain('token=');
});

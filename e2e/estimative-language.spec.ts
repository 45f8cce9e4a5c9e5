import { expect, test } from './fixtures';

test('the estimative-language panel lists a flagged sentence; choosing it selects that sentence in the note', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('## Key judgments');
  await page.keyboard.press('Enter');
  await page.keyboard.type(
    'Insurers will return soon. Shipping may resume by June. Escorts follow.',
  );
  await page.keyboard.press('Enter');
  await page.keyboard.type('Talks will probably stall.');

  const panel = page.getByRole('region', { name: 'Estimative language' });
  const flags = panel.locator('.estimative-flag');
  await expect(flags).toHaveCount(2);
  const hedge = flags.filter({ hasText: 'Vague hedge in a key judgment' });
  await expect(hedge.locator('.estimative-sentence')).toHaveText('Shipping may resume by June.');
  await expect(hedge.locator('mark')).toHaveText('may');
  const outside = flags.filter({ hasText: 'Not an ICD 203 term' });
  await expect(outside).toContainText('use “likely” (55–80%)');

  await hedge.click();
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString()))
    .toBe('Shipping may resume by June.');
  await expect(editor).toBeFocused();

  // Replacing the hedge with an ICD 203 term clears the flag.
  await page.keyboard.type('Shipping is likely to resume by June.');
  await expect(flags).toHaveCount(1);
  await expect(editor).toContainText(
    'Insurers will return soon. Shipping is likely to resume by June. Escorts follow.',
  );
});

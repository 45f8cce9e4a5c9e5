import { test, expect } from '@playwright/test';
import { removeDataDir, startHost } from './host';

test('killing the host with SIGKILL while typing loses nothing that was autosaved', async ({
  page,
}) => {
  const first = await startHost();
  try {
    await page.goto(first.url);
    const editor = page.getByRole('textbox', { name: 'Briefing note' });
    await editor.click();
    const saved = 'Convoy reached the port at dawn.';
    await page.keyboard.type(saved);
    await expect(page.getByTestId('save-state')).toContainText('Saved');

    // Keep typing and kill the host part-way through, with saves in flight.
    const more = ' Unloading began under escort and went on through the afternoon.';
    const typing = page.keyboard.type(more, { delay: 40 });
    await page.waitForTimeout(900);
    await first.stop('SIGKILL');
    await typing;
    expect(first.process.signalCode).toBe('SIGKILL');

    const second = await startHost(first.dataDir);
    try {
      await page.goto(second.url);
      const reopened = page.getByRole('textbox', { name: 'Briefing note' });
      await expect(reopened.locator('p').first()).toContainText(saved);
      const text = (await reopened.locator('p').first().textContent()) ?? '';
      // Whatever was saved last is a clean prefix of what was typed: nothing garbled or lost.
      expect((saved + more).startsWith(text)).toBe(true);
    } finally {
      await second.stop();
    }
  } finally {
    await first.stop();
    removeDataDir(first.dataDir);
  }
});

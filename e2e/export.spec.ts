import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('Export PDF downloads the note with the chosen paper, marking and contents', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await page.getByRole('textbox', { name: 'Note title' }).fill('Kyiv visit');
  await editor.click();
  await page.keyboard.type('# Summary of the visit');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Зеленський met the delegation — “talks were frank”.');
  await expect(page.getByTestId('save-state')).toContainText('Saved');

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Paper').selectOption('Letter');
  await dialog.getByLabel('Marking').fill('TLP:GREEN');
  await dialog.getByLabel('Author').fill('E2E Analyst');
  await dialog.getByLabel('Table of contents').check();
  await expect(dialog.getByLabel('Sources list')).toBeChecked();
  await expect(dialog.getByLabel('Citation style')).toHaveValue('chicago');

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Kyiv visit.pdf');
  await expect(dialog.getByRole('status')).toContainText('1 page, TLP:GREEN');

  const dir = mkdtempSync(join(tmpdir(), 'briefwright-e2e-pdf-'));
  try {
    const path = join(dir, 'out.pdf');
    await download.saveAs(path);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Зеленський met the delegation — “talks were frank”.');
    expect(text).toContain('Contents');
    expect(text.match(/TLP:GREEN/g)).toHaveLength(2);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Kyiv visit/);
    expect(info).toMatch(/Author:\s+E2E Analyst/);
    expect(info).toMatch(/Page size:\s+612 x 792/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

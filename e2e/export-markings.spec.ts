import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test.use({ sample: true });

test('exporting the sample note below its cited marking needs confirmation, then prints that banner', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue(/example/);

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(dialog.getByText('Strictest cited:')).toContainText('TLP:GREEN');
  await expect(dialog.getByLabel('Marking')).toHaveValue('TLP:GREEN');
  await dialog.getByLabel('Marking').fill('TLP:CLEAR');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('needs your confirmation');

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export with this marking' }).click();
  const download = await downloading;
  await expect(dialog.getByRole('status')).toContainText('TLP:CLEAR');

  const dir = mkdtempSync(join(tmpdir(), 'briefwright-e2e-pdf-'));
  try {
    const path = join(dir, 'sample.pdf');
    await download.saveAs(path);
    const first = execFileSync('pdftotext', ['-enc', 'UTF-8', '-l', '1', path, '-'], {
      encoding: 'utf8',
    });
    expect(first.trim().split('\n')[0]).toBe('TLP:CLEAR');
    const all = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(all).toContain('Bibliography');
    expect(all).toMatch(/^\s*1\.\s/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

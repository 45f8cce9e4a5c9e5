import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { rpc } from './library';

test.use({ sample: true });

async function pdfTextOf(download: Download): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'briefwright-e2e-pdf-'));
  try {
    const path = join(dir, 'out.pdf');
    await download.saveAs(path);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a note with everything verified exports with the integrity statement; with an item changed in the library, export needs it acknowledged and the PDF has no statement', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue(/example/);
  const [note] = await rpc(host, 'notes.list', {});
  const report = await rpc(host, 'notes.verify', { id: note!.id });
  expect(report.verified).toBe(true);
  const quotations = report.quotations;
  expect(quotations).toBeGreaterThan(1);

  // All verified: the dialog says so and the PDF carries the statement.
  let dialog = await openExport(page);
  const check = dialog.getByRole('region', { name: 'Integrity check' });
  await expect(check).toContainText(`All ${quotations} quotations`);
  let downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const verifiedText = await pdfTextOf(await downloading);
  await expect(dialog.getByRole('status')).toContainText(
    `All ${quotations} quotations verified against their sources on`,
  );
  expect(verifiedText.replace(/\s+/g, ' ')).toMatch(
    new RegExp(
      `All ${quotations} quotations verified against their sources on \\d{1,2} \\w{3} \\d{4}`,
    ),
  );
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The library changes under the note: a cited excerpt's source gets a new title.
  const cited = report.items.find((i) => i.kind === 'excerpt')!;
  const excerpt = await rpc(host, 'excerpts.get', { id: cited.id });
  await rpc(host, 'sources.update', { id: excerpt.sourceId, title: 'A retitled source' });

  dialog = await openExport(page);
  const flagged = dialog.getByRole('region', { name: 'Integrity check' });
  await expect(flagged).toContainText('not verified');
  const acknowledge = flagged.getByRole('checkbox');
  await expect(acknowledge.first()).toBeVisible();
  const count = await acknowledge.count();
  expect(count).toBeGreaterThanOrEqual(1);
  await expect(flagged).toContainText('changed in library: details');
  const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
  await expect(exportButton).toBeDisabled();
  for (let i = 0; i < count; i++) await acknowledge.nth(i).check();
  await expect(exportButton).toBeEnabled();

  downloading = page.waitForEvent('download');
  await exportButton.click();
  const unverifiedText = await pdfTextOf(await downloading);
  await expect(dialog.getByRole('status')).toContainText('No integrity statement');
  expect(unverifiedText).not.toContain('verified against');

  const [latest, first] = await rpc(host, 'export.history', { noteId: note!.id });
  expect(latest!.integrity).toMatchObject({ verified: false, statement: null });
  expect(latest!.integrity!.acknowledged.length).toBe(count);
  expect(first!.integrity).toMatchObject({ verified: true, quotations });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Or refresh instead: the note takes the library's copy, and export is verified again.
  const citations = page.getByRole('region', { name: 'Citations' });
  await citations.getByRole('button', { name: 'Check now' }).click();
  await citations.getByRole('button', { name: 'Refresh all' }).click();
  await expect(citations).toContainText('all verified');
  await expect(page.getByTestId('save-state')).toContainText('Saved');
  dialog = await openExport(page);
  await expect(dialog.getByRole('region', { name: 'Integrity check' })).toContainText(
    `All ${quotations} quotations`,
  );
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
});

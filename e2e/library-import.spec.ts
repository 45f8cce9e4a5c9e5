import { expect, test } from './fixtures';
import { FIRST_SEED, SECOND_SEED, importThroughPicker, seedUpload } from './libraryHelpers';

test('a batch with a corrupt file imports the others and lists the failure with its reason', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const library = page.getByRole('region', { name: 'Library' });
  const corrupt = {
    name: 'damaged-report.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n this is not really a PDF \u0000\u0001\u0002 trailer'),
  };
  await importThroughPicker(page, [seedUpload(FIRST_SEED), corrupt, seedUpload(SECOND_SEED)]);

  const rows = library.getByRole('list', { name: 'Imported files' }).getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveAttribute('data-status', 'imported');
  await expect(rows.nth(1)).toHaveAttribute('data-status', 'failed');
  await expect(rows.nth(1).locator('.import-reason')).not.toBeEmpty();
  await expect(rows.nth(2)).toHaveAttribute('data-status', 'imported');
  await expect(library.getByRole('region', { name: 'Import' }).getByRole('status')).toHaveText(
    'Imported 2 of 3 · 1 failed',
  );

  // Both good files are in the library.
  await library.getByRole('button', { name: /^Sources/ }).click();
  await expect(library.getByRole('option')).toHaveCount(2);
});

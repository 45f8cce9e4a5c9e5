import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dropAt, pointAfterText, rpc, seedLibrary } from './library';

const EDITOR = '[aria-label="Briefing note"]';

/** A note whose second block quotes the seeded excerpt of the report; saved. */
async function noteCitingExcerpt(page: Page, excerptId: number, quote: string) {
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('Talks stalled in Istanbul.');
  const end = await pointAfterText(page, EDITOR, 'Istanbul.');
  await dropAt(page, [{ kind: 'excerpt', id: excerptId }], end.x, end.y);
  const cited = editor.locator('.bw-excerpt');
  await expect(cited.locator('blockquote')).toHaveText(quote);
  await expect(page.getByTestId('save-state')).toContainText('Saved');
  return cited;
}

test('edit a cited source’s author and date in the reader: the note flags it, and after Refresh the PDF prints the new author', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await page.goto(host.url);
  const cited = await noteCitingExcerpt(page, lib.excerptId, lib.quote);

  const library = page.getByRole('region', { name: 'Library' });
  await page.getByRole('searchbox', { name: 'Search library' }).fill('Escalating Assaults');
  await library.locator(`[role=option][data-type=source][data-id="${lib.reportId}"]`).click();
  await library.getByRole('button', { name: 'Edit details' }).click();
  const details = library.getByRole('region', { name: 'Source details' });

  await details.getByRole('button', { name: 'Add person' }).click();
  await details.getByLabel('Creator 1 family name').fill('Kovalenko');
  await details.getByLabel('Creator 1 given names').fill('Olena');
  await details.getByLabel('Date').click();
  await expect(page.locator('.undo-toast')).toContainText('Source details saved.');

  // An impossible date is refused in place, with the reason; nothing is saved.
  const date = details.getByLabel('Date');
  await date.fill('2025-02-30');
  await date.press('Tab');
  await expect(details.getByRole('alert')).toHaveText('2025-02 has no day 30.');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  expect((await rpc(host, 'sources.get', { id: lib.reportId })).publishedAt).toBeNull();

  await date.fill('2025-06');
  await date.press('Tab');
  await expect(details.getByRole('alert')).toHaveCount(0);
  await expect
    .poll(async () => (await rpc(host, 'sources.get', { id: lib.reportId })).publishedAt)
    .toBe('2025-06');
  // Undo puts the date back; the author stays.
  await page.locator('.undo-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(date).toHaveValue('');
  await date.fill('2025-06');
  await date.press('Tab');
  await expect
    .poll(async () => rpc(host, 'sources.get', { id: lib.reportId }))
    .toMatchObject({
      author: 'Kovalenko, Olena',
      creators: [{ family: 'Kovalenko', given: 'Olena' }],
      publishedAt: '2025-06',
    });

  // The note sees the change, and takes it on Refresh.
  const citations = page.getByRole('region', { name: 'Citations' });
  await citations.getByRole('button', { name: 'Check now' }).click();
  await expect(cited.getByText('changed in library')).toBeVisible();
  await cited.getByRole('button', { name: 'Refresh' }).click();
  await citations.getByRole('button', { name: 'Check now' }).click();
  await expect(cited.getByText('changed in library')).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toContainText('Saved');

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  const dir = mkdtempSync(join(tmpdir(), 'briefwright-e2e-source-'));
  try {
    const path = join(dir, 'out.pdf');
    await download.saveAs(path);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Kovalenko');
    expect(text).toContain('2025');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('delete a cited source from the reader: the confirmation counts what goes; Undo makes the citation current again', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await rpc(host, 'sources.update', { id: lib.reportId, tags: ['region/ukraine'] });
  const claim = await rpc(host, 'claims.create', {
    text: 'Strikes will continue.',
    evidence: [{ excerptId: lib.excerptId, relation: 'supports' }],
  });
  const before = await rpc(host, 'excerpts.get', { id: lib.excerptId });
  await page.goto(host.url);
  const cited = await noteCitingExcerpt(page, lib.excerptId, lib.quote);

  const library = page.getByRole('region', { name: 'Library' });
  await page.getByRole('searchbox', { name: 'Search library' }).fill('Escalating Assaults');
  await library.locator(`[role=option][data-type=source][data-id="${lib.reportId}"]`).click();
  await library.getByRole('button', { name: 'Edit details' }).click();
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void dialog.accept();
    }),
  );
  await library.getByRole('button', { name: 'Delete source…' }).click();
  const message = await asked;
  expect(message).toContain('It is cited in 1 note; 1 excerpt and the evidence links of 1 claim');
  const toast = page.locator('.undo-toast');
  await expect(toast).toContainText('deleted.');
  const citations = page.getByRole('region', { name: 'Citations' });
  await citations.getByRole('button', { name: 'Check now' }).click();
  await expect(cited.getByText(/removed from the library/)).toBeVisible();

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(
    library.getByRole('article', { name: /^Source: Escalating Assaults/ }),
  ).toBeVisible();
  await citations.getByRole('button', { name: 'Check now' }).click();
  await expect(cited.getByText(/removed from the library/)).toHaveCount(0);
  await expect(cited.getByText('changed in library')).toHaveCount(0);
  expect(await rpc(host, 'excerpts.get', { id: lib.excerptId })).toEqual(before);
  expect((await rpc(host, 'sources.get', { id: lib.reportId })).tags).toEqual(['region/ukraine']);
  expect(
    (await rpc(host, 'claims.get', { id: claim.id })).evidence.map((e) => e.excerptId),
  ).toEqual([lib.excerptId]);
});

import { expect, test } from './fixtures';
import { rpc } from './library';

const paragraph = (words: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children: [
    { type: 'text', text: words, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
  ],
});

test('Cancel in the export dialog stops a running export and leaves the dialog usable', async ({
  page,
  host,
}) => {
  // Long enough that the export is still running when Cancel is pressed.
  const children = Array.from({ length: 1_500 }, (_, i) =>
    paragraph(`Paragraph ${i}: the convoy crossed the river at dawn under cover. `.repeat(6)),
  );
  await rpc(host, 'notes.create', {
    title: 'Very long brief',
    content: JSON.stringify({
      root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
    }),
  });
  await page.goto(host.url);
  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('Very long brief', {
    timeout: 30_000,
  });

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByText('Exporting…')).toBeVisible();
  const started = Date.now();
  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  await expect(dialog.getByText('Exporting…')).toBeHidden();
  expect(Date.now() - started).toBeLessThan(3_000);
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
  expect(await rpc(host, 'export.progress', { noteId: 1 })).toEqual({ active: false, fraction: 0 });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

import { expect, test } from './fixtures';
import { rpc } from './library';

test('notes: create from a template, rename, duplicate, delete to trash and restore', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Note', exact: true })
    .getByRole('button', { name: 'Notes', exact: true })
    .click();
  const list = page.getByRole('region', { name: 'Notes list' });
  await list.getByRole('combobox', { name: 'Template' }).selectOption('bluf');
  await list.getByRole('button', { name: 'New note' }).click();
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(editor.locator('h2')).toHaveText([
    'Bottom line up front',
    'Key judgments',
    'Background',
    'Outlook',
  ]);

  await page
    .getByRole('region', { name: 'Note', exact: true })
    .getByRole('button', { name: 'Notes', exact: true })
    .click();
  await list.getByRole('button', { name: 'Rename Untitled briefing' }).first().click();
  await list.getByRole('textbox', { name: 'New title' }).fill('Black Sea outlook');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('Black Sea outlook');

  await list.getByRole('button', { name: 'Duplicate Black Sea outlook' }).click();
  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue(
    'Black Sea outlook (copy)',
  );
  await page
    .getByRole('region', { name: 'Note', exact: true })
    .getByRole('button', { name: 'Notes', exact: true })
    .click();
  await list.getByRole('button', { name: 'Delete Black Sea outlook (copy)' }).click();
  await expect(list.getByText('Trash (1)')).toBeVisible();
  expect((await rpc(host, 'notes.list', {})).map((n) => n.title)).not.toContain(
    'Black Sea outlook (copy)',
  );
  await list.getByText('Trash (1)').click();
  await list.getByRole('button', { name: 'Restore Black Sea outlook (copy)' }).click();
  await expect(list.getByText(/Trash/)).toHaveCount(0);
  expect((await rpc(host, 'notes.list', {})).map((n) => n.title)).toContain(
    'Black Sea outlook (copy)',
  );
});

test('revision history: a snapshot can be previewed and restored', async ({ page, host }) => {
  await page.goto(host.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('First draft.');
  await expect(page.getByTestId('save-state')).toContainText('Saved');
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('region', { name: 'Revision history' });
  await history.getByRole('button', { name: 'Save a snapshot now' }).click();
  await expect(
    history.getByRole('list', { name: 'Revisions' }).getByRole('button'),
  ).not.toHaveCount(0);

  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Second draft.');
  await expect(page.getByTestId('save-state')).toContainText('Saved');
  await history
    .getByRole('list', { name: 'Revisions' })
    .getByRole('button', { name: /snapshot/ })
    .first()
    .click();
  await expect(history.getByRole('textbox', { name: 'Revision preview' })).toHaveText(
    'First draft.',
  );
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toHaveText('First draft.');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toHaveText('First draft.');
});

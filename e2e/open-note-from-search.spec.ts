import { expect, test } from './fixtures';
import { rpc } from './library';

const paragraph = (text: string) =>
  JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: null,
      children: [
        {
          type: 'paragraph',
          version: 1,
          format: '',
          indent: 0,
          direction: null,
          textFormat: 0,
          textStyle: '',
          children: [
            { type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 },
          ],
        },
      ],
    },
  });

test('a note found in the library search opens in the editor', async ({ page, host }) => {
  const other = await rpc(host, 'notes.create', { title: 'Harbour pilots memo' });
  await rpc(host, 'notes.save', {
    id: other.id,
    title: 'Harbour pilots memo',
    content: paragraph('The pilots’ union rejected the quarterly fee schedule.'),
  });
  await rpc(host, 'notes.create', { title: 'Newest note' });

  await page.goto(host.url);
  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('Newest note');

  const search = page.getByRole('searchbox', { name: 'Search library' });
  await search.fill('quarterly');
  const hit = page
    .getByRole('region', { name: 'Library' })
    .getByRole('option')
    .filter({ hasText: 'Harbour pilots memo' });
  await expect(hit).toBeVisible();
  await search.press('ArrowDown');
  await search.press('Enter');

  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue(
    'Harbour pilots memo',
  );
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toContainText(
    'The pilots’ union rejected the quarterly fee schedule.',
  );
});

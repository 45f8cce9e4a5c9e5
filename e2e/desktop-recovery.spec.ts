import { expect, test } from './fixtures';
import { rpc } from './library';

test('after a crashed window is reloaded: a calm notice, and the note that was open reopens', async ({
  page,
  host,
}) => {
  await rpc(host, 'notes.create', { title: 'Older assessment' });
  await rpc(host, 'notes.create', { title: 'Newest assessment' });
  await page.goto(host.url);
  const title = page.getByRole('textbox', { name: 'Note title' });
  await expect(title).toHaveValue('Newest assessment');

  await page
    .getByRole('region', { name: 'Note', exact: true })
    .getByRole('button', { name: 'Notes', exact: true })
    .click();
  await page
    .getByRole('list', { name: 'Notes' })
    .getByRole('button', { name: /^Older assessment / })
    .click();
  await expect(title).toHaveValue('Older assessment');

  // What the desktop app loads after the renderer process is gone.
  await page.goto(`${host.url}&recovered=1`);
  const notice = page.getByRole('status').filter({ hasText: 'stopped unexpectedly' });
  await expect(notice).toContainText('Your note is as it was last saved.');
  await expect(title).toHaveValue('Older assessment');
  expect(new URL(page.url()).searchParams.has('recovered')).toBe(false);

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(title).toHaveValue('Older assessment');
  await expect(page.getByText('stopped unexpectedly')).toHaveCount(0);
});

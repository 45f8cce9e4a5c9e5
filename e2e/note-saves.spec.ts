import { expect, test } from './fixtures';
import { rpc } from './library';

test('autosave retries by itself when the library is busy, and says when it succeeded', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(editor).toBeVisible();
  let refused = 0;
  await page.route('**/rpc/notes.save', async (route) => {
    if (refused < 2) {
      refused++;
      await route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'busy', message: 'The library is busy.' }),
      });
    } else await route.continue();
  });
  await editor.click();
  await page.keyboard.type('Convoys resumed at dawn.');
  const state = page.getByTestId('save-state');
  await expect(state).toContainText('retrying');
  await expect(state).toContainText(/Saved .* \(after retrying\)/, { timeout: 15_000 });
  expect(refused).toBe(2);
  const [summary] = await rpc(host, 'notes.list', {});
  expect((await rpc(host, 'notes.get', { id: summary!.id })).content).toContain(
    'Convoys resumed at dawn.',
  );
});

test('a save on top of one made elsewhere keeps both and tells the user', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('Mine first.');
  await expect(page.getByTestId('save-state')).toContainText('Saved');
  const [summary] = await rpc(host, 'notes.list', {});
  const note = await rpc(host, 'notes.get', { id: summary!.id });

  // Another window saves the same note.
  const theirs = JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [{ type: 'text', version: 1, text: 'Theirs.' }],
        },
      ],
    },
  });
  await rpc(host, 'notes.save', {
    id: note.id,
    title: note.title,
    content: theirs,
    baseRevision: note.revision,
  });

  await page.keyboard.type(' And more of mine.');
  await expect(page.getByRole('status')).toContainText('was also saved elsewhere');
  const now = await rpc(host, 'notes.get', { id: note.id });
  expect(now.content).toContain('Mine first. And more of mine.');
  const revisions = await rpc(host, 'notes.revisions', { id: note.id });
  const kept = revisions.find((r) => r.keptFromConflict)!;
  expect((await rpc(host, 'notes.revision', { revisionId: kept.id })).content).toBe(theirs);

  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByText('Kept: saved elsewhere, then saved over')).toBeVisible();
});

import Database from 'better-sqlite3';
import { databasePath } from '../electron/core/app/dataDir';
import { generateNoteContents } from '../tests/noteFuzz';
import { expect, test } from './fixtures';
import { rpc } from './library';

const image = { type: 'image', version: 1, src: 'chart.png', altText: 'Shipping chart' };
const state = (...children: object[]) =>
  JSON.stringify({ root: { type: 'root', version: 1, children } });
const paragraph = (value: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text: value }],
});

test('odd notes never blank the app: unsupported blocks, a skipped note, every accepted note opens', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  // Accepted fuzz contents, saved through the API as any client could.
  const accepted: string[] = [];
  let n = 0;
  for (const fuzz of generateNoteContents(120, 7)) {
    const title = `Fuzz ${++n} ${fuzz.kind}`;
    const response = await fetch(`${host.origin}/rpc/notes.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ title, content: fuzz.content }),
    });
    expect([200, 400]).toContain(response.status);
    if (response.ok) accepted.push(title);
  }
  expect(accepted.length).toBeGreaterThan(30);

  // Written straight into SQLite, as another version of the app might have: an unknown node
  // (opens as an unsupported block) and, newest of all, a note whose root is broken (skipped).
  const db = new Database(databasePath(host.dataDir));
  const insert = db.prepare(
    `INSERT INTO notes (title, content, plain_text, created_at, updated_at) VALUES (?, ?, '', ?, ?)`,
  );
  const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  const storedImage = state(paragraph('Before the chart.'), image, paragraph('After the chart.'));
  const withImage = Number(
    insert.run('Stored image', storedImage, future(1), future(1)).lastInsertRowid,
  );
  const brokenContent = '{"root":{"type":"root"}}';
  const broken = Number(
    insert.run('Broken root', brokenContent, future(2), future(2)).lastInsertRowid,
  );
  db.close();

  await page.goto(host.url);
  // The broken note is skipped with a message; the next newest opens with its unknown node shown.
  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('Stored image');
  await expect(page.getByRole('status')).toContainText('Skipped at launch');
  await expect(page.getByRole('status')).toContainText('Broken root');
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(editor.getByRole('note', { name: 'Unsupported block: image' })).toBeVisible();
  await expect(editor).toContainText('After the chart.');

  // Editing around it saves the note with the unknown node's JSON kept.
  await editor.getByText('After the chart.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Edited.');
  await expect(page.getByTestId('save-state')).toContainText('Saved');
  const saved = JSON.parse((await rpc(host, 'notes.get', { id: withImage })).content) as {
    root: { children: { type: string; json?: string }[] };
  };
  expect(saved.root.children.find((c) => c.type === 'bw-unsupported')?.json).toBe(
    JSON.stringify(image),
  );
  // The note that could not open was never written to.
  expect((await rpc(host, 'notes.get', { id: broken })).content).toBe(brokenContent);

  // Every accepted note opens into a working editor, and no pane ever fails.
  const notesButton = page.getByRole('region', { name: 'Note' }).getByRole('button', {
    name: 'Notes',
    exact: true,
  });
  for (const title of accepted) {
    await notesButton.click();
    const list = page.getByRole('region', { name: 'Notes list' });
    await list.getByRole('searchbox', { name: 'Find a note' }).fill(title);
    await list
      .getByRole('list', { name: 'Notes' })
      .getByRole('button', {
        name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `),
      })
      .click();
    await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue(title);
    await expect(editor).toBeVisible();
    await expect(page.locator('.pane-failed')).toHaveCount(0);
  }
  await expect(page.getByRole('region', { name: 'Library' })).toBeVisible();

  // Opening the broken one by hand says why and leaves the open note in place.
  await notesButton.click();
  await page
    .getByRole('region', { name: 'Notes list' })
    .getByRole('button', { name: /^Broken root / })
    .click();
  await expect(page.getByText(/cannot be opened/).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue(accepted.at(-1)!);
  await expect(editor).toBeVisible();
});

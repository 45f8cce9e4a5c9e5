import { expect, test } from './fixtures';
import { dropAt, pointAfterText, rpc, seedLibrary } from './library';

const EDITOR = '[aria-label="Briefing note"]';

test('Undo after deleting an excerpt a note cites brings the same excerpt back: the note no longer flags it', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await rpc(host, 'excerpts.update', {
    id: lib.excerptId,
    tags: ['region/ukraine'],
    comment: 'the threat',
  });
  const claim = await rpc(host, 'claims.create', {
    text: 'Strikes will continue through the talks.',
    evidence: [{ excerptId: lib.excerptId, relation: 'supports' }],
  });
  const before = await rpc(host, 'excerpts.get', { id: lib.excerptId });

  // A note cites the excerpt.
  await page.goto(host.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('Talks stalled in Istanbul.');
  const end = await pointAfterText(page, EDITOR, 'Istanbul.');
  await dropAt(page, [{ kind: 'excerpt', id: lib.excerptId }], end.x, end.y);
  const quote = editor.locator('.bw-excerpt');
  await expect(quote.locator('blockquote')).toHaveText(lib.quote);
  await expect(page.getByTestId('save-state')).toContainText('Saved');

  // Delete it in the library: the pane asks first, naming the note.
  const library = page.getByRole('region', { name: 'Library' });
  await page.getByRole('searchbox', { name: 'Search library' }).fill('halt respond');
  await library.locator(`[role=option][data-type=excerpt][data-id="${lib.excerptId}"]`).click();
  const card = library.getByRole('article', { name: 'Excerpt' });
  await expect(card.getByTestId('used-in')).toContainText('Used in 1 note');
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void dialog.accept();
    }),
  );
  await card.getByRole('button', { name: 'Delete excerpt' }).click();
  expect(await asked).toMatch(/cited in a note/);
  const toast = page.locator('.undo-toast');
  await expect(toast).toContainText('Excerpt deleted.');
  await expect(library.locator('mark.excerpt-highlight')).toHaveCount(0);

  // While deleted, the note flags it (so the check below can tell the difference).
  const citations = page.getByRole('region', { name: 'Citations' });
  await citations.getByRole('button', { name: 'Check now' }).click();
  await expect(quote.getByText(/removed from the library/)).toBeVisible();

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toBeHidden();
  await expect(library.locator('mark.excerpt-highlight')).toHaveCount(1);

  // The same excerpt: same id, place, tags, comment, timestamps; and still the claim's evidence.
  expect(await rpc(host, 'excerpts.get', { id: lib.excerptId })).toEqual(before);
  const evidence = (await rpc(host, 'claims.get', { id: claim.id })).evidence;
  expect(evidence.map((e) => e.excerptId)).toEqual([lib.excerptId]);

  await citations.getByRole('button', { name: 'Check now' }).click();
  await expect(quote.getByText(/removed from the library/)).toHaveCount(0);
  await page.reload();
  await expect(page.locator(`${EDITOR} .bw-excerpt blockquote`)).toHaveText(lib.quote);
  await expect(page.getByText(/removed from the library/)).toHaveCount(0);
  expect(await rpc(host, 'notes.usage', { excerptId: lib.excerptId })).toHaveLength(1);
});

test('Undo after deleting a claim brings back the same claim with its evidence', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  const claim = await rpc(host, 'claims.create', {
    text: 'Strikes will continue through the talks.',
    likelihood: 'likely',
    tags: ['region/ukraine'],
    evidence: [{ excerptId: lib.excerptId, relation: 'contradicts' }],
  });

  await page.goto(host.url);
  const library = page.getByRole('region', { name: 'Library' });
  await page.getByRole('searchbox', { name: 'Search library' }).fill('continue through');
  await library.locator(`[role=option][data-type=claim][data-id="${claim.id}"]`).click();
  await library
    .getByRole('form', { name: 'Edit claim' })
    .getByRole('button', { name: 'Delete claim' })
    .click();
  const toast = page.locator('.undo-toast');
  await expect(toast).toContainText('Claim deleted.');
  await expect.poll(async () => (await rpc(host, 'claims.list', {})).total).toBe(0);

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toBeHidden();
  await expect.poll(async () => (await rpc(host, 'claims.list', {})).total).toBe(1);
  expect(await rpc(host, 'claims.get', { id: claim.id })).toEqual(claim);
});

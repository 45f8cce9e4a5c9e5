import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dropAt, pointAfterText, pointBeforeText, rpc, seedLibrary } from './library';

const EDITOR = '[aria-label="Briefing note"]';

async function writeTwoParagraphs(page: Page) {
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('Talks stalled in Istanbul.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Strikes continued overnight.');
  return editor;
}

test('an excerpt dropped between two paragraphs lands there with its attribution; a citation dropped before it renumbers both; all survives a reload', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await page.goto(host.url);
  const editor = await writeTwoParagraphs(page);

  // Drop the excerpt at the end of the first paragraph: it lands between the two.
  const end = await pointAfterText(page, EDITOR, 'Istanbul.');
  await dropAt(page, [{ kind: 'excerpt', id: lib.excerptId }], end.x, end.y);
  const excerpt = editor.locator('.bw-excerpt');
  await expect(excerpt.locator('blockquote')).toHaveText(lib.quote);
  await expect(excerpt.locator('figcaption')).toContainText('Escalating Assaults');
  const blocks = editor.locator(':scope > *');
  await expect(blocks.nth(0)).toHaveText('Talks stalled in Istanbul.');
  await expect(blocks.nth(1).locator('.bw-excerpt')).toBeVisible();
  await expect(blocks.nth(2)).toHaveText('Strikes continued overnight.');
  await expect(excerpt.locator('.bw-citation-number')).toHaveText('1');

  // A new note is cited in Chicago notes-bibliography: each citation is the next note.
  const after = await pointAfterText(page, EDITOR, 'overnight.');
  await dropAt(page, [{ kind: 'source', id: lib.reportId }], after.x, after.y);
  const sameSource = editor.locator(`.bw-citation[data-source-id="${lib.reportId}"] sup`);
  await expect(sameSource).toHaveText('2');
  // Its note is the short form: the source was cited in full in note 1.
  await expect(sameSource).toHaveAttribute('title', /^Escalating Assaults[^\n]*REPORT\.\n/);

  // A citation dropped before both becomes note 1 and moves the others on.
  const start = await pointBeforeText(page, EDITOR, 'Talks');
  await dropAt(page, [{ kind: 'source', id: lib.essayId }], start.x, start.y);
  const other = editor.locator(`.bw-citation[data-source-id="${lib.essayId}"] sup`);
  await expect(other).toHaveText('1');
  await expect(excerpt.locator('.bw-citation-number')).toHaveText('2');
  await expect(sameSource).toHaveText('3');
  await expect(blocks.nth(0)).toContainText('Talks stalled in Istanbul.');
  await expect(other).toHaveAttribute('title', /Trump/);

  // The citations panel lists both sources in order.
  const panel = page.getByRole('region', { name: 'Citations' });
  await expect(panel.locator('.citations-list > li')).toHaveCount(2);

  await expect(page.getByTestId('save-state')).toContainText('Saved');
  await page.reload();
  const reloaded = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(reloaded.locator('.bw-excerpt blockquote')).toHaveText(lib.quote);
  await expect(reloaded.locator(`.bw-citation[data-source-id="${lib.essayId}"] sup`)).toHaveText(
    '1',
  );
  await expect(reloaded.locator(`.bw-citation[data-source-id="${lib.reportId}"] sup`)).toHaveText(
    '3',
  );
  await expect(reloaded.locator(':scope > *').nth(2)).toContainText('Strikes continued overnight.');
  // The library knows where the excerpt is used.
  expect(await rpc(host, 'notes.usage', { excerptId: lib.excerptId })).toHaveLength(1);
});

test('an excerpt whose source changes in the library is flagged and can be refreshed', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await page.goto(host.url);
  const editor = await writeTwoParagraphs(page);
  const end = await pointAfterText(page, EDITOR, 'Istanbul.');
  await dropAt(page, [{ kind: 'excerpt', id: lib.excerptId }], end.x, end.y);
  const excerpt = editor.locator('.bw-excerpt');
  await expect(excerpt.locator('blockquote')).toHaveText(lib.quote);
  await expect(excerpt.getByText('changed in library')).toHaveCount(0);

  await rpc(host, 'sources.update', {
    id: lib.reportId,
    title: 'Assaults escalate',
    outlet: 'Wire',
  });
  await page
    .getByRole('region', { name: 'Citations' })
    .getByRole('button', { name: 'Check now' })
    .click();
  await expect(excerpt.getByText('changed in library')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Citations' })).toContainText('1 not verified');

  await excerpt.getByRole('button', { name: 'Refresh' }).click();
  await expect(excerpt.locator('figcaption')).toContainText('Assaults escalate, Wire');
  await page
    .getByRole('region', { name: 'Citations' })
    .getByRole('button', { name: 'Check now' })
    .click();
  await expect(excerpt.getByText('changed in library')).toHaveCount(0);
});

test('deleting the source keeps the quote in the note and flags it as removed', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await page.goto(host.url);
  const editor = await writeTwoParagraphs(page);
  const end = await pointAfterText(page, EDITOR, 'Istanbul.');
  await dropAt(page, [{ kind: 'excerpt', id: lib.excerptId }], end.x, end.y);
  await expect(editor.locator('.bw-excerpt blockquote')).toHaveText(lib.quote);
  await expect(page.getByTestId('save-state')).toContainText('Saved');

  await rpc(host, 'sources.delete', { id: lib.reportId });
  await page.reload();
  const reloaded = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(reloaded.locator('.bw-excerpt blockquote')).toHaveText(lib.quote);
  await expect(reloaded.locator('.bw-excerpt figcaption')).toContainText('Escalating Assaults');
  await expect(reloaded.getByText(/removed from the library/)).toBeVisible();

  // Unlink keeps the words as a plain quote; the note then has nothing left to verify.
  await reloaded.getByRole('button', { name: 'Unlink' }).click();
  await expect(reloaded.locator('.bw-excerpt')).toHaveCount(0);
  await expect(reloaded.locator('blockquote')).toHaveText(lib.quote);
  await expect(page.getByTestId('save-state')).toContainText('Saved');
  const [note] = await rpc(host, 'notes.list', {});
  expect(await rpc(host, 'notes.verify', { id: note!.id })).toMatchObject({
    verified: true,
    items: [],
  });
});

test('Insert citation… from the keyboard: Ctrl+Shift+E, search, Enter inserts at the caret', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await page.goto(host.url);
  const editor = await writeTwoParagraphs(page);
  // Caret to the end of the first paragraph.
  await editor.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Shift+E');
  const palette = page.getByRole('dialog', { name: 'Insert citation' });
  await expect(palette).toBeVisible();
  await palette.getByRole('searchbox', { name: 'Search citations' }).fill('halt respond');
  await expect(palette.getByRole('option').first()).toContainText('Excerpt');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  const blocks = editor.locator(':scope > *');
  await expect(blocks.nth(1).locator('.bw-excerpt blockquote')).toHaveText(lib.quote);
  await expect(blocks.nth(2)).toHaveText('Strikes continued overnight.');
  // Typing goes on after the inserted quote.
  await expect(editor).toBeFocused();
});

test('dragging an excerpt row from the library results drops its quote at the pointer', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await page.goto(host.url);
  const editor = await writeTwoParagraphs(page);
  await page.getByRole('searchbox', { name: 'Search library' }).fill('halt respond');
  const row = page.locator(`[role="option"][data-type="excerpt"][data-id="${lib.excerptId}"]`);
  await expect(row).toBeVisible();

  const end = await pointAfterText(page, EDITOR, 'Istanbul.');
  const box = (await editor.boundingBox())!;
  await row.dragTo(editor, { targetPosition: { x: end.x - box.x, y: end.y - box.y } });

  const blocks = editor.locator(':scope > *');
  await expect(blocks.nth(1).locator('.bw-excerpt blockquote')).toHaveText(lib.quote);
  await expect(blocks.nth(0)).toHaveText('Talks stalled in Istanbul.');
  await expect(blocks.nth(2)).toHaveText('Strikes continued overnight.');
});

test('a claim drops as a claim box with its confidence and evidence; a reader selection becomes an excerpt in one step', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  const claim = await rpc(host, 'claims.create', {
    text: 'Strikes on both sides will continue through the talks.',
    likelihood: 'likely',
    confidence: 'moderate',
    evidence: [{ excerptId: lib.excerptId, relation: 'supports' }],
  });
  const source = await rpc(host, 'sources.get', { id: lib.essayId });
  const phrase = source.text.slice(0, 60);
  await page.goto(host.url);
  const editor = await writeTwoParagraphs(page);

  const end = await pointAfterText(page, EDITOR, 'Istanbul.');
  await dropAt(page, [{ kind: 'claim', id: claim.id }], end.x, end.y);
  const box = editor.getByRole('complementary', { name: 'Claim' });
  await expect(box).toContainText('Strikes on both sides will continue');
  await expect(box.locator('.bw-assessment')).toHaveText('Likely (55–80%); moderate confidence');
  await expect(box.locator('.bw-citation-number')).toHaveText('1');

  const after = await pointAfterText(page, EDITOR, 'overnight.');
  await dropAt(
    page,
    [{ kind: 'selection', sourceId: lib.essayId, start: 0, end: phrase.length }],
    after.x,
    after.y,
  );
  await expect(editor.locator('.bw-excerpt blockquote')).toHaveText(phrase);
  const excerpts = await rpc(host, 'excerpts.listForSource', { sourceId: lib.essayId });
  expect(excerpts.map((e) => e.quote)).toContain(phrase);
  await expect(editor.locator('.bw-excerpt .bw-citation-number')).toHaveText('2');
});

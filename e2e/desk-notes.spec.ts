import { expect, test } from './fixtures';
import { rpc, seedLibrary } from './library';
import { selectAndWait } from './libraryHelpers';

const primary = process.platform === 'darwin' ? 'Meta' : 'Control';

test('find and replace in the note: match case, whole word, quoted words found but never replaced; word count', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await page.goto(host.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('They will respond. The Respondent said they will respond again.');
  await page.keyboard.press(`${primary}+Shift+P`);
  await page.keyboard.type('insert from library');
  await page.keyboard.press('Enter');
  // As a person would, type once the palette's search box has the focus.
  const insert = page.getByRole('dialog', { name: 'Insert citation' });
  await expect(insert.getByRole('searchbox', { name: 'Search citations' })).toBeFocused();
  await page.keyboard.type('halt');
  await expect(insert.getByRole('option').first()).toContainText('Excerpt');
  await page.keyboard.press('Enter');
  await expect(editor.locator('.bw-excerpt blockquote')).toHaveText(lib.quote);

  // 10 own words; the quote "Unless they halt, we will respond," has 6 more.
  await expect(page.getByTestId('word-count')).toHaveText(
    '10 words in note (16 words with quotes)',
  );

  await editor.locator('p').first().click();
  await page.keyboard.press(`${primary}+H`);
  const bar = page.getByRole('search', { name: 'Find in note' });
  await bar.getByRole('searchbox', { name: 'Find' }).fill('respond');
  const summary = bar.getByTestId('find-summary');
  await expect(summary).toHaveText('1 of 4 · 1 match in quotes, never replaced');
  await bar.getByRole('checkbox', { name: 'Whole word' }).check();
  await expect(summary).toHaveText('1 of 3 · 1 match in quotes, never replaced');
  await bar.getByRole('checkbox', { name: 'Match case' }).check();
  await expect(summary).toHaveText('1 of 3 · 1 match in quotes, never replaced');
  await bar.getByRole('textbox', { name: 'Replace with' }).fill('reply');
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(editor.locator('p').first()).toHaveText(
    'They will reply. The Respondent said they will reply again.',
  );
  await expect(editor.locator('.bw-excerpt blockquote')).toHaveText(lib.quote);
  await expect(summary).toHaveText('1 of 1 · 1 match in quotes, never replaced');
  await expect(bar.getByRole('button', { name: 'Replace', exact: true })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();

  // A selection's words are counted on their own.
  await editor.locator('p').first().selectText();
  await expect(page.getByTestId('word-count')).toHaveText('10 words selected');
});

test('notes list: search, sort by title or recent change, and the app reopens the last note', async ({
  page,
  host,
}) => {
  for (const title of ['Zeta brief', 'Alpha brief', 'Mid brief']) {
    const note = await rpc(host, 'notes.create', {});
    await rpc(host, 'notes.rename', { id: note.id, title });
  }
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Notes', exact: true }).click();
  const list = page.getByRole('region', { name: 'Notes list' });
  const titles = () => list.getByRole('list', { name: 'Notes' }).locator('.notes-open');
  await expect(titles()).toHaveCount(3);
  await expect(titles().first()).toContainText('Mid brief');
  await list.getByRole('combobox', { name: 'Sort notes' }).selectOption('title');
  await expect(titles().first()).toContainText('Alpha brief');
  await list.getByRole('searchbox', { name: 'Find a note' }).fill('zeta');
  await expect(titles()).toHaveCount(1);
  await titles().first().click();
  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('Zeta brief');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('Zeta brief');
});

test('links are added through an in-app dialog; unsafe addresses are refused there', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('See the ministry statement.');
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await page.getByRole('button', { name: 'Link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a link' });
  await expect(dialog).toBeVisible();
  const address = dialog.getByRole('textbox', { name: 'Link address' });
  await address.fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Add link' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Only http, https and mailto');
  await address.fill('https://example.org/statement?utm_source=x');
  await dialog.getByRole('button', { name: 'Add link' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://example.org/statement');
  await expect(editor.locator('a')).toHaveText('statement.');
});

test('a claim from a reader selection saves no excerpt until the claim is created', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await page.goto(host.url);
  const library = page.getByRole('region', { name: 'Library' });
  await library.getByRole('searchbox', { name: 'Search library' }).fill('drone');
  await library.locator('[role=option][data-type=source]').first().click();
  await selectAndWait(page, 'The second round of negotiations', 'breakthrough.');
  await page.keyboard.press('c');
  const form = library.getByRole('form', { name: 'New claim' });
  await expect(form.getByRole('region', { name: 'Evidence' })).toContainText(
    'The second round of negotiations',
  );
  // Leaving the form leaves nothing behind.
  await form
    .getByRole('button', { name: /Cancel|Close|Back/ })
    .first()
    .click();
  await expect(form).toBeHidden();
  expect((await rpc(host, 'excerpts.listForSource', { sourceId: lib.reportId })).length).toBe(1);

  // Creating the claim saves the excerpt with it, as its evidence.
  await library.locator('[role=option][data-type=source]').first().click();
  await selectAndWait(page, 'The second round of negotiations', 'breakthrough.');
  await page.keyboard.press('c');
  await form.getByRole('textbox', { name: 'Claim text' }).fill('Talks will not resume soon.');
  await form.getByRole('button', { name: 'Create claim' }).click();
  await expect(form).toBeHidden();
  const excerpts = await rpc(host, 'excerpts.listForSource', { sourceId: lib.reportId });
  expect(excerpts.map((e) => e.quote)).toContain(
    'The second round of negotiations concluded swiftly without any substantial breakthrough.',
  );
  const claims = await rpc(host, 'claims.list', {});
  const claim = await rpc(host, 'claims.get', { id: claims.items[0]!.id });
  expect(claim.evidence.map((e) => e.quote)).toEqual([
    'The second round of negotiations concluded swiftly without any substantial breakthrough.',
  ]);
});

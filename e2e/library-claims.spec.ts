import { expect, test } from './fixtures';
import { FIRST_SEED, importThroughPicker, seedUpload, selectAndWait } from './libraryHelpers';

test('a claim from a selection, with an excerpt dropped on it as contradicting evidence', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const library = page.getByRole('region', { name: 'Library' });
  await importThroughPicker(page, [seedUpload(FIRST_SEED)]);
  const search = page.getByRole('searchbox', { name: 'Search library' });
  await search.fill('drone');
  await library.getByRole('option').first().click();

  // An excerpt to drop later.
  await selectAndWait(page, 'The second round of negotiations', 'breakthrough.');
  await page.keyboard.press('e');
  await library
    .getByRole('form', { name: 'Save excerpt' })
    .getByRole('button', { name: 'Save' })
    .click();
  await expect(library.locator('mark.excerpt-highlight')).toHaveCount(1);

  // C on a selection: the excerpt is saved and a claim starts with it as supporting evidence.
  await selectAndWait(page, 'Unless they halt', 'he said.');
  await page.keyboard.press('c');
  const editor = library.getByRole('form', { name: 'New claim' });
  await expect(editor.getByRole('region', { name: 'Evidence' })).toContainText('Unless they halt');
  await editor
    .getByRole('textbox', { name: 'Claim text' })
    .fill('Ukraine will keep striking inside Russia.');
  // ICD 203: the likelihood and the analyst's confidence are two separate judgments.
  await editor.getByRole('combobox', { name: 'Likelihood' }).selectOption('likely');
  await editor.getByRole('combobox', { name: 'Confidence' }).selectOption('moderate');
  await editor.getByRole('combobox', { name: 'Claim marking' }).selectOption('TLP:AMBER');
  await editor.getByRole('combobox', { name: 'Claim tags' }).fill('region/ukraine');
  await editor.getByRole('combobox', { name: 'Claim tags' }).press('Enter');

  await search.fill('breakthrough');
  const row = library
    .locator('[role=option][data-type=excerpt]')
    .filter({ hasText: 'second round of negotiations' });
  await row.dragTo(editor.getByRole('region', { name: 'Evidence' }));
  const dropped = editor.locator('.evidence-item').filter({ hasText: 'second round' });
  await expect(dropped).toHaveCount(1);
  await dropped.getByRole('combobox', { name: 'Relation' }).selectOption('contradicts');
  await editor.getByRole('button', { name: 'Create claim' }).click();
  await expect(library.getByRole('form', { name: 'Edit claim' })).toBeVisible();

  // Found again after a reload, with its evidence and relations.
  await page.reload();
  await page.getByRole('searchbox', { name: 'Search library' }).fill('striking');
  const listed = library.getByRole('option').filter({ hasText: 'Ukraine will keep striking' });
  // The claims list states both, as ICD 203 writes them.
  await expect(listed.locator('.result-assessment')).toHaveText(
    'Likely (55–80%); moderate confidence',
  );
  await listed.click();
  const saved = library.getByRole('form', { name: 'Edit claim' });
  await expect(saved.getByRole('combobox', { name: 'Likelihood' })).toHaveValue('likely');
  await expect(saved.getByRole('combobox', { name: 'Confidence' })).toHaveValue('moderate');
  await expect(saved.getByRole('combobox', { name: 'Claim marking' })).toHaveValue('TLP:AMBER');
  await expect(saved.locator('.evidence-item--supports')).toContainText('Unless they halt');
  await expect(saved.locator('.evidence-item--contradicts')).toContainText('second round');
});

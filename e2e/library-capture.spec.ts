import { expect, test } from './fixtures';
import { FIRST_SEED, importThroughPicker, seedUpload, selectInReader } from './libraryHelpers';

const SENTENCE = 'Unless they halt, we will respond," he said.';

test('import an article, find it, save a tagged excerpt from a selection, and find it again after a reload', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const library = page.getByRole('region', { name: 'Library' });
  await importThroughPicker(page, [seedUpload(FIRST_SEED)]);
  await expect(library.locator('.import-file').first()).toHaveAttribute('data-status', 'imported');

  const search = page.getByRole('searchbox', { name: 'Search library' });
  await search.fill('drone');
  const sourceHit = library
    .getByRole('option')
    .filter({ hasText: 'Escalating Assaults by Ukraine and Russia' });
  await expect(sourceHit.first()).toBeVisible();
  await expect(sourceHit.first().locator('mark').first()).toHaveText(/drone/i);

  // Keyboard: arrow to the first hit, Enter opens it.
  await search.press('ArrowDown');
  await search.press('Enter');
  const reader = library.getByRole('article', { name: /^Source: Escalating Assaults/ });
  await expect(reader).toBeVisible();

  expect(await selectInReader(page, 'Unless they halt', 'he said.')).toBe(SENTENCE);
  await library
    .getByRole('toolbar', { name: 'Selection' })
    .getByRole('button', { name: /Save excerpt/ })
    .click();
  const form = library.getByRole('form', { name: 'Save excerpt' });
  await form.getByRole('combobox', { name: 'Excerpt tags' }).fill('region/ukraine');
  await form.getByRole('combobox', { name: 'Excerpt tags' }).press('Enter');
  await expect(form.locator('.tag-chip')).toHaveText(/region\/ukraine/);
  await form.getByRole('button', { name: 'Save' }).click();

  // Highlighted at once, with its details.
  await expect(reader.locator('mark.excerpt-highlight')).toHaveText(SENTENCE);
  await expect(library.getByRole('article', { name: 'Excerpt' }).locator('.tag-chip')).toHaveText(
    /region\/ukraine/,
  );

  const findByTag = async () => {
    await search.fill('');
    await library.getByRole('button', { name: 'Tag…' }).click();
    const tagFilter = library.getByRole('combobox', { name: 'Filter by tag' });
    await tagFilter.fill('region/ukraine');
    await tagFilter.press('Enter');
    const hit = library.getByRole('option').filter({ hasText: 'Unless they halt' });
    await expect(hit).toHaveCount(1);
    await expect(hit).toHaveAttribute('data-type', 'excerpt');
    return hit;
  };
  await findByTag();

  await page.reload();
  const hit = await findByTag();
  await hit.click();
  await expect(library.locator('mark.excerpt-highlight')).toHaveText(SENTENCE);
});

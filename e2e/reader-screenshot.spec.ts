import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { FIRST_SEED, importThroughPicker, seedUpload, selectAndWait } from './libraryHelpers';

const target = fileURLToPath(new URL('../docs/reader.png', import.meta.url));

/** Refreshes docs/reader.png (the README's picture of the reader): UPDATE_DOCS_SCREENSHOTS=1. */
test('the reader with highlighted excerpts, for the README', async ({ page, host }) => {
  test.skip(
    !process.env.UPDATE_DOCS_SCREENSHOTS,
    'set UPDATE_DOCS_SCREENSHOTS=1 to refresh docs/reader.png',
  );
  await page.goto(host.url);
  const library = page.getByRole('region', { name: 'Library' });
  await importThroughPicker(page, [seedUpload(FIRST_SEED)]);
  await library.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('searchbox', { name: 'Search library' }).fill('drone');
  await library.getByRole('option').first().click();

  const save = async (from: string, through: string, tags: string[], comment: string) => {
    await selectAndWait(page, from, through);
    await page.keyboard.press('e');
    const form = library.getByRole('form', { name: 'Save excerpt' });
    for (const tag of tags) {
      await form.getByRole('combobox', { name: 'Excerpt tags' }).fill(tag);
      await form.getByRole('combobox', { name: 'Excerpt tags' }).press('Enter');
    }
    await form.getByRole('textbox', { name: 'Excerpt comment' }).fill(comment);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
  };
  await save(
    'President Donald Trump remarkably',
    'deep inside Russia',
    ['region/ukraine', 'topic/drones'],
    'Timing relative to the Istanbul talks.',
  );
  await save(
    'He "reiterated President Trump',
    'lasting peace,"',
    ['region/russia', 'topic/diplomacy'],
    'Read-out from the State Department.',
  );
  await library.locator('mark.excerpt-highlight').first().click();
  await selectAndWait(page, 'This time around', 'lower expectations.');
  await page.screenshot({ path: target });
});

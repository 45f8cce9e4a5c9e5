import { expect, test } from './fixtures';
import { FIRST_SEED, importThroughPicker, seedUpload, selectAndWait } from './libraryHelpers';
import { rpc } from './library';

test('markings and gradings are set at import, on the source, on a new excerpt, and the scheme is chosen in settings', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const library = page.getByRole('region', { name: 'Library' });

  // One marking for the whole import batch.
  await library.getByLabel('Marking for imports').click();
  await library.getByRole('radio', { name: 'TLP:AMBER', exact: true }).check();
  await expect(library.getByLabel('Marking for imports')).toContainText('TLP:AMBER');
  await importThroughPicker(page, [seedUpload(FIRST_SEED)]);
  const [source] = (await rpc(host, 'sources.list', {})).items;
  expect(source!.marking).toBe('TLP:AMBER');

  // The source details: re-mark it and grade it.
  await page.getByRole('searchbox', { name: 'Search library' }).fill('drone');
  await library.getByRole('option').first().click();
  const handling = library.getByRole('group', { name: 'Source handling' });
  await expect(handling.getByRole('combobox', { name: 'Source marking' })).toHaveValue('TLP:AMBER');
  await handling.getByRole('combobox', { name: 'Source marking' }).selectOption('TLP:GREEN');
  await handling.getByRole('combobox', { name: 'Source reliability' }).selectOption('B');
  await expect(handling.locator('.grading')).toHaveText('B– (usually reliable)');
  await expect(library.locator('.reader-meta [data-marking="TLP:GREEN"]')).toBeVisible();

  // The excerpt save form: its own stricter marking and the information's credibility.
  await selectAndWait(page, 'Unless they halt', 'he said.');
  await page.keyboard.press('e');
  const form = library.getByRole('form', { name: 'Save excerpt' });
  await form.getByRole('combobox', { name: 'Excerpt marking' }).selectOption('TLP:RED');
  await form.getByRole('combobox', { name: 'Excerpt credibility' }).selectOption('2');
  await form.getByRole('button', { name: 'Save' }).click();
  const card = library.getByRole('article', { name: 'Excerpt' });
  await expect(card.locator('[data-marking="TLP:RED"]')).toHaveCSS('color', 'rgb(255, 43, 43)');
  await expect(card.locator('.grading')).toHaveText('B2');
  const excerpt = (await rpc(host, 'excerpts.listForSource', { sourceId: source!.id }))[0]!;
  expect(excerpt).toMatchObject({
    marking: 'TLP:RED',
    credibility: 2,
    effectiveGrading: { reliability: 'B', credibility: 2 },
  });

  // Settings: the US classification scheme, then the library's own.
  await library.getByRole('button', { name: 'Markings' }).click();
  const settings = library.getByRole('region', { name: 'Marking scheme' });
  await settings.getByRole('radio', { name: /US classification/ }).click();
  await expect
    .poll(async () => (await rpc(host, 'markings.get', {})).active.id)
    .toBe('classification');
  const custom = settings.getByRole('form', { name: 'Custom scheme' });
  await custom.getByRole('textbox', { name: 'Level 1 label' }).fill('open');
  await custom.getByRole('textbox', { name: 'Level 2 label' }).fill('desk only');
  await custom.getByRole('button', { name: 'Use this scheme' }).click();
  await expect
    .poll(async () => (await rpc(host, 'markings.get', {})).active.levels)
    .toEqual(['OPEN', 'DESK ONLY']);
  await library.getByLabel('Marking for imports').click();
  await expect(library.getByRole('radio', { name: 'DESK ONLY', exact: true })).toBeVisible();
});

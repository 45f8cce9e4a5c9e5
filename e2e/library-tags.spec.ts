import { expect, test } from './fixtures';
import { rpc } from './library';
import { FIRST_SEED, seedUpload } from './libraryHelpers';

test('the tag list nests hierarchical tags with counts, and renames and merges them', async ({
  page,
  host,
}) => {
  // Set-up through the API; the test is about the tag list.
  const seed = seedUpload(FIRST_SEED);
  const report = await rpc(host, 'sources.import', {
    files: [{ name: seed.name, dataBase64: seed.buffer.toString('base64') }],
  });
  const sourceId = report.results[0]!.sourceId!;
  await rpc(host, 'excerpts.create', {
    sourceId,
    quote: 'Unless they halt',
    tags: ['region/ukraine'],
  });
  await rpc(host, 'excerpts.create', {
    sourceId,
    quote: 'The second round of negotiations',
    tags: ['region/russia', 'talks'],
  });
  await rpc(host, 'claims.create', { text: 'Talks will stall.', tags: ['negotiations'] });

  await page.goto(host.url);
  const library = page.getByRole('region', { name: 'Library' });
  await library.getByRole('button', { name: 'Tags', exact: true }).click();
  const tags = library.getByRole('region', { name: 'Tags' });
  const row = (name: string) =>
    tags.locator('.tag-row').filter({ has: page.getByRole('button', { name, exact: true }) });
  await expect(row('region')).toBeVisible();
  await expect(row('region/ukraine')).toContainText('ukraine1');

  await tags.getByRole('button', { name: 'Rename region/ukraine' }).click();
  const newName = tags.getByRole('combobox', { name: 'New name for region/ukraine' });
  await newName.fill('region/ua');
  await newName.press('Enter');
  await expect(row('region/ua')).toBeVisible();
  await expect(row('region/ukraine')).toHaveCount(0);

  await tags.getByRole('button', { name: 'Merge talks into…' }).click();
  const into = tags.getByRole('combobox', { name: 'Merge talks into' });
  await into.fill('negotiations');
  await into.press('Enter');
  await expect(row('talks')).toHaveCount(0);
  await expect(row('negotiations')).toContainText('negotiations2');

  // A tag in the list filters the results.
  await row('region').getByRole('button', { name: 'region', exact: true }).click();
  await expect(library.getByRole('option')).toHaveCount(2);
});

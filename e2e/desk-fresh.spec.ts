import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openTestLibrary } from '../tests/library';
import { expect, test } from './fixtures';
import { dropAt, rpc, seedLibrary, seedPath } from './library';
import { selectAndWait } from './libraryHelpers';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** Every view must catch up within this: one poll of the change counter plus a reload. */
const FRESH = { timeout: 2_000 };

test('every count and list follows changes from the app, another client and the CLI within 2 s', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await rpc(host, 'excerpts.update', { id: lib.excerptId, tags: ['talks'] });
  await rpc(host, 'claims.create', { text: 'Talks will stall.', tags: ['negotiations'] });
  await page.goto(host.url);
  const counts = page.getByTestId('library-counts');
  await expect(counts).toHaveText('2 sources · 1 excerpt · 1 claim · 1 note');
  const library = page.getByRole('region', { name: 'Library' });

  // 1. A reader selection dropped on the note becomes an excerpt: the reader, its highlights and
  //    the status bar say so at once.
  const search = library.getByRole('searchbox', { name: 'Search library' });
  await search.fill('drone');
  await library.locator('[role=option][data-type=source]').first().click();
  const readerCount = page.getByTestId('reader-excerpt-count');
  await expect(readerCount).toContainText('1 excerpt ');
  await selectAndWait(page, 'The second round of negotiations', 'breakthrough.');
  const { start, end } = await page.getByTestId('reader-text').evaluate((root) => {
    const text = root.textContent ?? '';
    const at = text.indexOf('The second round of negotiations');
    return { start: at, end: text.indexOf('breakthrough.', at) + 'breakthrough.'.length };
  });
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  const box = (await editor.boundingBox())!;
  await dropAt(
    page,
    [{ kind: 'selection', sourceId: lib.reportId, start, end }],
    box.x + 40,
    box.y + 10,
  );
  await expect(editor.locator('.bw-excerpt')).toHaveCount(1);
  await expect(readerCount).toContainText('2 excerpts', FRESH);
  await expect(library.locator('mark.excerpt-highlight')).toHaveCount(2, FRESH);
  await expect(counts).toHaveText('2 sources · 2 excerpts · 1 claim · 1 note', FRESH);

  // 2. A new note: "2 notes", and the notes list has both.
  await page.getByRole('button', { name: 'Notes', exact: true }).click();
  await page
    .getByRole('region', { name: 'Notes list' })
    .getByRole('button', { name: 'New note' })
    .click();
  await expect(counts).toHaveText('2 sources · 2 excerpts · 1 claim · 2 notes', FRESH);
  await page.getByRole('button', { name: 'Notes', exact: true }).click();
  await expect(
    page
      .getByRole('region', { name: 'Notes list' })
      .getByRole('list', { name: 'Notes' })
      .getByRole('listitem'),
  ).toHaveCount(2, FRESH);
  await page.getByRole('button', { name: 'Notes', exact: true }).click();

  // 3. Another process on the same library (as the CLI or a second window would) merges a tag
  //    while the Tags view is open, then deletes a source while its results show.
  const other = openTestLibrary(host.dataDir);
  try {
    await library.getByRole('button', { name: 'Tags', exact: true }).click();
    const tags = library.getByRole('region', { name: 'Tags' });
    const row = (name: string) =>
      tags.locator('.tag-row').filter({ has: page.getByRole('button', { name, exact: true }) });
    await expect(row('talks')).toBeVisible();
    await other.call('tags.merge', { from: 'talks', into: 'negotiations' });
    await expect(row('talks')).toHaveCount(0, FRESH);
    await expect(row('negotiations')).toContainText('negotiations2', FRESH);
    await library.getByRole('button', { name: 'Tags', exact: true }).click();

    await search.fill('Ukraine');
    const sourceRows = library.locator('[role=option][data-type=source]');
    await expect(sourceRows).toHaveCount(2);
    await other.call('sources.delete', { id: lib.essayId });
    await expect(sourceRows).toHaveCount(1, FRESH);
    await expect(counts).toContainText('1 source ·', FRESH);
  } finally {
    other.core.close();
  }

  // 4. The CLI imports a file while the app is open.
  await run(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/hosts/cli.ts',
      '--data-dir',
      host.dataDir,
      'import',
      seedPath('003_71ea8715fee9ecb5.txt'),
    ],
    { cwd: repoRoot },
  );
  await expect(counts).toContainText('2 sources ·', FRESH);
  await expect(library.locator('[role=option][data-type=source]')).toHaveCount(2, FRESH);
});

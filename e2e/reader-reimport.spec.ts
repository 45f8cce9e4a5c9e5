import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { RunningHost } from './host';
import { rpc, SEED_REPORT } from './library';

const MOVED = 'Rubio had a conversation with Russian Foreign Minister Sergey Lavrov';
const CHANGED = 'Rubio played a more diminutive role and held lower expectations';
const PROPOSED = 'Rubio played a more modest role and held lower expectations';
const DELETED = 'no signs emerged after the second round of talks';

/** The report re-issued: one paragraph moved to the end, one word changed, one paragraph cut. */
function revised(text: string): string {
  const paragraphs = text.split('\n');
  const at = paragraphs.findIndex((p) => p.includes(MOVED));
  paragraphs.push(...paragraphs.splice(at, 1));
  return paragraphs
    .filter((p) => !p.includes(DELETED))
    .join('\n')
    .replace('a more diminutive role', 'a more modest role');
}

/** Every highlight in the reader shows exactly its excerpt's quote, as the library holds it. */
async function expectHighlightsMatchQuotes(page: Page, host: RunningHost) {
  const marks = await page
    .locator('mark.excerpt-highlight')
    .evaluateAll((els) =>
      els.map((el) => ({ id: Number(el.getAttribute('data-excerpt-id')), text: el.textContent })),
    );
  for (const mark of marks) {
    const excerpt = await rpc(host, 'excerpts.get', { id: mark.id });
    expect(excerpt.anchored).toBe(true);
    expect(mark.text).toBe(excerpt.quote);
  }
  return marks.map((m) => m.text);
}

test('after a new version is imported, the reader highlights only quotes found verbatim and lists the rest under "Not found in this version"', async ({
  page,
  host,
}) => {
  const original = readFileSync(SEED_REPORT, 'utf8');
  const imported = await rpc(host, 'sources.import', {
    files: [{ name: 'report.txt', dataBase64: Buffer.from(original).toString('base64') }],
  });
  const sourceId = imported.results[0]!.sourceId!;
  for (const quote of [MOVED, CHANGED, DELETED])
    await rpc(host, 'excerpts.create', { sourceId, quote });

  await page.goto(host.url);
  const library = page.getByRole('region', { name: 'Library' });
  await page.getByRole('searchbox', { name: 'Search library' }).fill('Escalating');
  await library.getByRole('option').filter({ hasText: 'Escalating Assaults' }).first().click();
  const reader = library.getByRole('article', { name: /^Source: Escalating Assaults/ });
  await expect(reader.locator('mark.excerpt-highlight')).toHaveCount(3);
  await expect(reader.getByText('Version 1, imported')).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await reader.getByRole('button', { name: 'Replace with new version…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'report.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(revised(original)),
  });
  await expect(reader.getByRole('status')).toHaveText(
    'Replaced with version 2: 1 excerpt(s) found, 2 not found in this version.',
  );

  // Only the moved paragraph's quote is highlighted, and it is the quote, word for word.
  await expect(reader.locator('mark.excerpt-highlight')).toHaveCount(1);
  expect(await expectHighlightsMatchQuotes(page, host)).toEqual([MOVED]);
  await expect(reader.getByTestId('reader-text')).toContainText(PROPOSED);

  const notFound = reader.getByRole('region', { name: 'Not found in this version' });
  await expect(notFound.getByRole('heading')).toHaveText('Not found in this version (2)');
  const changed = notFound.locator('.not-found-item').filter({ hasText: CHANGED });
  await expect(changed).toContainText('dministration officials such as');
  await expect(changed).toContainText('Taken from version 1');
  await expect(changed.getByRole('group', { name: 'Proposed place' })).toContainText(PROPOSED);
  const deleted = notFound.locator('.not-found-item').filter({ hasText: DELETED });
  await expect(deleted).toContainText('se new sanctions on Russia, but');
  await expect(deleted.getByRole('group', { name: 'Proposed place' })).toHaveCount(0);

  // Accepting the proposal makes the new words the excerpt's quote; only then are they highlighted.
  await changed.getByRole('button', { name: 'Accept proposed place' }).click();
  await expect(reader.locator('mark.excerpt-highlight')).toHaveCount(2);
  expect((await expectHighlightsMatchQuotes(page, host)).sort()).toEqual([MOVED, PROPOSED].sort());
  await expect(notFound.getByRole('heading')).toHaveText('Not found in this version (1)');

  // After a reload the deleted paragraph's excerpt is still listed, never highlighted.
  await page.reload();
  await page.getByRole('searchbox', { name: 'Search library' }).fill('Escalating');
  await library.getByRole('option').filter({ hasText: 'Escalating Assaults' }).first().click();
  await expect(reader.getByText('Version 2, imported')).toBeVisible();
  await expect(reader.getByText('1 earlier version kept', { exact: false })).toBeVisible();
  await expect(reader.locator('mark.excerpt-highlight')).toHaveCount(2);
  await expect(
    reader.getByRole('region', { name: 'Not found in this version' }).locator('.not-found-item'),
  ).toContainText(DELETED);
});

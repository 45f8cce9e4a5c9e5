import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { expect, test } from './fixtures';
import { dropAt, pointAfterText, seedLibrary } from './library';

const EDITOR = '[aria-label="Briefing note"]';

test('Export Word downloads a .docx whose text holds every quote word for word', async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'Note title' }).fill('Word brief');
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('Talks stalled in Istanbul.');
  const end = await pointAfterText(page, EDITOR, 'Istanbul.');
  await dropAt(page, [{ kind: 'excerpt', id: lib.excerptId }], end.x, end.y);
  await expect(editor.locator('.bw-excerpt blockquote')).toHaveText(lib.quote);
  await expect(page.getByTestId('save-state')).toContainText('Saved');

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export Word' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Word brief.docx');
  await expect(dialog.getByRole('status')).toContainText('Downloaded Word brief.docx');

  const dir = mkdtempSync(join(tmpdir(), 'briefwright-e2e-docx-'));
  try {
    const path = join(dir, 'out.docx');
    await download.saveAs(path);
    const text = (await mammoth.extractRawText({ path })).value;
    expect(text).toContain('Talks stalled in Istanbul.');
    expect(text).toContain(`“${lib.quote}”`);
    expect(text).toContain('Bibliography');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

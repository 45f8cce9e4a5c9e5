import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import { dropAt, pointAfterText, seedLibrary } from './library';

const EDITOR = '[aria-label="Briefing note"]';

function pdfTextOf(download: Download): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'briefwright-e2e-style-'));
  const path = join(dir, 'out.pdf');
  return download
    .saveAs(path)
    .then(() => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }))
    .finally(() => rmSync(dir, { recursive: true, force: true }));
}

test("changing the note's style in the export dialog changes the editor's citations and the PDF", async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'Note title' }).fill('Style check');
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('Talks stalled in Istanbul.');
  const end = await pointAfterText(page, EDITOR, 'Istanbul.');
  await dropAt(page, [{ kind: 'source', id: lib.reportId }], end.x, end.y);
  const marker = editor.locator(
    `.bw-citation[data-source-id="${lib.reportId}"] .bw-citation-number`,
  );
  // A new note is cited in Chicago notes-bibliography: a note number.
  await expect(marker).toHaveText('1');
  await expect(page.getByTestId('save-state')).toContainText('Saved');

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByLabel('Citation style').selectOption('apa');
  // The editor behind the dialog now prints APA's author–date form.
  await expect(marker).toHaveText(/^\(.+, n\.d\.\)$/);
  const apaLabel = (await marker.textContent())!;
  let downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const apa = await pdfTextOf(await downloading);
  expect(apa.replace(/\s+/g, ' ')).toContain(`Talks stalled in Istanbul. ${apaLabel}`);
  expect(apa).toContain('References');

  await dialog.getByLabel('Citation style').selectOption('chicago');
  await expect(marker).toHaveText('1');
  await expect(marker).toHaveAttribute('title', /Escalating Assaults/);
  downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const chicago = await pdfTextOf(await downloading);
  expect(chicago).toMatch(/^\s*1\. .*Escalating Assaults/m);
  expect(chicago).toContain('Bibliography');

  // The note remembers its style: after a reload the editor still prints Chicago's notes.
  await page.reload();
  await expect(
    page.locator(`${EDITOR} .bw-citation[data-source-id="${lib.reportId}"] .bw-citation-number`),
  ).toHaveText('1');
});

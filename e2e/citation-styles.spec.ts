import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import { dropAt, pointAfterText, rpc, seedLibrary } from './library';

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

test("a cluster of citations and a claim's evidence show the style's form in the editor, as the PDF prints them", async ({
  page,
  host,
}) => {
  const lib = await seedLibrary(host);
  const essay = await rpc(host, 'sources.get', { id: lib.essayId });
  const counter = await rpc(host, 'excerpts.create', {
    sourceId: lib.essayId,
    quote: essay.text.slice(0, 40),
  });
  const claim = await rpc(host, 'claims.create', {
    text: 'Strikes on both sides will continue through the talks.',
    likelihood: 'likely',
    confidence: 'moderate',
    evidence: [
      { excerptId: lib.excerptId, relation: 'supports' },
      { excerptId: counter.id, relation: 'contradicts' },
    ],
  });
  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'Note title' }).fill('Cluster check');
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await editor.click();
  await page.keyboard.type('Talks stalled in Istanbul.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Strikes continued overnight.');
  // Two sources dropped together stand side by side: one cluster.
  const end = await pointAfterText(page, EDITOR, 'Istanbul.');
  await dropAt(
    page,
    [
      { kind: 'source', id: lib.reportId },
      { kind: 'source', id: lib.essayId },
    ],
    end.x,
    end.y,
  );
  const after = await pointAfterText(page, EDITOR, 'overnight.');
  await dropAt(page, [{ kind: 'claim', id: claim.id }], after.x, after.y);

  const first = editor.locator(`.bw-citation--first[data-source-id="${lib.reportId}"]`);
  const member = editor.locator(`.bw-citation--member[data-source-id="${lib.essayId}"]`);
  const box = editor.getByRole('complementary', { name: 'Claim' });
  const supports = box.locator('[data-relation="supports"]');
  const contradicts = box.locator('[data-relation="contradicts"]');

  // Chicago notes: the cluster is one note, the claim's evidence one note per relation.
  await expect(first.locator('.bw-citation-number')).toHaveText('1');
  await expect(member.locator('.bw-citation-number')).toHaveText('•');
  await expect(member).toHaveAttribute('data-cluster', '1');
  await expect(supports).toHaveText('2');
  await expect(contradicts).toHaveText('✕3');
  // Each hover names full references: the first every source of the cluster, a member its own.
  await expect(first.locator('.bw-citation-number')).toHaveAttribute(
    'title',
    /Escalating Assaults[\s\S]*Trump/,
  );
  await expect(member.locator('.bw-citation-number')).toHaveAttribute(
    'title',
    /^Part of the citation 1\n.*Trump/,
  );
  await expect(member.locator('.bw-citation-number')).toHaveAttribute(
    'aria-label',
    /^Citation, part of 1: .*Trump/,
  );
  await expect(supports).toHaveAttribute('title', new RegExp(`supports: .*\\n“${lib.quote}”`));
  await expect(page.getByTestId('save-state')).toContainText('Saved');

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  // APA: the cluster's author–date text once, the member joined to it; the claim likewise.
  await dialog.getByLabel('Citation style').selectOption('apa');
  await expect(first.locator('.bw-citation-number')).toHaveText(/^\(.+, n\.d\.; .+, n\.d\.\)$/);
  const cluster = (await first.locator('.bw-citation-number').textContent())!;
  await expect(member).toHaveAttribute('data-cluster', cluster);
  await expect(member.locator('.bw-citation-number')).toHaveText('•');
  await expect(supports).toHaveText(/^\(.+, n\.d\.(, para\. \d+)?\)$/);
  await expect(contradicts).toHaveText(/^✕\(.+, n\.d\.(, para\. \d+)?\)$/);

  // IEEE: numbers in first-cited order, the claim's evidence by the same numbers.
  await dialog.getByLabel('Citation style').selectOption('ieee');
  await expect(first.locator('.bw-citation-number')).toHaveText('[1], [2]');
  await expect(supports).toHaveText(/^\[1(, Para\. \d+)?\]$/);
  await expect(contradicts).toHaveText(/^✕\[2(, Para\. \d+)?\]$/);
  const supportedBy = (await supports.textContent())!;
  const contradictedBy = (await contradicts.textContent())!.slice(1);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const pdf = (await pdfTextOf(await downloading)).replace(/\s+/g, ' ');
  expect(pdf).toContain('Talks stalled in Istanbul. [1], [2]');
  expect(pdf).toContain(`Supported by ${supportedBy}`);
  expect(pdf).toContain(`Contradicted by ${contradictedBy}`);
});

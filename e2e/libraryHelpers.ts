import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The shared sample articles sit next to the repository (never copied into it). */
// `shared/seeds` sits beside the main checkout; a worktree one level deeper finds it further up.
const seedsDir =
  [
    resolve(repoRoot, '..', 'shared', 'seeds'),
    resolve(repoRoot, '..', '..', 'shared', 'seeds'),
  ].find((dir) => existsSync(dir)) ?? resolve(repoRoot, '..', 'shared', 'seeds');
export const seedPath = (name: string): string => resolve(seedsDir, name);

export const FIRST_SEED = '000_3112edc9cc4ce4f8.txt';
export const SECOND_SEED = '003_71ea8715fee9ecb5.txt';

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const seedUpload = (name: string): UploadFile => ({
  name: basename(name),
  mimeType: 'text/plain',
  buffer: readFileSync(seedPath(name)),
});

/** Imports files the way a person does in the browser: Import…, then the file picker. */
export async function importThroughPicker(page: Page, files: UploadFile[]): Promise<void> {
  const library = page.getByRole('region', { name: 'Library' });
  const chooser = page.waitForEvent('filechooser');
  await library.getByRole('button', { name: 'Import…' }).first().click();
  await (await chooser).setFiles(files);
  await expect(page.getByRole('region', { name: 'Import' }).getByRole('status')).toContainText(
    `of ${files.length}`,
  );
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
    'value',
    String(files.length),
  );
}

/** Selects, in the reader, the text from `from` up to and including `through`. */
export async function selectInReader(page: Page, from: string, through: string): Promise<string> {
  return page.getByTestId('reader-text').evaluate(
    (root, [startText, endText]) => {
      const text = root.textContent ?? '';
      const start = text.indexOf(startText!);
      const end = text.indexOf(endText!, start) + endText!.length;
      if (start < 0 || end < start) throw new Error(`"${startText}" not in the reader`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.nodeValue!.length;
        if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
        if (end >= seen && end <= seen + length) {
          range.setEnd(node, end - seen);
          break;
        }
        seen += length;
      }
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    },
    [from, through],
  );
}

/** Selects text in the reader and waits for the selection toolbar, as a person would. */
export async function selectAndWait(page: Page, from: string, through: string): Promise<void> {
  await selectInReader(page, from, through);
  await expect(page.getByRole('toolbar', { name: 'Selection' })).toBeVisible();
}

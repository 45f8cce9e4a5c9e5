import { expect, test } from './fixtures';
import { seedLibrary } from './library';

const primary = process.platform === 'darwin' ? 'Meta' : 'Control';

test('keyboard only: capture an excerpt in the reader, insert it with the palette, move it up', async ({
  page,
  host,
}) => {
  await seedLibrary(host);
  await page.goto(host.url);
  const editor = page.getByRole('textbox', { name: 'Briefing note' });
  await expect(editor).toBeVisible();

  // Write two paragraphs: "Go to the note" is a command with a shortcut.
  await page.keyboard.press(`${primary}+Shift+L`);
  await expect(editor).toBeFocused();
  await page.keyboard.type('Intro paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Closing paragraph.');

  // Find the report and open it from the results.
  await page.keyboard.press(`${primary}+K`);
  const search = page.getByRole('searchbox', { name: 'Search library' });
  await expect(search).toBeFocused();
  await page.keyboard.type('Escalating Assaults');
  await expect(
    page.getByRole('region', { name: 'Library' }).getByRole('option').first(),
  ).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const body = page.getByLabel('Source text');
  await expect(body).toBeFocused();
  await expect(page.getByTestId('reader-excerpt-count')).toContainText('1 excerpt ');

  // Caret browsing: down two lines, then select the sentence there, then a word more by Shift+Ctrl+→.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('s');
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected.trim().length).toBeGreaterThan(20);
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press(`Control+Shift+ArrowLeft`);
  const quote = (await page.evaluate(() => window.getSelection()?.toString() ?? '')).trim();
  expect(quote.length).toBeGreaterThan(10);
  expect(selected).toContain(quote);

  // E opens the save form; Ctrl/Cmd+Enter saves.
  await page.keyboard.press('e');
  await expect(page.getByRole('form', { name: 'Save excerpt' })).toBeVisible();
  await page.keyboard.press(`${primary}+Enter`);
  await expect(page.getByTestId('reader-excerpt-count')).toContainText('2 excerpts');

  // Tab reaches each highlight; Enter opens the one with focus.
  await body.focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('mark.excerpt-highlight:focus')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.locator('.reader-details')).toBeVisible();

  // Back to the note, insert it with the command palette, then move it up a block.
  await page.keyboard.press(`${primary}+Shift+L`);
  await expect(editor).toBeFocused();
  await page.keyboard.press(`${primary}+Shift+P`);
  await page.keyboard.type('insert from library');
  await page.keyboard.press('Enter');
  const palette = page.getByRole('dialog', { name: 'Insert citation' });
  await expect(palette.getByRole('searchbox', { name: 'Search citations' })).toBeFocused();
  await page.keyboard.type(quote.split(/\s+/).slice(0, 4).join(' '));
  await expect(palette.getByRole('option').first()).toContainText('Excerpt');
  await page.keyboard.press('Enter');

  const blocks = () =>
    editor.evaluate((root) =>
      Array.from(root.children)
        .filter((c) => c.tagName !== 'IMG' && !c.hasAttribute('data-lexical-cursor'))
        .map((c) =>
          c.querySelector('.bw-excerpt') || c.matches('.bw-excerpt, [data-lexical-decorator]')
            ? 'QUOTE'
            : (c.textContent ?? ''),
        ),
    );
  await expect.poll(blocks).toEqual(['Intro paragraph.', 'Closing paragraph.', 'QUOTE']);
  await expect(editor.locator('figure.bw-excerpt')).toContainText(quote.slice(0, 20));
  // The inserted quote is selected as a block, so the move keys act on it.
  await expect(editor.locator('figure.bw-excerpt')).toHaveClass(/is-selected/);
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(blocks).toEqual(['Intro paragraph.', 'QUOTE', 'Closing paragraph.']);
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(blocks).toEqual(['QUOTE', 'Intro paragraph.', 'Closing paragraph.']);
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(blocks).toEqual(['Intro paragraph.', 'QUOTE', 'Closing paragraph.']);
});

test('F1 lists every shortcut from the command declarations; the palette runs commands', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toBeVisible();
  await page.keyboard.press('F1');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Command palette…');
  await expect(sheet).toContainText('Move block up');
  await expect(sheet).toContainText('Save selection as excerpt');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await page.keyboard.press(`${primary}+Shift+P`);
  await page.keyboard.type('dark');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press(`${primary}+\\`);
  await expect(page.getByRole('region', { name: 'Library' })).toBeHidden();
  await page.keyboard.press(`${primary}+\\`);
  await expect(page.getByRole('region', { name: 'Library' })).toBeVisible();

  // Zoom in steps and back; the pane border resizes from the keyboard; both are kept.
  await page.keyboard.press(`${primary}+=`);
  await expect(page.locator('html')).toHaveAttribute('style', /zoom: 1.1/);
  await page.keyboard.press(`${primary}+0`);
  await expect(page.locator('html')).not.toHaveAttribute('style', /zoom/);
  const splitter = page.getByRole('separator', { name: 'Resize library' });
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 40));
  await page.reload();
  await expect(page.getByRole('separator', { name: 'Resize library' })).toHaveAttribute(
    'aria-valuenow',
    String(before + 40),
  );
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

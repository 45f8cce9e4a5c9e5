import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ sample: true });

const docs = (name: string) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));

/** Serious and critical WCAG 2.2 AA findings on the page as it is now, described for the failure. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility findings on the main screens (${scheme})`, async ({
    page,
    host,
  }) => {
    // Dark mode follows the system until the user picks one.
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const library = page.getByRole('region', { name: 'Library' });
    const editor = page.getByRole('textbox', { name: 'Briefing note' });
    await expect(editor).toBeVisible();
    const found: Record<string, string[]> = {};

    // Library with results, and the note.
    await library.getByRole('searchbox', { name: 'Search library' }).fill('pilots');
    await expect(library.getByRole('option').first()).toBeVisible();
    found['library and note'] = await violations(page);

    // The reader.
    await library.locator('[role=option][data-type=source]').first().click();
    await expect(page.getByTestId('reader-text')).toBeVisible();
    found.reader = await violations(page);

    // The claim form.
    await library.getByRole('button', { name: 'New claim' }).click();
    await expect(library.getByRole('form', { name: 'New claim' })).toBeVisible();
    found['claim form'] = await violations(page);

    // The export dialog.
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found['export dialog'] = await violations(page);
    await page.keyboard.press('Escape');

    // Find and replace, and the command palette.
    await editor.click();
    await page.keyboard.press('Control+H');
    await expect(page.getByRole('search', { name: 'Find in note' })).toBeVisible();
    found['find and replace'] = await violations(page);

    expect(found).toEqual({
      'library and note': [],
      reader: [],
      'claim form': [],
      'export dialog': [],
      'find and replace': [],
    });
  });
}

for (const { name, zoom } of [
  { name: 'desk-1024x700.png', zoom: 1 },
  { name: 'desk-1024x700-zoom150.png', zoom: 1.5 },
]) {
  test(`at 1024×700${zoom === 1 ? '' : ' and 150 % zoom'} every control is on screen`, async ({
    page,
    host,
  }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.addInitScript((z) => localStorage.setItem('briefwright.zoom', String(z)), zoom);
    await page.goto(host.url);
    const library = page.getByRole('region', { name: 'Library' });
    const editor = page.getByRole('textbox', { name: 'Briefing note' });
    await expect(editor).toBeVisible();

    for (const name of ['Export PDF', 'Check now', 'Notes', 'History', 'Insert citation…'])
      await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('combobox', { name: 'Block type' })).toBeInViewport({ ratio: 1 });
    for (const name of ['Tags', 'New claim', 'Import…'])
      await expect(library.getByRole('button', { name, exact: true })).toBeInViewport({
        ratio: 1,
      });
    const box = (await editor.boundingBox())!;
    expect(box.width).toBeGreaterThan(zoom === 1 ? 440 : 300);

    await library.getByRole('searchbox', { name: 'Search library' }).fill('pilots');
    await library.locator('[role=option][data-type=source]').first().click();
    await expect(page.getByTestId('reader-text')).toBeVisible();
    if (process.env.UPDATE_DOCS_SCREENSHOTS) await page.screenshot({ path: docs(name) });

    // No visible text is set under 12 px (CSS pixels, before zoom).
    const small = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !node.nodeValue?.trim() || el.closest('.visually-hidden')) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 12) found.push(`${el.className || el.tagName}: ${size}px`);
      }
      return [...new Set(found)];
    });
    expect(small).toEqual([]);

    await library.getByRole('button', { name: 'New claim' }).click();
    const form = library.getByRole('form', { name: 'New claim' });
    await expect(form).toBeVisible();
    const create = form.getByRole('button', { name: /Create claim|Save claim/ });
    await create.scrollIntoViewIfNeeded();
    await expect(create).toBeInViewport({ ratio: 1 });
  });
}

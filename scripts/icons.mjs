// Rasterises resources/icon.svg to build/icon.png (1024 × 1024, transparent corners), the one
// image electron-builder turns into the .icns, .ico and Linux icon sizes. Uses Playwright's
// Chromium: /usr/bin/chromium or $CHROMIUM_PATH when present, else the one
// `npx playwright install chromium` downloads.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(process.argv[2] ?? `${root}/build/icon.png`);
const size = 1024;
const svg = readFileSync(`${root}/resources/icon.svg`, 'utf8');
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const browser = await chromium.launch({ executablePath });
try {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">` +
      `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" ` +
      `width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, omitBackground: true });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
}

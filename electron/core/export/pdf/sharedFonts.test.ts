import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../tests/tempDir';
import { defaultResourcesDir } from '../resources';
import { findCjkFont, loadFontSet } from './fonts';
import { renderPdf } from './render';

const tempDir = useTempDirs();
const resourcesDir = defaultResourcesDir();

/** Three-letter words, so joining forms and ligatures vary from word to word. */
const wordsOf = (letters: string, count: number, shift: number) => {
  const l = [...letters];
  return Array.from(
    { length: count },
    (_, i) => l[(i + shift) % l.length]! + l[(i * 7 + 3) % l.length]! + l[(i * 11 + 5) % l.length]!,
  );
};
const ARABIC = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';

async function textOf(paragraphs: string[], name: string): Promise<string> {
  const doc = {
    pageSize: 'A4',
    pageMargins: [72, 64, 72, 70],
    defaultStyle: { font: 'Serif', fontSize: 10.5 },
    content: paragraphs.map((p) => ({ text: p })),
  };
  const { bytes } = await renderPdf(doc, resourcesDir);
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

describe('fonts shared between exports', () => {
  it('reads the CJK font only when a text needs it, even when that text is in a footer', async () => {
    expect(findCjkFont(), 'install fonts-noto-cjk').not.toBeNull();
    const fonts = loadFontSet(resourcesDir);
    expect(fonts.hasCjk).toBe(true);
    expect(fonts.fallbackFor('é'.codePointAt(0)!, 'sc')).not.toMatch(/CJK/);
    expect([...fonts.files.keys()].filter((f) => f.includes('CJK'))).toEqual([]);
    expect(fonts.fallbackFor('代'.codePointAt(0)!, 'sc')).toBe('NotoSansCJKsc');
    expect([...fonts.files.keys()].filter((f) => f.includes('CJK'))).not.toEqual([]);

    // The first export of this thread: a Latin body, and the footer is the first to need CJK.
    const doc = {
      pageSize: 'A4',
      defaultStyle: { font: 'Serif', fontSize: 10.5 },
      content: [{ text: 'A note in English only.' }],
      footer: () => ({ text: '代表团星期一抵达首都', margin: [40, 0] }),
    };
    const { bytes, warnings } = await renderPdf(doc, resourcesDir);
    expect(warnings).toEqual([]);
    const path = join(tempDir(), 'cjk-footer.pdf');
    writeFileSync(path, bytes);
    const out = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(out).toContain('A note in English only.');
    expect(out.replace(/\s/g, '')).toContain('代表团星期一抵达首都');
  }, 60_000);

  it('an export prints the same text whatever was exported before it in the thread', async () => {
    const mine = wordsOf(ARABIC, 70, 0);
    // Earlier exports lay out other words with the same letters, ligatures and joining forms.
    await textOf(['وصل الوفد إلى العاصمة يوم الاثنين.', 'Offices fill; ﬁne affairs.'], 'a.pdf');
    for (let shift = 1; shift < 4; shift++)
      await textOf([wordsOf(ARABIC, 70, shift).join(' ')], `b${shift}.pdf`);
    const out = await textOf([mine.join(' '), 'The office, the affair, fifty flights.'], 'c.pdf');
    expect(out).toContain('The office, the affair, fifty flights.');
    const printed = new Set(out.split(/[\s\u200B\u202A-\u202E]+/u));
    expect(mine.filter((word) => !printed.has(word))).toEqual([]);
  }, 60_000);
});

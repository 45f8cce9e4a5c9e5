import { bundledStyleXml } from '../citationStyles';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorState, paragraph, text } from '../../../../tests/exportNotes';
import { useTempDirs } from '../../../../tests/tempDir';
import type { PdfJob } from './buildPdf';
import { defaultResourcesDir } from '../resources';
import { runPdfJob } from '../runPdfJob';
import { findCjkFont } from './fonts';

const tempDir = useTempDirs();

export const SENTENCES = {
  English: 'The delegation arrived in the capital on Monday.',
  Russian: 'Делегация прибыла в столицу в понедельник.',
  Greek: 'Η αντιπροσωπεία έφτασε στην πρωτεύουσα τη Δευτέρα.',
  Arabic: 'وصل الوفد إلى العاصمة يوم الاثنين.',
  Hebrew: 'המשלחת הגיעה לבירה ביום שני.',
  Chinese: '代表团星期一抵达首都。',
  Japanese: '代表団は月曜日に首都に到着した。',
  Korean: '대표단은 월요일에 수도에 도착했다.',
};

const job = (content: string, title = 'Every script'): PdfJob => ({
  title,
  content,
  options: {
    paper: 'A4',
    marking: null,
    confirmLowerMarking: false,
    toc: false,
    sourcesList: true,
    style: 'chicago',
    notes: 'footnotes',
    portionMarks: false,
    evidenceAnnex: false,
    author: 'W',
  },
  banner: '',
  exportedAt: new Date().toISOString(),
  keywords: [],
  schemeId: 'tlp',
  resourcesDir: defaultResourcesDir(),
  csl: bundledStyleXml(defaultResourcesDir(), 'ieee'),
});

/** pdftotext wraps right-to-left lines in embedding marks and puts the final stop first. */
const normalize = (s: string) =>
  s
    .replace(/[\u200B\u202A-\u202E]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.。](.*)$/u, '$1.');

describe('every script printed', () => {
  it('prints English, Russian, Greek, Arabic, Hebrew, Chinese, Japanese and Korean, no empty boxes', async () => {
    expect(findCjkFont(), 'install fonts-noto-cjk').not.toBeNull();
    const content = editorState(Object.values(SENTENCES).map((s) => paragraph(text(s))));
    const result = await runPdfJob(job(content));
    expect(result.warnings).toEqual([]);
    const dir = tempDir();
    const path = join(dir, 'scripts.pdf');
    writeFileSync(path, result.bytes);
    const out = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    const lines = out.split('\n').map(normalize);
    for (const [script, sentence] of Object.entries(SENTENCES))
      expect(lines, script).toContain(normalize(sentence));
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    for (const family of [
      'NotoSerif',
      'NotoNaskhArabic',
      'NotoSerifHebrew',
      'NotoSansCJKsc',
      'NotoSansCJKjp',
      'NotoSansCJKkr',
    ])
      expect(fonts, family).toContain(family);
    // Every font is a subset: the 20 MB CJK collection adds only the glyphs used.
    expect(result.bytes.byteLength).toBeLessThan(400_000);
  }, 60_000);

  it('names emoji it cannot draw, clamps stacked marks and breaks a 200,000-character word', async () => {
    const content = editorState([
      paragraph(text('Status: all clear 😀 👍🏽 🇺🇦 ✈ done.')),
      paragraph(text(`Zalgo: a${'\u0301'.repeat(300)}b`)),
      paragraph(text('x'.repeat(200_000))),
    ]);
    const started = Date.now();
    const result = await runPdfJob(job(content), { limits: { timeLimitMs: 60_000 } });
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(60);
    const path = join(tempDir(), 'emoji.pdf');
    writeFileSync(path, result.bytes);
    const out = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(out).toContain('Status: all clear [grinning face] [thumbs up sign] [flag UA] ✈ done.');
    expect(out.replace(/[^x]/g, '')).toHaveLength(200_000);
    expect(result.warnings).toEqual([
      'The emoji 😀 [grinning face] is printed by its name, in "Status: all clear 😀 👍🏽 🇺🇦 ✈ done.".',
      'The emoji 👍🏽 [thumbs up sign] is printed by its name, in "Status: all clear 😀 👍🏽 🇺🇦 ✈ done.".',
      'The emoji 🇺🇦 [flag UA] is printed by its name, in "Status: all clear 😀 👍🏽 🇺🇦 ✈ done.".',
      expect.stringMatching(
        /^296 combining marks stacked past 4 on one letter were left out, first in "Zalgo: a/,
      ),
    ]);
    console.log(`200,000-character word: ${result.pages} pages in ${seconds.toFixed(1)} s`);
  }, 90_000);

  it('a right-to-left paragraph over several lines reads in order, line after line', async () => {
    // Distinct words from letters alone (digits would make a left-to-right run in each word).
    const wordsOf = (letters: string, count: number) => {
      const l = [...letters];
      return Array.from(
        { length: count },
        (_, i) => l[i % l.length]! + l[(i * 7 + 3) % l.length]! + l[(i * 11 + 5) % l.length]!,
      );
    };
    const words = wordsOf('بتثجحخدذرزسشصضطظعغفقكلمنهوي', 70);
    const hebrew = wordsOf('אבגדהוזחטיכלמנסעפצקרשת', 60);
    const content = editorState([
      paragraph(text(words.join(' '))),
      paragraph(text(hebrew.join(' '))),
    ]);
    const result = await runPdfJob(job(content));
    expect(result.warnings).toEqual([]);
    const path = join(tempDir(), 'rtl.pdf');
    writeFileSync(path, result.bytes);
    const out = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    const lines = out.split('\n').map(normalize).filter(Boolean);
    const arabicLines = lines.filter((l) => /\p{Script=Arabic}/u.test(l));
    const hebrewLines = lines.filter((l) => /\p{Script=Hebrew}/u.test(l));
    expect(arabicLines.length).toBeGreaterThan(1);
    expect(hebrewLines.length).toBeGreaterThan(1);
    expect(arabicLines.join(' ')).toBe(words.join(' '));
    expect(hebrewLines.join(' ')).toBe(hebrew.join(' '));
  }, 60_000);
});

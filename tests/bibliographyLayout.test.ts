import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../electron/core/export/docx/buildDocx';
import { buildPdf, type PdfJob } from '../electron/core/export/pdf/buildPdf';
import { HANGING_INDENT_PT } from '../electron/core/export/pdf/backMatter';
import { pageMargins } from '../electron/core/export/pdf/theme';
import { job } from './citationNote';
import { citation, editorState, paragraph, source, text } from './exportNotes';
import { useTempDirs } from './tempDir';

/** Three sources whose references are long enough to take two or more lines each. */
const long = (n: number) =>
  `Harbour dredging, night shifts and the northern shipping lanes: a study of the season ${n}, with tables of tonnage, berths and tides`;
const sources = [
  source(11, long(1), null, {
    author: 'Jane Marrow',
    outlet: 'Coast Times',
    publishedAt: '2026-03-04',
  }),
  source(12, long(2), null, { author: 'Harbour Authority of Vessmark', publishedAt: '2025-11-01' }),
  source(13, long(3), null, {
    creators: [{ family: 'Abbott', given: 'Lena' }],
    author: 'Lena Abbott',
    publishedAt: '2024',
    url: 'https://example.org/lanes/after-the-thaw/long-report',
  }),
];
const starts = ['Marrow', 'Harbour Authority', 'Abbott'];

const longJob = (style: string): PdfJob => ({
  ...job(style),
  content: editorState([
    paragraph(text('Dredging has resumed'), ...sources.map((s) => citation(s)), text('.')),
  ]),
});

interface Line {
  x: number;
  y: number;
  text: string;
}

/** The lines of the PDF's last page as poppler lays them out, with each line's left edge. */
function linesOf(path: string, page: number): Line[] {
  const html = execFileSync(
    'pdftotext',
    ['-bbox-layout', '-f', String(page), '-l', String(page), path, '-'],
    { encoding: 'utf8' },
  );
  const lines: Line[] = [];
  for (const m of html.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)) {
    const words = [...m[3]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]);
    lines.push({ x: Number(m[1]), y: Number(m[2]), text: words.join(' ') });
  }
  return lines.sort((a, b) => a.y - b.y || a.x - b.x);
}

describe('the reference list is set out as the style asks', () => {
  const tempDir = useTempDirs();
  const margin = pageMargins()[0]!;

  async function referenceLines(style: string, title: string) {
    const result = await buildPdf(longJob(style));
    const path = join(tempDir(), `${style}.pdf`);
    writeFileSync(path, result.bytes);
    const lines = linesOf(path, result.pages);
    const from = lines.findIndex((l) => l.text === title);
    expect(from, `${title} heading`).toBeGreaterThanOrEqual(0);
    // The list runs on, line after line, until the gap before the footnotes and page footer.
    const list: Line[] = [];
    for (const line of lines.slice(from + 1)) {
      if (list.length && line.y - list.at(-1)!.y > 30) break;
      list.push(line);
    }
    return list;
  }

  it('APA: each entry starts at the margin and its following lines hang half an inch in (PDF)', async () => {
    const lines = await referenceLines('apa', 'References');
    const firsts = lines.filter((l) => starts.some((s) => l.text.startsWith(s)));
    const rest = lines.filter((l) => !firsts.includes(l));
    expect(firsts).toHaveLength(3);
    expect(rest.length).toBeGreaterThanOrEqual(3);
    for (const l of firsts) expect(l.x, l.text).toBeCloseTo(margin, 0);
    for (const l of rest) expect(l.x, l.text).toBeCloseTo(margin + HANGING_INDENT_PT, 0);
  });

  it('Chicago: the bibliography hangs too', async () => {
    const lines = await referenceLines('chicago', 'Bibliography');
    const firsts = lines.filter((l) => starts.some((s) => l.text.startsWith(s)));
    const rest = lines.filter((l) => !firsts.includes(l));
    expect(firsts).toHaveLength(3);
    expect(rest.length).toBeGreaterThanOrEqual(3);
    for (const l of firsts) expect(l.x, l.text).toBeCloseTo(margin, 0);
    for (const l of rest) expect(l.x, l.text).toBeCloseTo(margin + HANGING_INDENT_PT, 0);
  });

  it('IEEE: the numbers stand in their own column and every line of an entry aligns beside it', async () => {
    const lines = await referenceLines('ieee', 'References');
    const labels = lines.filter((l) => /^\[\d\]/.test(l.text));
    expect(labels.map((l) => l.text.slice(0, 3))).toEqual(['[1]', '[2]', '[3]']);
    for (const l of labels) expect(l.x).toBeCloseTo(margin, 0);
    // The text of an entry (its first line beside the number, and the lines after) all align.
    const words = lines.filter((l) => !/^\[\d\]$/.test(l.text));
    const column = Math.min(...words.map((l) => l.x));
    expect(column).toBeGreaterThan(margin + 10);
    for (const l of words) expect(l.x, l.text).toBeCloseTo(column, 0);
  });

  async function docxEntries(style: string): Promise<string[]> {
    const { bytes } = await buildDocx(longJob(style));
    const path = join(tempDir(), `${style}.docx`);
    writeFileSync(path, bytes);
    const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
    return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
      .map((p) => p[0])
      .filter((p) => starts.some((s) => p.includes(`<w:t xml:space="preserve">${s}`)));
  }

  it('Word: APA and Chicago entries carry a half-inch hanging indent', async () => {
    for (const style of ['apa', 'chicago']) {
      const entries = await docxEntries(style);
      expect(entries, style).toHaveLength(3);
      for (const p of entries) expect(p).toContain('<w:ind w:left="720" w:hanging="720"/>');
    }
  });

  it('Word: IEEE entries put the number, a tab to the text column, and hang the rest there', async () => {
    const { bytes } = await buildDocx(longJob('ieee'));
    const path = join(tempDir(), 'ieee.docx');
    writeFileSync(path, bytes);
    const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
    const entries = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
      .map((p) => p[0])
      .filter((p) => /<w:t xml:space="preserve">\[\d\]<\/w:t>/.test(p));
    expect(entries).toHaveLength(3);
    for (const p of entries) {
      expect(p).toContain('<w:tab/>');
      expect(p).toMatch(/<w:tab w:val="left" w:pos="540"\/>/);
      expect(p).toContain('<w:ind w:left="540" w:hanging="540"/>');
    }
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledStyleXml, localeXml } from '../electron/core/export/citationStyles';
import { buildPdf, type PdfJob } from '../electron/core/export/pdf/buildPdf';
import { defaultResourcesDir } from '../electron/core/export/resources';
import type { ExportOptions } from '../shared/model/export';
import { citation, editorState, excerpt, heading, paragraph, source, text } from './exportNotes';
import { pdfText, squeeze } from './pdfText';
import { useTempDirs } from './tempDir';

const resources = defaultResourcesDir();

const marrow = source(1, 'Harbour dredging resumes', null, {
  author: 'Jane Marrow',
  outlet: 'Coast Times',
  publishedAt: '2026-03-04',
});
const authority = source(2, 'Annual port report', null, {
  author: 'Harbour Authority of Vessmark',
  publishedAt: '2025-11-01',
});
const abbott = source(3, 'Shipping lanes after the thaw', null, {
  creators: [{ family: 'Abbott', given: 'Lena' }],
  author: 'Lena Abbott',
  publishedAt: '2024',
  url: 'https://example.org/lanes',
});

const cite = (s: typeof marrow, locator: string | null) => ({
  ...citation(s),
  locator,
});

/** A long paragraph, so citations fall on different pages. */
const filler = (n: number) =>
  paragraph(
    text(
      `Background paragraph ${n}. ` +
        'The harbour board met again to weigh the dredging plan. '.repeat(12),
    ),
  );

/** One note cited in every style: Marrow twice (the second a repeat), the authority, Abbott. */
function note(): string {
  return editorState([
    heading('h2', 'Situation'),
    paragraph(text('Dredging has resumed'), cite(marrow, 'para. 2'), text('.')),
    ...[1, 2, 3, 4, 5].map(filler),
    paragraph(
      text('The port authority reports record tonnage'),
      cite(authority, 'p. 4'),
      text('.'),
    ),
    ...[6, 7, 8, 9].map(filler),
    paragraph(text('Crews work at night'), cite(marrow, 'para. 5'), text('.')),
    excerpt(7, 'The lanes open three weeks earlier than a decade ago.', abbott, 'p. 12'),
  ]);
}

const options = (style: string, extra: Partial<ExportOptions> = {}): ExportOptions => ({
  paper: 'A4',
  marking: null,
  confirmLowerMarking: false,
  toc: false,
  sourcesList: true,
  style,
  notes: 'footnotes',
  portionMarks: false,
  evidenceAnnex: false,
  author: 'Tester',
  ...extra,
});

const job = (style: string, csl = bundledStyleXml(resources, style), extra = {}): PdfJob => ({
  title: 'Harbour brief',
  content: note(),
  options: options(style, extra),
  banner: '',
  exportedAt: '2026-04-01T10:00:00.000Z',
  keywords: [],
  schemeId: 'tlp',
  resourcesDir: resources,
  csl,
});

describe('citations printed as the style says', () => {
  const tempDir = useTempDirs();

  async function exported(j: PdfJob) {
    const result = await buildPdf(j);
    const path = join(tempDir(), 'brief.pdf');
    writeFileSync(path, result.bytes);
    const pages = Array.from({ length: result.pages }, (_, i) => pdfText(path, i + 1));
    return { result, path, pages, all: pages.join('\n') };
  }

  it('APA: author–date with locators in the text and an alphabetical reference list', async () => {
    const { all } = await exported(job('apa'));
    const flat = all.replace(/\s+/g, ' ');
    expect(flat).toContain('Dredging has resumed (Marrow, 2026, para. 2).');
    expect(flat).toContain('(Harbour Authority of Vessmark, 2025, p. 4)');
    expect(flat).toContain('(Abbott, 2024, p. 12)');
    const references = flat.split(' References ')[1]!;
    const order = ['Abbott, L.', 'Harbour Authority of Vessmark.', 'Marrow, J.'].map((a) =>
      references.indexOf(a),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // An institution is its name, never "Vessmark, Harbour Authority of."
    expect(flat).not.toContain('Vessmark, H');
  });

  it('Chicago notes: each footnote on the page of its marker, short form on repeat, bibliography', async () => {
    const { pages, result, path } = await exported(job('chicago'));
    expect(result.pages).toBeGreaterThan(1);
    const notePages = new Map<number, number>();
    pages.forEach((page, i) => {
      for (const m of page.matchAll(/^\s*(\d)\. (\S.*)$/gm)) notePages.set(Number(m[1]), i + 1);
    });
    expect([...notePages.keys()].sort()).toEqual([1, 2, 3, 4]);
    const anchors = ['Dredginghasresumed', 'recordtonnage', 'Crewsworkatnight', 'decadeago.”'];
    for (const [n, page] of notePages) {
      // The superscript marker follows its words on the very page that prints the note.
      const raw = squeeze(pdfText(path, page, 'raw'));
      expect(raw, `marker ${n} on page ${page}`).toContain(`${anchors[n - 1]}${n}`);
    }
    const flat = pages.join('\n').replace(/\s+/g, ' ');
    expect(flat).toContain(
      '1. Jane Marrow, “Harbour Dredging Resumes,” Coast Times, March 4, 2026, para. 2.',
    );
    expect(flat).toContain('2. Harbour Authority of Vessmark, Annual Port Report (2025), 4.');
    expect(flat).toContain('3. Marrow, “Harbour Dredging Resumes,” para. 5.');
    expect(flat).toContain('Bibliography');
    expect(flat).toContain('Marrow, Jane. “Harbour Dredging Resumes.”');
  });

  it('Chicago notes as endnotes: the notes come together before the bibliography', async () => {
    const { all } = await exported(job('chicago', undefined, { notes: 'endnotes' }));
    const flat = all.replace(/\s+/g, ' ');
    const notes = flat.indexOf(' Notes 1. Jane Marrow');
    expect(notes).toBeGreaterThan(0);
    expect(flat.indexOf('Bibliography')).toBeGreaterThan(notes);
  });

  it('IEEE: numbered in first-cited order', async () => {
    const { all } = await exported(job('ieee'));
    const flat = all.replace(/\s+/g, ' ');
    expect(flat).toContain('Dredging has resumed [1, Para. 2].');
    expect(flat).toContain('record tonnage [2, p. 4]');
    expect(flat).toContain('Crews work at night [1, Para. 5]');
    expect(flat).toMatch(/\[1\] J\. Marrow/);
    expect(flat).toMatch(/\[3\] L\. Abbott/);
  });

  it('uses a style the user added', async () => {
    const xml = bundledStyleXml(resources, 'apa')
      .style.replace(/<title>[^<]*<\/title>/, '<title>House style</title>')
      .replace(/<citation\b[\s\S]*?<\/citation>/, (c) =>
        c.replace(
          /<layout([^>]*)prefix="\("([^>]*)suffix="\)"/,
          '<layout$1prefix="{{"$2suffix="}}"',
        ),
      );
    expect(xml).toContain('prefix="{{"');
    const { all } = await exported(job('user-1', { style: xml, locale: localeXml(resources) }));
    expect(all.replace(/\s+/g, ' ')).toContain('{{Marrow, 2026, para. 2}}');
  });
});

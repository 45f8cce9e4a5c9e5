import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledStyleXml, localeXml } from '../electron/core/export/citationStyles';
import { buildPdf, type PdfJob } from '../electron/core/export/pdf/buildPdf';
import { job, resources } from './citationNote';
import { pdfText, squeeze } from './pdfText';
import { useTempDirs } from './tempDir';

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

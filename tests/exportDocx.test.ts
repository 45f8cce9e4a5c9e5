import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../electron/core/export/docx/buildDocx';
import type { PdfJob } from '../electron/core/export/pdf/buildPdf';
import { markingColors, TLP_SCHEME } from '../shared/markings';
import { abbott, authority, job } from './citationNote';
import { claim, editorState, paragraph, text as textNode } from './exportNotes';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

/** The text Word shows, and one part of the package's XML (unzipped as Word would). */
async function exported(j: PdfJob) {
  const { bytes } = await buildDocx(j);
  const path = join(tempDir(), 'brief.docx');
  writeFileSync(path, bytes);
  const text = (await mammoth.extractRawText({ path })).value.replace(/\s+/g, ' ');
  const part = (name: string) => {
    try {
      return execFileSync('unzip', ['-p', path, name], { encoding: 'utf8' });
    } catch {
      return '';
    }
  };
  return { text, part };
}

describe('Word export', () => {
  it('APA: author–date in the text, an alphabetical reference list, every quote word for word', async () => {
    const { text } = await exported(job('apa'));
    expect(text).toContain('Dredging has resumed (Marrow, 2026, para. 2).');
    expect(text).toContain(
      '“The lanes open three weeks earlier than a decade ago.” (Abbott, 2024, p. 12)',
    );
    const references = text.split('References')[1]!;
    const at = ['Abbott, L.', 'Harbour Authority of Vessmark.', 'Marrow, J.'].map((a) =>
      references.indexOf(a),
    );
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('Chicago: real Word footnotes, full then short, and a bibliography', async () => {
    const { part, text } = await exported(job('chicago'));
    const document = part('word/document.xml');
    expect(document.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(4);
    const notes = part('word/footnotes.xml').replace(/<[^>]+>/g, '');
    expect(notes).toContain('Jane Marrow, “Harbour Dredging Resumes,”');
    expect(notes).toContain('Marrow, “Harbour Dredging Resumes,” para. 5.');
    expect(notes).toContain('Harbour Authority of Vessmark, Annual Port Report (2025), 4.');
    expect(text).toContain('Bibliography');
  });

  it('prints the marking in every page header and footer, and portion marks', async () => {
    const j = job('ieee');
    const marked = {
      ...j,
      banner: 'TLP:AMBER',
      options: { ...j.options, portionMarks: true },
      content: j.content.replace('"marking":null', '"marking":"TLP:AMBER"'),
    };
    const { part, text } = await exported(marked);
    expect(part('word/header1.xml')).toContain('TLP:AMBER');
    expect(part('word/footer1.xml')).toContain('TLP:AMBER');
    expect(part('word/footer1.xml')).toContain('PAGE');
    expect(text).toContain('(TLP:AMBER) Dredging has resumed [1, Para. 2].');
  });

  it('states each claim with its ICD 203 likelihood and analytic confidence, as the PDF does', async () => {
    const evidence = (
      excerptId: number,
      relation: 'supports' | 'contradicts',
      source: typeof abbott,
      quote: string,
    ) => ({
      excerptId,
      relation,
      quote,
      locator: 'p. 3',
      marking: null,
      source,
      reliability: 'B' as const,
      credibility: 2 as const,
    });
    const j = job('apa', undefined, { evidenceAnnex: true });
    const { part } = await exported({
      ...j,
      content: editorState([
        paragraph(textNode('The season opens early.')),
        claim(5, 'The northern lanes will open before May.', [
          evidence(21, 'supports', abbott, 'The lanes open three weeks earlier.'),
          evidence(22, 'contradicts', authority, 'Ice held the berths into May.'),
        ]),
      ]),
    });
    const words = part('word/document.xml')
      .replace(/<w:tab\/>/g, ' ')
      .replace(/<[^>]+>/g, '');
    // In the claim box, as the PDF labels it.
    expect(words).toContain('CLAIM · LIKELY (55–80%); MODERATE CONFIDENCE');
    expect(words).toContain('The northern lanes will open before May.');
    expect(words).toMatch(/Supported by \(Abbott, 2024, p\. 3\)/);
    expect(words).toMatch(/Contradicted by \(Harbour Authority of Vessmark, 2025, p\. 3\)/);
    // In the evidence annex, in the PDF's words, with each item's grading.
    expect(words).toContain(
      'Claim 1. The northern lanes will open before May. Likelihood: likely (55–80%). Analytic confidence: moderate.',
    );
    expect(words).toContain('SUPPORTS“The lanes open three weeks earlier.”');
    expect(words).toContain('CONTRADICTS“Ice held the berths into May.”');
    expect(words).toMatch(/Grading B2/);
  });

  it("sets the banner in the marking's own colours in header and footer, as the PDF does", async () => {
    const j = job('apa');
    const { part } = await exported({ ...j, banner: 'TLP:AMBER' });
    const colours = markingColors(TLP_SCHEME, 'TLP:AMBER');
    const [text, fill] = [colours.text, colours.background].map((c) => c.replace('#', ''));
    for (const name of ['word/header1.xml', 'word/footer1.xml']) {
      const xml = part(name);
      const run = /<w:r>((?:(?!<\/w:r>).)*?TLP:AMBER(?:(?!<w:r>).)*?)<\/w:r>/s.exec(xml)?.[0] ?? '';
      expect(run, name).toContain(`<w:color w:val="${text}"/>`);
      expect(run, name).toMatch(new RegExp(`<w:shd [^>]*w:fill="${fill}"`));
      // TLP 2.0 asks for 12 pt labels (24 half-points).
      expect(run, name).toContain('<w:sz w:val="24"/>');
    }
  });
});

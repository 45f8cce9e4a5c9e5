import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../electron/core/export/docx/buildDocx';
import type { PdfJob } from '../electron/core/export/pdf/buildPdf';
import { job } from './citationNote';
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
});

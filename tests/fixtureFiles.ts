import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
}

/** Builds a real PDF with pdfmake from a document definition (standard fonts, no file access). */
export async function makePdf(
  content: unknown[],
  info: Record<string, string> = {},
): Promise<Buffer> {
  const pdfmake = require('pdfmake') as PdfMake;
  pdfmake.setFonts({
    Helvetica: {
      normal: 'Helvetica',
      bold: 'Helvetica-Bold',
      italics: 'Helvetica-Oblique',
      bolditalics: 'Helvetica-BoldOblique',
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  // The standard PDF fonts are built in; nothing else may be read from disk.
  pdfmake.setLocalAccessPolicy((path) => /^Helvetica(-\w+)?$/.test(path));
  return pdfmake.createPdf({ content, info, defaultStyle: { font: 'Helvetica' } }).getBuffer();
}

/** A Word document with a heading and paragraphs. */
export async function makeDocx(heading: string, paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }),
          ...paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

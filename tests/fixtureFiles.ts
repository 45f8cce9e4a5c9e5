import { makeZip } from './zipFile';
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

export { makeZip };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const paragraphsXml = (paragraphs: string[]) =>
  paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');

/**
 * A minimal Word package written part by part: a body, and optionally core properties,
 * footnotes and endnotes (each note a list of paragraphs).
 */
export function makeDocxParts(parts: {
  body: string[];
  core?: string;
  footnotes?: string[][];
  endnotes?: string[][];
}): Buffer {
  const notes = (tag: 'footnote' | 'endnote', list: string[][]) =>
    `<?xml version="1.0" encoding="UTF-8"?><w:${tag}s xmlns:w="${W}">` +
    `<w:${tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${tag}>` +
    list.map((n, i) => `<w:${tag} w:id="${i + 1}">${paragraphsXml(n)}</w:${tag}>`).join('') +
    `</w:${tag}s>`;
  const entries: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paragraphsXml(parts.body)}</w:body></w:document>`,
  };
  if (parts.core !== undefined)
    entries['docProps/core.xml'] =
      '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `${parts.core}</cp:coreProperties>`;
  if (parts.footnotes) entries['word/footnotes.xml'] = notes('footnote', parts.footnotes);
  if (parts.endnotes) entries['word/endnotes.xml'] = notes('endnote', parts.endnotes);
  return makeZip(entries);
}

/**
 * A one-page PDF written object by object, with an Info dictionary and an optional XMP packet:
 * pdfmake cannot write XMP, and real publishers' PDFs carry it.
 */
export function makePdfWithXmp(text: string, info: Record<string, string>, xmp?: string): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 12 Tf 72 720 Td (${esc(text)}) Tj ET`;
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R${xmp ? ' /Metadata 6 0 R' : ''} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...(xmp
      ? [
          `<< /Type /Metadata /Subtype /XML /Length ${Buffer.byteLength(xmp)} >>\nstream\n${xmp}\nendstream`,
        ]
      : []),
    `<< ${Object.entries(info)
      .map(([k, v]) => `/${k} (${esc(v)})`)
      .join(' ')} >>`,
  ];
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

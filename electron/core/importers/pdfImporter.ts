import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { deriveTitle, normalizeText, stripBoilerplate } from './normalizeText';
import { pdfDetails, type PdfMetaInput } from './pdfMetadata';
import type { Importer } from './types';
import { ImportRefusal } from './types';

/**
 * PDFs with a text layer. Pages are joined by a blank line and the start of each page is kept,
 * so an excerpt gets a page locator.
 */
export const importPdf: Importer = async ({ fileName, bytes }) => {
  let pages: string[];
  let meta: PdfMetaInput = { info: {}, xmp: null };
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), {
      isEvalSupported: false,
      stopAtErrors: false,
    });
    try {
      const read = await getMeta(pdf);
      meta = { info: (read.info ?? {}) as Record<string, unknown>, xmp: read.metadata ?? null };
    } catch {
      meta = { info: {}, xmp: null };
    }
    pages = (await extractText(pdf, { mergePages: false })).text;
    await pdf.destroy();
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/password/i.test(message)) throw new ImportRefusal('The PDF is password-protected.');
    throw new ImportRefusal(`The PDF could not be read (${message.slice(0, 200)}).`);
  }
  const pageOffsets: number[] = [];
  let text = '';
  for (const page of pages) {
    const pageText = normalizeText(page);
    pageOffsets.push(text.length + (text && pageText ? 2 : 0));
    if (pageText) text += (text ? '\n\n' : '') + pageText;
  }
  // Offsets recorded before an empty page may point past the end; clamp them.
  for (let i = 0; i < pageOffsets.length; i++)
    pageOffsets[i] = Math.min(pageOffsets[i]!, text.length);
  if (!text.trim()) throw new ImportRefusal('The PDF has no text layer — scanned document?');
  const cleaned = stripBoilerplate(text);
  const details = pdfDetails(meta);
  return {
    kind: 'pdf',
    title: details.title ?? deriveTitle(cleaned, fileName),
    creators: details.creators,
    outlet: null,
    publishedAt: details.publishedAt,
    url: null,
    language: details.language,
    marking: null,
    tags: [],
    note: '',
    found: details.found,
    warnings: [],
    text: cleaned,
    pageOffsets: pageOffsets.map((o) => Math.min(o, cleaned.length)),
    mime: 'application/pdf',
  };
};

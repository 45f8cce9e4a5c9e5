import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { deriveTitle, normalizeText, stripBoilerplate } from './normalizeText';
import type { Importer } from './types';
import { ImportRefusal } from './types';

/** PDF info dates look like D:20240131120000+01'00'. */
function pdfDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^D?:?(\d{4})(\d{2})?(\d{2})?/.exec(value);
  if (!m) return null;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

/**
 * PDFs with a text layer. Pages are joined by a blank line and the start of each page is kept,
 * so an excerpt gets a page locator.
 */
export const importPdf: Importer = async ({ fileName, bytes }) => {
  let pages: string[];
  let info: Record<string, unknown> = {};
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), {
      isEvalSupported: false,
      stopAtErrors: false,
    });
    try {
      info = ((await getMeta(pdf)).info ?? {}) as Record<string, unknown>;
    } catch {
      info = {};
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
  const metaTitle =
    typeof info.Title === 'string' && info.Title.trim() ? normalizeText(info.Title) : null;
  const author =
    typeof info.Author === 'string' && info.Author.trim() ? normalizeText(info.Author) : null;
  return {
    kind: 'pdf',
    title: metaTitle ?? deriveTitle(cleaned, fileName),
    author,
    outlet: null,
    publishedAt: pdfDate(info.CreationDate),
    url: null,
    text: cleaned,
    pageOffsets: pageOffsets.map((o) => Math.min(o, cleaned.length)),
    mime: 'application/pdf',
  };
};

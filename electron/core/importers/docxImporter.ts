import mammoth from 'mammoth';
import { checkDocxArchive } from './archiveGuard';
import { deriveTitle, looksLikeHeadline, normalizeText, stripBoilerplate } from './normalizeText';
import type { Importer } from './types';
import { ImportRefusal } from './types';

/** Word documents: the raw text of every paragraph; a headline-like first paragraph is the title. */
export const importDocx: Importer = async ({ fileName, bytes, limits }) => {
  // mammoth inflates every part whole: check what they expand to first.
  checkDocxArchive(bytes, limits);
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch (error) {
    throw new ImportRefusal(
      `The Word document could not be read (${String((error as Error).message ?? error).slice(0, 200)}).`,
    );
  }
  let text = stripBoilerplate(normalizeText(raw));
  if (!text) throw new ImportRefusal('The document has no text.');
  let title: string | null = null;
  const newline = text.indexOf('\n');
  if (newline !== -1 && looksLikeHeadline(text.slice(0, newline))) {
    title = text.slice(0, newline).trim();
    text = text.slice(newline + 1).trim();
  }
  return {
    kind: 'docx',
    title: title ?? deriveTitle(text, fileName),
    author: null,
    outlet: null,
    publishedAt: null,
    url: null,
    text,
    pageOffsets: null,
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  };
};

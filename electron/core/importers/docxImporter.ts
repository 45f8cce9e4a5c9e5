import mammoth from 'mammoth';
import type { FoundField } from '../../../shared/model';
import { checkDocxArchive } from './archiveGuard';
import { readCoreProperties } from './docx/coreProperties';
import { docxNotesText } from './docx/docxNotes';
import { deriveTitle, looksLikeHeadline, normalizeText, stripBoilerplate } from './normalizeText';
import type { Importer } from './types';
import { ImportRefusal } from './types';

/**
 * Word documents: the raw text of every paragraph, then the footnotes and endnotes; a
 * headline-like first paragraph leaves the body. Title, creators and date come from the
 * document's core properties when it has them.
 */
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
  let body = stripBoilerplate(normalizeText(raw));
  let headline: string | null = null;
  const newline = body.indexOf('\n');
  if (newline !== -1 && looksLikeHeadline(body.slice(0, newline))) {
    headline = body.slice(0, newline).trim();
    body = body.slice(newline + 1).trim();
  }
  const notes = docxNotesText(bytes);
  const text = [body, normalizeText(notes.text)].filter(Boolean).join('\n\n');
  if (!text) throw new ImportRefusal('The document has no text.');
  const core = readCoreProperties(bytes);
  const found: FoundField[] = [];
  if (core.title) found.push('title');
  if (core.creators.length) found.push('creators');
  if (core.created) found.push('publishedAt');
  if (core.language) found.push('language');
  if (notes.count) found.push('notes');
  return {
    kind: 'docx',
    title: core.title ?? headline ?? deriveTitle(text, fileName),
    creators: core.creators,
    outlet: null,
    publishedAt: core.created,
    url: null,
    language: core.language,
    marking: null,
    tags: [],
    note: core.subject ? `Subject: ${core.subject}` : '',
    found,
    warnings: [],
    text,
    pageOffsets: null,
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  };
};

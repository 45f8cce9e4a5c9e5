import { z } from 'zod';
import type { StyleXml } from '../citations/cslEngine';
import { STYLE_ID_PATTERN, type CitationStyleInfo } from '../citations/styles';
import { method } from './define';

/** The largest `.csl` file accepted (the biggest bundled style is about 200 kB). */
export const MAX_CSL_CHARS = 1_000_000;

const noteId = z.number().int().positive();
const styleId = z.string().regex(STYLE_ID_PATTERN, 'Unknown citation style.');

/** A note's citation style, with what the editor needs to print citations in it. */
export interface NoteStyle {
  style: string;
  xml: StyleXml;
}

export const citationsApi = {
  /** The styles a note can be cited in: the bundled six and any the user added. */
  'citations.styles': method(z.object({}).strict()).returns<CitationStyleInfo[]>(),
  /** Adds a `.csl` file to the library after checking it; `bad_request` says what is wrong. */
  'citations.addStyle': method(
    z.object({ xml: z.string().min(1).max(MAX_CSL_CHARS) }).strict(),
  ).returns<CitationStyleInfo>(),
  /** The style a note is cited in (the one it was last exported in; Chicago at first). */
  'citations.noteStyle': method(z.object({ noteId }).strict()).returns<NoteStyle>(),
  /** Changes the style a note is cited in; the editor and the next export use it. */
  'citations.setNoteStyle': method(
    z.object({ noteId, style: styleId }).strict(),
  ).returns<NoteStyle>(),
};

import { z } from 'zod';
import { method } from './define';
import { STYLE_ID_PATTERN } from '../citations/styles';
import {
  NOTE_PLACEMENTS,
  PAPER_SIZES,
  type ExportDefaults,
  type ExportProgress,
  type ExportRecord,
  type ExportResult,
} from '../model/export';

export const MAX_MARKING_LENGTH = 200;
export const MAX_AUTHOR_LENGTH = 200;

const noteId = z.number().int().positive();

export const exportOptionsSchema = z
  .object({
    paper: z.enum(PAPER_SIZES).default('A4'),
    marking: z.string().trim().max(MAX_MARKING_LENGTH).nullable().default(null),
    confirmLowerMarking: z.boolean().default(false),
    toc: z.boolean().default(false),
    sourcesList: z.boolean().default(true),
    style: z.string().regex(STYLE_ID_PATTERN, 'Unknown citation style.').nullable().default(null),
    notes: z.enum(NOTE_PLACEMENTS).default('footnotes'),
    portionMarks: z.boolean().default(false),
    markEveryPortion: z.boolean().default(false),
    tagKeywords: z.boolean().default(false),
    evidenceAnnex: z.boolean().default(false),
    author: z.string().trim().max(MAX_AUTHOR_LENGTH).default(''),
    /** Keys (`excerpt:12`) of items not verified that the user acknowledged for this export. */
    acknowledged: z
      .array(z.string().regex(/^(excerpt|claim|source):\d+$/))
      .max(10_000)
      .default([]),
  })
  .strict();

export const exportApi = {
  /** Defaults for the export dialog: the rolled-up marking and the author. */
  'export.defaults': method(z.object({ noteId }).strict()).returns<ExportDefaults>(),
  /**
   * Exports a note to PDF. Where the host can ask for a save path (Electron), the file is written
   * there; elsewhere (the browser host) the PDF comes back as base64 for download.
   * A banner less strict than the note's material fails with `conflict` unless confirmed.
   */
  'export.pdf': method(
    z.object({ noteId, options: exportOptionsSchema.prefault({}) }).strict(),
  ).returns<ExportResult>(),
  /** Exports a note to a Word file (.docx): the same content, citations and marking as the PDF. */
  'export.docx': method(
    z.object({ noteId, options: exportOptionsSchema.prefault({}) }).strict(),
  ).returns<ExportResult>(),
  /** Progress of a running `export.pdf` for this note, for a progress bar (poll it). */
  'export.progress': method(z.object({ noteId }).strict()).returns<ExportProgress>(),
  /** Stops a running `export.pdf` of this note; that call then answers `{ kind: 'cancelled' }`. */
  'export.cancel': method(z.object({ noteId }).strict()).returns<{ cancelled: boolean }>(),
  /** Past exports of a note, newest first: banner, marking decisions and the revision sent. */
  'export.history': method(z.object({ noteId }).strict()).returns<ExportRecord[]>(),
};

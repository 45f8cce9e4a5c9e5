import { z } from 'zod';
import { method } from './define';
import type {
  CitationLookup,
  IntegrityReport,
  Note,
  NoteRevision,
  NoteRevisionSummary,
  NoteSaveResult,
  NoteSummary,
} from '../model';
import { NOTE_TEMPLATES } from '../model/notes';
import { validateNoteContent } from '../note/noteContent';

export const MAX_NOTE_TITLE = 500;
/** A 20,000-word note with hundreds of citations serializes to a few MB; this leaves room. */
export const MAX_NOTE_CONTENT_BYTES = 32 * 1024 * 1024;

const noteId = z.number().int().positive();

/**
 * Serialized Lexical state: JSON whose `root` holds only registered node types, each of the right
 * shape and in a place it may stand, nested no deeper than the limit.
 */
export const editorStateJson = z
  .string()
  .max(MAX_NOTE_CONTENT_BYTES)
  .superRefine((text, ctx) => {
    const check = validateNoteContent(text);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
  });

export const notesApi = {
  /** Notes, newest first; `trashed: true` lists the trash instead. */
  'notes.list': method(z.object({ trashed: z.boolean().optional() }).strict()).returns<
    NoteSummary[]
  >(),
  'notes.create': method(
    z
      .object({
        title: z.string().max(MAX_NOTE_TITLE).optional(),
        content: editorStateJson.optional(),
        /** Starting structure when no content is given. */
        template: z.enum(NOTE_TEMPLATES).optional(),
      })
      .strict(),
  ).returns<Note>(),
  'notes.get': method(z.object({ id: noteId }).strict()).returns<Note>(),
  'notes.save': method(
    z
      .object({
        id: noteId,
        title: z.string().max(MAX_NOTE_TITLE),
        content: editorStateJson,
        /**
         * The revision this content was edited from (the app always sends it). When the note
         * has moved on since, both versions are kept: the newer one becomes a revision.
         */
        baseRevision: z.number().int().min(0).optional(),
      })
      .strict(),
  ).returns<NoteSaveResult>(),
  'notes.rename': method(
    z.object({ id: noteId, title: z.string().max(MAX_NOTE_TITLE) }).strict(),
  ).returns<NoteSummary>(),
  'notes.duplicate': method(z.object({ id: noteId }).strict()).returns<Note>(),
  /** Moves a note to the trash (restorable). */
  'notes.delete': method(z.object({ id: noteId }).strict()).returns<NoteSummary>(),
  'notes.restore': method(z.object({ id: noteId }).strict()).returns<NoteSummary>(),
  'notes.revisions': method(z.object({ id: noteId }).strict()).returns<NoteRevisionSummary[]>(),
  'notes.revision': method(z.object({ revisionId: noteId }).strict()).returns<NoteRevision>(),
  /** Makes an old revision current again; the state it replaces is kept as a revision first. */
  'notes.restoreRevision': method(z.object({ revisionId: noteId }).strict()).returns<Note>(),
  /** Snapshots the note as it is now (the export calls this on every export). */
  'notes.recordRevision': method(
    z.object({ id: noteId, reason: z.enum(['export', 'manual']).default('manual') }).strict(),
  ).returns<NoteRevisionSummary>(),
  /** Notes citing an excerpt, a claim or a source (give exactly one id). */
  'notes.usage': method(
    z
      .object({
        excerptId: noteId.optional(),
        claimId: noteId.optional(),
        sourceId: noteId.optional(),
      })
      .strict()
      .refine(
        (v) => [v.excerptId, v.claimId, v.sourceId].filter((x) => x !== undefined).length === 1,
        { message: 'give exactly one of excerptId, claimId, sourceId' },
      ),
  ).returns<NoteSummary[]>(),
  /** The library's current copies of cited items, so a note can flag changed or removed ones. */
  'notes.lookupCitations': method(
    z
      .object({
        excerptIds: z.array(noteId).max(5000).default([]),
        claimIds: z.array(noteId).max(5000).default([]),
        sourceIds: z.array(noteId).max(5000).default([]),
      })
      .strict(),
  ).returns<CitationLookup>(),
  /**
   * The integrity check: each quote, claim and citation of a note against the library. Give the
   * note's id (its saved content) or `content` (the editor's current, possibly unsaved, state).
   */
  'notes.verify': method(
    z
      .object({ id: noteId.optional(), content: editorStateJson.optional() })
      .strict()
      .refine((v) => (v.id === undefined) !== (v.content === undefined), {
        message: 'give either id or content',
      }),
  ).returns<IntegrityReport>(),
  /**
   * Refresh for a whole note: changed snapshots take the library's copy and items removed from
   * the library are unlinked (their words kept). The state before is kept as a revision.
   */
  'notes.refreshCitations': method(z.object({ id: noteId }).strict()).returns<IntegrityReport>(),
};

import { z } from 'zod';
import { method } from './define';
import type { Note, NoteSummary } from '../model';

export const MAX_NOTE_TITLE = 500;
/** A 20,000-word note with hundreds of citations serializes to a few MB; this leaves room. */
export const MAX_NOTE_CONTENT_BYTES = 32 * 1024 * 1024;

const noteId = z.number().int().positive();

/** Serialized Lexical state: JSON text whose top level has a `root` object. */
export const editorStateJson = z
  .string()
  .max(MAX_NOTE_CONTENT_BYTES)
  .refine(
    (text) => {
      try {
        const parsed: unknown = JSON.parse(text);
        return (
          typeof parsed === 'object' &&
          parsed !== null &&
          typeof (parsed as { root?: unknown }).root === 'object'
        );
      } catch {
        return false;
      }
    },
    { message: 'content must be a serialized editor state (JSON with a root node)' },
  );

export const notesApi = {
  'notes.list': method(z.object({}).strict()).returns<NoteSummary[]>(),
  'notes.create': method(
    z
      .object({
        title: z.string().max(MAX_NOTE_TITLE).optional(),
        content: editorStateJson.optional(),
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
      })
      .strict(),
  ).returns<NoteSummary>(),
};

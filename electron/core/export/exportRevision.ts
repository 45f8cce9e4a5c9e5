import type { CoreContext } from '../context';

/**
 * The one place an export records a revision of its note, so what was sent can be found again.
 * Note revisions belong to the notes module; until it offers `recordRevision`, this does nothing
 * and says so (returns false).
 */
export function recordExportRevision(ctx: CoreContext, noteId: number, reason: string): boolean {
  const notes = ctx.notes as Partial<{ recordRevision(noteId: number, reason: string): unknown }>;
  if (typeof notes.recordRevision !== 'function') return false;
  notes.recordRevision(noteId, reason);
  return true;
}

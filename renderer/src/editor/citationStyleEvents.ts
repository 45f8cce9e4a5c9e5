import type { NoteStyle } from '../../../shared/api/citations';

type Listener = (noteId: number, style: NoteStyle) => void;
const listeners = new Set<Listener>();

/**
 * A note's citation style changed (in the export dialog): the open editor re-renders its
 * citations in the new style. The dialog and the editor live in different React trees.
 */
export function publishNoteStyle(noteId: number, style: NoteStyle): void {
  for (const listener of listeners) listener(noteId, style);
}

export function onNoteStyle(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

import type { notesApi } from '../../../shared/api/notes';
import type { CoreContext } from '../context';
import type { HandlersFor } from './types';

export function notesHandlers(ctx: CoreContext): HandlersFor<keyof typeof notesApi> {
  return {
    'notes.list': () => ctx.notes.list(),
    'notes.create': ({ title, content }) => ctx.notes.create(title, content),
    'notes.get': ({ id }) => ctx.notes.get(id),
    'notes.save': ({ id, title, content }) => ctx.notes.save(id, title, content),
  };
}

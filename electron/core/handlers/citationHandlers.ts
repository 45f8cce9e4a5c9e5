import type { citationsApi } from '../../../shared/api/citations';
import type { CoreContext } from '../context';
import { createCitationStyles } from '../export/citationStyles';
import { defaultResourcesDir } from '../export/resources';
import type { HandlersFor } from './types';

export function citationHandlers(ctx: CoreContext): HandlersFor<keyof typeof citationsApi> {
  const styles = createCitationStyles(ctx.db, defaultResourcesDir());
  const noteStyle = (noteId: number) => {
    ctx.notes.get(noteId);
    const style = styles.ofNote(noteId);
    return { style, xml: styles.resolve(style) };
  };
  return {
    'citations.styles': () => styles.list(),
    'citations.addStyle': ({ xml }) => styles.add(xml),
    'citations.noteStyle': ({ noteId }) => noteStyle(noteId),
    'citations.setNoteStyle': ({ noteId, style }) => {
      ctx.notes.get(noteId);
      styles.setForNote(noteId, style);
      return noteStyle(noteId);
    },
  };
}

import type { notesApi } from '../../../shared/api/notes';
import type { CoreContext } from '../context';
import { createIntegrityCheck } from '../integrity/verifyNote';
import { refreshContent } from '../integrity/refreshContent';
import { createCitationLookup } from '../notes/citationLookup';
import type { HandlersFor } from './types';
import { writeTransaction } from '../db/writeTransaction';

export function notesHandlers(ctx: CoreContext): HandlersFor<keyof typeof notesApi> {
  const citations = createCitationLookup(ctx.db);
  const integrity = createIntegrityCheck(ctx.db);
  return {
    'notes.list': ({ trashed }) => ctx.notes.list(trashed ?? false),
    'notes.create': ({ title, content, template }) => ctx.notes.create(title, content, template),
    'notes.get': ({ id }) => ctx.notes.get(id),
    'notes.save': ({ id, title, content, baseRevision }) =>
      ctx.notes.save(id, title, content, baseRevision),
    'notes.rename': ({ id, title }) => ctx.notes.rename(id, title),
    'notes.duplicate': ({ id }) => ctx.notes.duplicate(id),
    'notes.delete': ({ id }) => ctx.notes.trash(id),
    'notes.restore': ({ id }) => ctx.notes.restore(id),
    'notes.revisions': ({ id }) => ctx.notes.revisions(id),
    'notes.revision': ({ revisionId }) => ctx.notes.revision(revisionId),
    'notes.restoreRevision': ({ revisionId }) => ctx.notes.restoreRevision(revisionId),
    'notes.recordRevision': ({ id, reason }) => ctx.notes.recordRevision(id, reason),
    'notes.usage': (query) => ctx.notes.usage(query),
    'notes.lookupCitations': ({ excerptIds, claimIds, sourceIds }) =>
      citations.lookup(excerptIds, claimIds, sourceIds),
    'notes.verify': ({ id, content }) =>
      integrity.verifyContent(content ?? ctx.notes.get(id!).content),
    'notes.refreshCitations': ({ id }) =>
      writeTransaction(ctx.db, () => {
        const note = ctx.notes.get(id);
        const report = integrity.verifyContent(note.content);
        if (report.verified) return report;
        ctx.notes.recordRevision(id, 'manual');
        ctx.notes.save(id, note.title, refreshContent(note.content, report));
        return integrity.verifyContent(ctx.notes.get(id).content);
      })(),
  };
}

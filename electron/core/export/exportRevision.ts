import type { CoreContext } from '../context';
import type { ExportLog, NewExportRecord } from './exportLog';
import { writeTransaction } from '../db/writeTransaction';

/**
 * Records an export in the note's history: a revision snapshot (so what was sent can be found
 * again) and a row in the export log saying under which banner it went, and whether that banner
 * was knowingly set below the note's strictest cited marking. Both in one transaction.
 */
export function recordExport(
  ctx: CoreContext,
  log: ExportLog,
  record: Omit<NewExportRecord, 'revisionId'>,
) {
  return writeTransaction(ctx.db, () => {
    const revision = ctx.notes.recordRevision(record.noteId, 'export');
    return log.add({ ...record, revisionId: revision.id });
  })();
}

import type { exportApi } from '../../../shared/api/export';
import type { ExportResult } from '../../../shared/model/export';
import type { CoreContext } from '../context';
import { createExportLog } from '../export/exportLog';
import { exportDefaults, planExport, runExport, suggestedFileName } from '../export/exportNote';
import { warmUpPdfWorker } from '../export/runPdfJob';
import type { HostServices } from '../host';
import type { HandlersFor } from './types';

export function exportHandlers(
  ctx: CoreContext,
  host: HostServices,
): HandlersFor<keyof typeof exportApi> {
  const log = createExportLog(ctx.db);
  // Progress of running exports by note id; an entry lives only while its export runs.
  const running = new Map<number, number>();
  const track = async <T>(
    noteId: number,
    work: (onProgress: (f: number) => void) => Promise<T>,
  ) => {
    running.set(noteId, 0);
    try {
      return await work((fraction) => running.set(noteId, fraction));
    } finally {
      running.delete(noteId);
    }
  };
  return {
    'export.progress': ({ noteId }) => ({
      active: running.has(noteId),
      fraction: running.get(noteId) ?? 0,
    }),
    'export.defaults': ({ noteId }) => {
      const defaults = exportDefaults(ctx, noteId);
      // The dialog is open: start the PDF worker now so the export itself starts warm.
      warmUpPdfWorker();
      return defaults;
    },
    'export.history': ({ noteId }) => {
      ctx.notes.get(noteId);
      return log.forNote(noteId);
    },
    'export.pdf': async ({ noteId, options }): Promise<ExportResult> => {
      // Check everything (note, marking confirmation) before asking where to save.
      const plan = planExport(ctx, noteId, options);
      const fileName = suggestedFileName(plan.title);
      if (host.chooseSavePath) {
        const path = await host.chooseSavePath(fileName, [{ name: 'PDF', extensions: ['pdf'] }]);
        if (path === null) return { kind: 'cancelled' };
        const {
          pdf: _pdf,
          recordId: _id,
          ...summary
        } = await track(noteId, (onProgress) => runExport(ctx, log, plan, path, onProgress));
        return { kind: 'saved', path, ...summary };
      }
      const {
        pdf,
        recordId: _id,
        ...summary
      } = await track(noteId, (onProgress) => runExport(ctx, log, plan, null, onProgress));
      return {
        kind: 'download',
        fileName,
        base64: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64'),
        ...summary,
      };
    },
  };
}

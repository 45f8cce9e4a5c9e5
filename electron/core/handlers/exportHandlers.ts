import type { exportApi } from '../../../shared/api/export';
import type { ExportFormat, ExportOptions, ExportResult } from '../../../shared/model/export';
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
  const FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
    pdf: { name: 'PDF', extensions: ['pdf'] },
    docx: { name: 'Word document', extensions: ['docx'] },
  };
  const exportTo = async (
    format: ExportFormat,
    noteId: number,
    options: ExportOptions,
  ): Promise<ExportResult> => {
    // Check everything (note, marking confirmation) before asking where to save.
    const plan = planExport(ctx, noteId, options);
    const fileName = suggestedFileName(plan.title, format);
    const run = (path: string | null) =>
      track(noteId, (onProgress) => runExport(ctx, log, plan, path, onProgress, format));
    if (host.chooseSavePath) {
      const path = await host.chooseSavePath(fileName, [FILTERS[format]]);
      if (path === null) return { kind: 'cancelled' };
      const { pdf: _bytes, recordId: _id, ...summary } = await run(path);
      return { kind: 'saved', path, ...summary };
    }
    const { pdf, recordId: _id, ...summary } = await run(null);
    return {
      kind: 'download',
      fileName,
      base64: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64'),
      ...summary,
    };
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
    'export.pdf': ({ noteId, options }) => exportTo('pdf', noteId, options),
    'export.docx': ({ noteId, options }) => exportTo('docx', noteId, options),
  };
}

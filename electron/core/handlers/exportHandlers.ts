import type { exportApi } from '../../../shared/api/export';
import type { ExportFormat, ExportOptions, ExportResult } from '../../../shared/model/export';
import type { CoreContext } from '../context';
import { createExportLog } from '../export/exportLog';
import type * as ExportNote from '../export/exportNote';
import type { ExportOutcome } from '../export/exportNote';
import type * as PdfJob from '../export/runPdfJob';
import type { PdfJobControl } from '../export/runPdfJob';
import type { HostServices } from '../host';
import type { HandlersFor } from './types';

/**
 * The export code (pdfmake, pdfkit's fonts, docx, the briefing model) loads on the first export
 * call, not with the host: it is most of what a host would otherwise load before its first answer.
 */
type ExportModules = [typeof ExportNote, typeof PdfJob];
let exportModules: Promise<ExportModules> | null = null;
let loadedModules: ExportModules | null = null;
const loadExport = () =>
  (exportModules ??= Promise.all([
    import('../export/exportNote'),
    import('../export/runPdfJob'),
  ]).then((modules) => (loadedModules = modules)));

export function exportHandlers(
  ctx: CoreContext,
  host: HostServices,
): HandlersFor<keyof typeof exportApi> {
  const log = createExportLog(ctx.db);
  // Running exports by note id: progress for the dialog's bar, and the switch that cancels one.
  const running = new Map<number, { fraction: number; abort: AbortController }>();
  /**
   * The export code, loading it on first use. The export counts as running (and can be
   * cancelled) while it loads, as it does once it runs; null when it was cancelled meanwhile.
   */
  const modulesFor = async (noteId: number): Promise<ExportModules | null> => {
    if (loadedModules) return loadedModules;
    running.get(noteId)?.abort.abort();
    const entry = { fraction: 0, abort: new AbortController() };
    running.set(noteId, entry);
    try {
      const modules = await loadExport();
      return entry.abort.signal.aborted ? null : modules;
    } finally {
      if (running.get(noteId) === entry) running.delete(noteId);
    }
  };
  const track = async (
    noteId: number,
    work: (control: PdfJobControl) => Promise<ExportOutcome>,
  ): Promise<ExportOutcome | null> => {
    const [, { ExportCancelled }] = await loadExport();
    running.get(noteId)?.abort.abort();
    const entry = { fraction: 0, abort: new AbortController() };
    running.set(noteId, entry);
    try {
      return await work({
        onProgress: (fraction) => (entry.fraction = fraction),
        signal: entry.abort.signal,
      });
    } catch (error) {
      if (error instanceof ExportCancelled) return null;
      throw error;
    } finally {
      if (running.get(noteId) === entry) running.delete(noteId);
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
    const modules = await modulesFor(noteId);
    if (!modules) return { kind: 'cancelled' };
    const [{ planExport, runExport, suggestedFileName }] = modules;
    // Check everything (note, marking confirmation) before asking where to save.
    const plan = planExport(ctx, noteId, options);
    const fileName = suggestedFileName(plan.title, format);
    const run = (path: string | null) =>
      track(noteId, (control) => runExport(ctx, log, plan, path, control, format));
    if (host.chooseSavePath) {
      const path = await host.chooseSavePath(fileName, [FILTERS[format]]);
      if (path === null) return { kind: 'cancelled' };
      const outcome = await run(path);
      if (!outcome) return { kind: 'cancelled' };
      const { pdf: _bytes, recordId: _id, ...summary } = outcome;
      return { kind: 'saved', path, ...summary };
    }
    const outcome = await run(null);
    if (!outcome) return { kind: 'cancelled' };
    const { pdf, recordId: _id, ...summary } = outcome;
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
      fraction: running.get(noteId)?.fraction ?? 0,
    }),
    'export.cancel': ({ noteId }) => {
      const entry = running.get(noteId);
      entry?.abort.abort();
      return { cancelled: entry !== undefined };
    },
    'export.defaults': async ({ noteId }) => {
      const [{ exportDefaults }, { warmUpPdfWorker }] = await loadExport();
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

import { Worker } from 'node:worker_threads';
import { ApiError, type ApiErrorCode } from '../../../shared/errors';
import { reportError } from '../app/log';
import type { PdfJob, PdfJobResult } from './pdf/buildPdf';
import type { WorkerMessage } from './exportWorker';

/** An idle worker is kept this long, so a second export skips start-up (fonts, JIT). */
const IDLE_MS = 120_000;

/**
 * The worker file next to this module: the TypeScript sources need tsx's loader first; the
 * Electron build bundles `exportWorker.js` beside the main bundle (electron.vite.config.ts).
 * Names are held in variables so bundlers leave the URL alone.
 */
function workerUrl(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  const file = fromSources ? './exportWorker.loader.mjs' : './exportWorker.js';
  return new URL(file, import.meta.url);
}

interface Slot {
  worker: Worker;
  busy: boolean;
  idleTimer?: NodeJS.Timeout;
}

let idle: Slot | null = null;

/** An idle warm worker if there is one, else a new one. */
function takeSlot(): Slot {
  if (idle) {
    const slot = idle;
    idle = null;
    clearTimeout(slot.idleTimer);
    slot.worker.ref();
    slot.busy = true;
    return slot;
  }
  const worker = new Worker(workerUrl());
  // A worker that dies while idle must not be handed out again.
  worker.once('exit', () => {
    if (idle?.worker === worker) idle = null;
  });
  return { worker, busy: true };
}

/** Keeps a healthy worker for the next export; it never holds the process open while idle. */
function release(slot: Slot): void {
  slot.busy = false;
  if (idle) {
    void slot.worker.terminate();
    return;
  }
  slot.worker.unref();
  slot.idleTimer = setTimeout(() => {
    if (idle === slot) idle = null;
    void slot.worker.terminate();
  }, IDLE_MS);
  slot.idleTimer.unref();
  idle = slot;
}

/** Starts a worker ahead of an export (e.g. when the export dialog opens). */
export function warmUpPdfWorker(): void {
  if (idle) return;
  release(takeSlot());
}

/** Builds a PDF on a worker thread, so the main process (or host event loop) stays responsive. */
export function runPdfJob(
  job: PdfJob,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<PdfJobResult> {
  return new Promise((resolve, reject) => {
    const slot = takeSlot();
    const { worker } = slot;
    let settled = false;
    const finish = (healthy: boolean, fn: () => void) => {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (healthy) release(slot);
      else void worker.terminate();
      fn();
    };
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.fraction);
      else if (message.type === 'done') {
        finish(true, () =>
          resolve({ bytes: message.bytes, pages: message.pages, warnings: message.warnings }),
        );
      } else {
        // A failure the worker did not expect is a bug; its stack goes to the log.
        if (message.code === 'internal') reportError('export worker', message.stack ?? message);
        finish(true, () => reject(new ApiError(message.code as ApiErrorCode, message.message)));
      }
    };
    const onError = (error: Error) => {
      reportError('export worker', error);
      finish(false, () => reject(error));
    };
    const onExit = (code: number) => {
      const error = new Error(`The export worker stopped unexpectedly (exit code ${code}).`);
      if (!settled) reportError('export worker', error);
      finish(false, () => reject(error));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}

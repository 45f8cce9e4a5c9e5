import { Worker } from 'node:worker_threads';
import { ApiError, type ApiErrorCode } from '../../../shared/errors';
import { reportError } from '../app/log';
import type { PdfJob, PdfJobResult } from './pdf/buildPdf';
import type { WorkerMessage } from './exportWorker';

/** An idle worker is kept this long, so a second export skips start-up (fonts, JIT). */
const IDLE_MS = 120_000;

/** How long one export may run and how much heap its worker may take before it is stopped. */
export interface PdfJobLimits {
  timeLimitMs: number;
  memoryLimitMb: number;
}

export const DEFAULT_PDF_JOB_LIMITS: PdfJobLimits = { timeLimitMs: 90_000, memoryLimitMb: 1536 };

/** Thrown when the user stops an export (Cancel in the dialog, Ctrl+C in the CLI). */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelled';
  }
}

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
function takeSlot(memoryLimitMb: number): Slot {
  if (idle && memoryLimitMb === DEFAULT_PDF_JOB_LIMITS.memoryLimitMb) {
    const slot = idle;
    idle = null;
    clearTimeout(slot.idleTimer);
    slot.worker.ref();
    slot.busy = true;
    return slot;
  }
  const worker = new Worker(workerUrl(), {
    resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb, stackSizeMb: 8 },
  });
  // A worker that dies while idle must not be handed out again.
  worker.once('exit', () => {
    if (idle?.worker === worker) idle = null;
  });
  return { worker, busy: true };
}

/** Keeps a healthy worker for the next export; it never holds the process open while idle. */
function release(slot: Slot, memoryLimitMb: number): void {
  slot.busy = false;
  if (idle || memoryLimitMb !== DEFAULT_PDF_JOB_LIMITS.memoryLimitMb) {
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
  release(takeSlot(DEFAULT_PDF_JOB_LIMITS.memoryLimitMb), DEFAULT_PDF_JOB_LIMITS.memoryLimitMb);
}

export interface PdfJobControl {
  onProgress?: (fraction: number) => void;
  /** Aborting stops the worker at once; the job then fails with ExportCancelled. */
  signal?: AbortSignal;
  limits?: Partial<PdfJobLimits>;
}

/**
 * Builds a PDF on a worker thread, so the main process (or host event loop) stays responsive.
 * The worker runs with a heap limit and a time limit; past either, or on cancel, it is stopped
 * (terminated, never reused) and the job fails with a message saying which.
 */
export function runPdfJob(job: PdfJob, control: PdfJobControl = {}): Promise<PdfJobResult> {
  const limits = { ...DEFAULT_PDF_JOB_LIMITS, ...control.limits };
  const onProgress = control.onProgress ?? (() => undefined);
  const { signal } = control;
  if (signal?.aborted) return Promise.reject(new ExportCancelled());
  return new Promise((resolve, reject) => {
    const slot = takeSlot(limits.memoryLimitMb);
    const { worker } = slot;
    let settled = false;
    const finish = (healthy: boolean, fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (healthy) release(slot, limits.memoryLimitMb);
      else void worker.terminate();
      fn();
    };
    const seconds = Math.round(limits.timeLimitMs / 1000);
    const timer = setTimeout(
      () =>
        finish(false, () =>
          reject(
            new ApiError(
              'too_large',
              `The export took longer than ${seconds} s and was stopped. Very long unbroken text or a very large note can cause this.`,
            ),
          ),
        ),
      limits.timeLimitMs,
    );
    const onAbort = () => finish(false, () => reject(new ExportCancelled()));
    signal?.addEventListener('abort', onAbort, { once: true });
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
    const onError = (error: Error & { code?: string }) => {
      reportError('export worker', error);
      finish(false, () =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new ApiError(
                'too_large',
                `The export needed more than ${limits.memoryLimitMb} MB of memory and was stopped.`,
              )
            : error instanceof RangeError && /call stack/i.test(error.message)
              ? new ApiError('too_large', 'The note is nested too deeply to lay out.')
              : error,
        ),
      );
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

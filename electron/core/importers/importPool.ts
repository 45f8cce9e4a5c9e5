import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DEFAULT_MAX_IMPORT_BYTES } from './index';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './importLimits';
import type { ImportJob, ImportWorkerReply } from './importWorker';
import { ImportRefusal, type ImportedSource } from './types';
import { reportError } from '../app/log';

/**
 * One worker per core, so a folder of saved pages uses the whole machine; past four the memory
 * of more parsers costs more than their speed gives.
 */
export const IMPORT_WORKERS = Math.max(1, Math.min(4, availableParallelism()));
/**
 * A worker is replaced after this many files, or sooner once its heap has grown past
 * RECYCLE_HEAP_MB after a file, so fragmentation and caches cannot pile up. Not after every few
 * files: starting a worker and loading its parsers costs as much as reading dozens of pages.
 */
export const RECYCLE_AFTER = 200;
export const RECYCLE_HEAP_MB = 160;
/** An idle worker is stopped after this long; it never holds the process open. */
const IDLE_MS = 30_000;

/**
 * The worker file next to this module: the TypeScript sources need tsx's loader first; the
 * Electron build bundles `importWorker.js` beside the main bundle (electron.vite.config.ts).
 */
function workerUrl(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  const file = fromSources ? './importWorker.loader.mjs' : './importWorker.js';
  return new URL(file, import.meta.url);
}

export interface ImportPoolOptions {
  recycleAfter?: number;
  recycleHeapMb?: number;
}

interface PooledWorker {
  worker: Worker;
  jobs: number;
  /** Its heap after its last file. */
  heapUsedBytes: number;
  idleTimer?: NodeJS.Timeout;
}

interface Waiting {
  start: (slot: PooledWorker) => void;
}

export interface ImportPoolStats {
  /** Workers started since the process began (recycling starts new ones). */
  started: number;
  running: number;
}

export function createImportPool(
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  { recycleAfter = RECYCLE_AFTER, recycleHeapMb = RECYCLE_HEAP_MB }: ImportPoolOptions = {},
) {
  const idle: PooledWorker[] = [];
  const queue: Waiting[] = [];
  let busy = 0;
  let started = 0;

  const spawn = (): PooledWorker => {
    started++;
    const worker = new Worker(workerUrl(), {
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryLimitMb, stackSizeMb: 8 },
    });
    const slot: PooledWorker = { worker, jobs: 0, heapUsedBytes: 0 };
    worker.once('exit', () => {
      const at = idle.indexOf(slot);
      if (at >= 0) idle.splice(at, 1);
    });
    return slot;
  };

  const acquire = (): Promise<PooledWorker> =>
    new Promise((resolve) => {
      const start = (slot: PooledWorker) => {
        clearTimeout(slot.idleTimer);
        slot.worker.ref();
        resolve(slot);
      };
      if (idle.length) start(idle.pop()!);
      else if (busy < IMPORT_WORKERS) start(spawn());
      else {
        queue.push({ start });
        return;
      }
      busy++;
    });

  const startNext = (): void => {
    const next = queue.shift();
    if (next) {
      busy++;
      next.start(idle.pop() ?? spawn());
    }
  };

  const release = (slot: PooledWorker, healthy: boolean): void => {
    busy--;
    const grown = slot.heapUsedBytes > recycleHeapMb * 1024 * 1024;
    if (!healthy || grown || slot.jobs >= recycleAfter) {
      // Its replacement starts once it has gone, so the two never hold memory at the same time.
      void slot.worker.terminate().finally(startNext);
      return;
    }
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => void slot.worker.terminate(), IDLE_MS);
    slot.idleTimer.unref();
    idle.push(slot);
    startNext();
  };

  const run = (slot: PooledWorker, job: ImportJob): Promise<ImportedSource> =>
    new Promise((resolve, reject) => {
      const { worker } = slot;
      slot.jobs++;
      let settled = false;
      const finish = (healthy: boolean, settle: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        release(slot, healthy);
        settle();
      };
      const timer = setTimeout(
        () =>
          finish(false, () =>
            reject(
              new ImportRefusal(
                `Reading the file took longer than ${Math.round(limits.timeLimitMs / 1000)} s; it was stopped.`,
              ),
            ),
          ),
        limits.timeLimitMs,
      );
      const onMessage = (reply: ImportWorkerReply) => {
        slot.heapUsedBytes = reply.heapUsedBytes;
        if (reply.type === 'done') finish(true, () => resolve(reply.source));
        else if (reply.type === 'refused')
          finish(true, () => reject(new ImportRefusal(reply.message)));
        else finish(true, () => reject(new Error(reply.message)));
      };
      const onError = (error: Error & { code?: string }) => {
        if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') reportError('import worker', error);
        finish(false, () =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new ImportRefusal(
                  `Reading the file needed more than ${limits.memoryLimitMb} MB of memory; it was stopped.`,
                )
              : error,
          ),
        );
      };
      const onExit = (code: number) => {
        const error = new Error(`The import worker stopped (exit code ${code}).`);
        if (!settled) reportError('import worker', error);
        finish(false, () => reject(error));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });

  return {
    limits,
    /** Reads one file on a pooled worker thread; refusals come back as ImportRefusal. */
    async read(
      fileName: string,
      bytes: Buffer,
      maxBytes = DEFAULT_MAX_IMPORT_BYTES,
    ): Promise<ImportedSource> {
      const slot = await acquire();
      return run(slot, { fileName, bytes: new Uint8Array(bytes), maxBytes, limits });
    },
    stats: (): ImportPoolStats => ({ started, running: busy }),
    /** Stops every worker (tests, shutdown). */
    async close(): Promise<void> {
      await Promise.all(idle.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}

export type ImportPool = ReturnType<typeof createImportPool>;

let shared: ImportPool | null = null;

/** The process's one pool, started on first use. */
export function sharedImportPool(): ImportPool {
  shared ??= createImportPool();
  return shared;
}

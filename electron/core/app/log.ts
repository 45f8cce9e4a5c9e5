import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';

export const LOG_DIR = 'logs';
export const LOG_FILE = 'briefwright.log';

export const logPathFor = (dataDir: string): string => join(dataDir, LOG_DIR, LOG_FILE);

export interface Log {
  readonly path: string;
  /** Records an error with where it happened; never throws. */
  error(where: string, error: unknown): void;
  info(message: string): void;
}

export interface LogOptions {
  /** The file is rotated once it reaches this size (default 1 MB). */
  maxBytes?: number;
  /** Rotated files kept beside the live one: briefwright.log.1 … .N (default 3). */
  keep?: number;
  now?: () => Date;
}

const describe = (error: unknown): string =>
  error instanceof Error
    ? (error.stack ?? `${error.name}: ${error.message}`)
    : typeof error === 'string'
      ? error
      : inspect(error);

/**
 * A plain-text log in the data folder, for errors nobody saw: uncaught exceptions, crashed
 * windows, a failed export worker. Lines are appended synchronously so the last one is on disk
 * even when the process dies right after writing it.
 */
export function openLog(dataDir: string, options: LogOptions = {}): Log {
  const path = logPathFor(dataDir);
  const maxBytes = options.maxBytes ?? 1_000_000;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());

  const rotate = () => {
    rmSync(`${path}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) {
      if (existsSync(`${path}.${i}`)) renameSync(`${path}.${i}`, `${path}.${i + 1}`);
    }
    renameSync(path, `${path}.1`);
  };

  const write = (level: string, text: string) => {
    try {
      mkdirSync(join(dataDir, LOG_DIR), { recursive: true });
      if (existsSync(path) && statSync(path).size >= maxBytes) rotate();
      appendFileSync(path, `${now().toISOString()} ${level} ${text}\n`);
    } catch (failure) {
      // The log is the last resort; when even it fails, stderr is all that is left.
      console.error(`Briefwright could not write its log (${path}):`, failure, text);
    }
  };

  return {
    path,
    error: (where, error) => write('ERROR', `[${where}] ${describe(error)}`),
    info: (message) => write('INFO', message),
  };
}

let current: Log | null = null;

/** Makes `log` the process's log, where `reportError` writes. */
export function installLog(log: Log | null): void {
  current = log;
}

/**
 * Records an error in the process's log (and on stderr). For code far from the host, such as the
 * export worker's supervisor, that has no log handed to it.
 */
export function reportError(where: string, error: unknown): void {
  console.error(`[${where}]`, error);
  current?.error(where, error);
}

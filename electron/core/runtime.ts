import type { ApiResult } from '../../shared/api';
import { installLog, openLog, type Log } from './app/log';
import { openCore, type CoreContext, type CoreOptions } from './context';
import { startIdleCheckpoint } from './db/idleCheckpoint';
import { createHandlers, type Handlers } from './handlers';
import type { HostServices } from './host';
import { dispatch } from './rpc/dispatch';
import { startIdleIndexTidy } from './search/idleIndexTidy';
import { withActivity } from './rpc/withActivity';

export interface RuntimeOptions extends CoreOptions {
  /** What the host can do for core (native dialogs); absent services answer `unsupported`. */
  host?: HostServices;
  /**
   * A host that stays open (the desktop app, the browser host) folds the WAL back when the
   * library is idle; a CLI command is over before that matters.
   */
  longRunning?: boolean;
  /** Told when the startup backup fails (it is logged either way). */
  onBackupError?: (error: Error) => void;
  /**
   * How long after opening the daily backup starts (default: at once, or 20 s for a host that
   * stays open). Copying and checking a large library takes seconds that a host just started
   * should spend answering its first requests.
   */
  backupDelayMs?: number;
}

/** An open library and everything a host needs to serve it. */
export interface Runtime {
  core: CoreContext;
  /** Every contract method bound to core; each call counts as activity. */
  handlers: Handlers;
  log: Log;
  /** The startup backup's path, or null when none was due or it failed. Never rejects. */
  startupBackup: Promise<string | null>;
  /** Runs one contract method as every transport does: validated, errors as values. */
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Stops the timers and closes the library (checkpointing the WAL). Safe to call twice. */
  shutdown(): void;
}

const STARTUP_BACKUP_DELAY_MS = 20_000;

/** Polling calls that must not keep the library from counting as idle. */
const PASSIVE_METHODS = ['app.changes'];

/**
 * The one composition root: opens the log and the library, starts the daily backup, the idle
 * checkpoint and the idle search-index tidy, binds the handlers with activity tracking, and
 * knows how to shut all of it down. The desktop app, the browser host and the CLI each start one
 * and add only their transport.
 */
export function startRuntime(options: RuntimeOptions): Runtime {
  const log = openLog(options.dataDir);
  installLog(log);
  let core: CoreContext;
  try {
    core = openCore(options);
  } catch (error) {
    log.error('open library', error);
    throw error;
  }
  log.info(`opened ${core.databasePath} (Briefwright ${core.version}, pid ${process.pid})`);

  const backupDelayMs =
    options.backupDelayMs ?? (options.longRunning ? STARTUP_BACKUP_DELAY_MS : 0);
  let open = true;
  let cancelBackup = () => {};
  const backupWhenDue = () =>
    open
      ? core.backupIfDue().catch((error: Error) => {
          log.error('startup backup', error);
          options.onBackupError?.(error);
          return null;
        })
      : Promise.resolve(null);
  const startupBackup =
    backupDelayMs > 0
      ? new Promise<string | null>((resolve) => {
          const timer = setTimeout(() => resolve(backupWhenDue()), backupDelayMs);
          timer.unref();
          cancelBackup = () => {
            clearTimeout(timer);
            resolve(null);
          };
        })
      : backupWhenDue();
  const checkpoint = options.longRunning
    ? startIdleCheckpoint(core.db, { onError: (error) => log.error('idle checkpoint', error) })
    : null;
  // A call in flight (an import of a thousand files takes a while) keeps the library in use.
  let inFlight = 0;
  const tidy = options.longRunning
    ? startIdleIndexTidy(core.db, {
        inUse: () => inFlight > 0,
        onError: (error) => log.error('search index tidy', error),
      })
    : null;
  const bound = createHandlers(core, options.host);
  const touch = () => {
    checkpoint?.touch();
    tidy?.touch();
  };
  const handlers = options.longRunning
    ? withActivity(
        bound,
        {
          begin() {
            inFlight++;
            touch();
          },
          end() {
            inFlight--;
            touch();
          },
        },
        PASSIVE_METHODS,
      )
    : bound;

  return {
    core,
    handlers,
    log,
    startupBackup,
    call: (method, input) =>
      dispatch(handlers, method, input, (error) => log.error(`request ${method}`, error)),
    shutdown() {
      if (!open) return;
      open = false;
      cancelBackup();
      checkpoint?.stop();
      tidy?.stop();
      core.close();
    },
  };
}

import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const DATABASE_FILE = 'library.sqlite';

/** Where the library lives for the CLI and browser host: `--data-dir`, else the XDG data home. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_DATA_HOME;
  const base = xdg && xdg.trim() !== '' ? xdg : join(homedir(), '.local', 'share');
  return join(base, 'briefwright');
}

export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return resolve(flag ?? defaultDataDir(env));
}

export const databasePath = (dataDir: string): string => join(dataDir, DATABASE_FILE);

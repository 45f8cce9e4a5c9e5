import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../tests/tempDir';
import { installLog, logPathFor } from './app/log';
import { listBackups, backupDirFor } from './db/backup';
import { startRuntime, type Runtime } from './runtime';

const tempDir = useTempDirs();
const open: Runtime[] = [];
const start = (...args: Parameters<typeof startRuntime>) => {
  const runtime = startRuntime(...args);
  open.push(runtime);
  return runtime;
};
afterEach(() => {
  for (const runtime of open.splice(0)) runtime.shutdown();
  installLog(null);
});

const mark = async (runtime: Runtime) => {
  const result = await runtime.call('app.changes', {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { dataVersion: number }).dataVersion;
};

describe('runtime: the one composition root', () => {
  it('opens the library and its log, and serves validated calls', async () => {
    const dataDir = tempDir();
    const runtime = start({ dataDir, sample: false });
    expect(runtime.log.path).toBe(logPathFor(dataDir));
    expect(readFileSync(runtime.log.path, 'utf8')).toContain(
      `opened ${join(dataDir, 'library.sqlite')}`,
    );
    expect(await runtime.call('app.info', {})).toMatchObject({
      ok: true,
      value: { dataDir, logPath: logPathFor(dataDir), versions: { node: process.versions.node } },
    });
    expect(await runtime.call('notes.get', { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await runtime.startupBackup).toBeNull(); // a new library needs no backup yet
  });

  it('takes the daily backup when an existing library is opened', async () => {
    const dataDir = tempDir();
    start({ dataDir, sample: false }).shutdown();
    const runtime = start({ dataDir });
    const path = await runtime.startupBackup;
    expect(path).not.toBeNull();
    expect(listBackups(backupDirFor(runtime.core.databasePath)).map((b) => b.path)).toEqual([path]);
  });

  it('a host that stays open takes the daily backup after a delay, not before its first answers', async () => {
    const dataDir = tempDir();
    start({ dataDir, sample: false }).shutdown();
    const runtime = start({ dataDir, longRunning: true, backupDelayMs: 200 });
    expect((await runtime.call('app.info', {})).ok).toBe(true);
    const backups = () => listBackups(backupDirFor(runtime.core.databasePath));
    expect(backups()).toEqual([]);
    const path = await runtime.startupBackup;
    expect(backups().map((b) => b.path)).toEqual([path]);

    // Shut down before the delay is over: no backup, and the promise still settles.
    const other = tempDir();
    start({ dataDir: other, sample: false }).shutdown();
    const brief = start({ dataDir: other, longRunning: true });
    brief.shutdown();
    expect(await brief.startupBackup).toBeNull();
    expect(listBackups(backupDirFor(brief.core.databasePath))).toEqual([]);
  });

  it('moves the change mark when another process writes, not for its own writes', async () => {
    const dataDir = tempDir();
    const desktop = start({ dataDir, sample: false, longRunning: true });
    const cli = start({ dataDir, sample: false });
    const before = await mark(desktop);
    await desktop.call('notes.create', { title: 'Mine' });
    expect(await mark(desktop)).toBe(before);
    await cli.call('notes.create', { title: 'From the CLI' });
    const after = await mark(desktop);
    expect(after).not.toBe(before);
    expect(await mark(desktop)).toBe(after);
  });

  it('logs a library that cannot be opened, and shuts down once', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'library.sqlite'), 'this is not a database, just some text');
    expect(() => start({ dataDir })).toThrow();
    expect(readFileSync(logPathFor(dataDir), 'utf8')).toContain('ERROR [open library]');

    const fine = start({ dataDir: tempDir(), sample: false });
    fine.shutdown();
    fine.shutdown();
    expect(fine.core.db.open).toBe(false);
    expect(existsSync(fine.log.path)).toBe(true);
  });
});

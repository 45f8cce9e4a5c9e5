import Database from 'better-sqlite3';
import { closeSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openCore } from '../context';
import { BACKUPS_KEPT, listBackups } from './backup';

const tempDir = useTempDirs();
const DAY = 24 * 60 * 60 * 1000;

function libraryWithNotes(dir: string, count = 200) {
  const core = openCore({ dataDir: dir, sample: false });
  for (let i = 0; i < count; i++) core.notes.create(`Note ${i} ${'lorem ipsum '.repeat(40)}`);
  return core;
}

describe('rolling backups', () => {
  it('back up on start when the last is over a day old, keeping the newest seven', async () => {
    const dir = tempDir();
    libraryWithNotes(dir, 3).close();
    const core = openCore({ dataDir: dir });
    const start = new Date('2026-01-01T09:00:00Z');
    const first = await core.backupIfDue(start);
    expect(first).toBe(join(dir, 'backups', 'library-20260101T090000Z.sqlite'));
    // Not due again within a day.
    expect(await core.backupIfDue(new Date(start.getTime() + DAY / 2))).toBeNull();
    for (let day = 1; day <= 9; day++) {
      expect(await core.backupIfDue(new Date(start.getTime() + day * DAY))).not.toBeNull();
    }
    core.close();
    const kept = listBackups(join(dir, 'backups'));
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept[0]!.takenAt.toISOString()).toBe('2026-01-10T09:00:00.000Z');
    expect(readdirSync(join(dir, 'backups')).some((n) => n.endsWith('.partial'))).toBe(false);
    // A backup is a complete, readable library.
    const copy = new Database(kept[0]!.path, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(3);
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('does not back up a library it has just created', async () => {
    const core = openCore({ dataDir: tempDir(), sample: false });
    expect(await core.backupIfDue()).toBeNull();
    core.close();
  });
});

describe('integrity check on open', () => {
  it('refuses a damaged library with a clear message naming the newest backup', async () => {
    const dir = tempDir();
    libraryWithNotes(dir).close();
    const core = openCore({ dataDir: dir });
    const backup = await core.backupIfDue(new Date('2026-02-01T00:00:00Z'));
    core.close();
    // Scribble over pages in the middle of the file (not the header).
    const fd = openSync(join(dir, 'library.sqlite'), 'r+');
    for (let page = 3; page < 12; page++)
      writeSync(fd, Buffer.alloc(600, 0x5a), 0, 600, page * 4096);
    closeSync(fd);
    expect(() => openCore({ dataDir: dir })).toThrow(/is damaged/);
    expect(() => openCore({ dataDir: dir })).toThrow(`The newest backup is ${backup}`);
  });
});

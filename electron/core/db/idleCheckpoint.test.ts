import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openDatabase } from './connection';
import { startIdleCheckpoint } from './idleCheckpoint';

const tempDir = useTempDirs();

describe('idle WAL checkpoint', () => {
  it('truncates the WAL only after activity followed by a quiet period', () => {
    const path = join(tempDir(), 'library.sqlite');
    const db = openDatabase(path);
    let clock = 0;
    const checkpoint = startIdleCheckpoint(db, { idleMs: 1000, everyMs: 60_000, now: () => clock });
    const insert = db.prepare(
      "INSERT INTO notes (title, content, created_at, updated_at) VALUES ('t', ?, 'x', 'x')",
    );
    db.transaction(() => {
      for (let i = 0; i < 200; i++) insert.run('{"root":{}}'.padEnd(2000, ' '));
    })();
    checkpoint.touch();
    const walSize = () => statSync(`${path}-wal`).size;
    expect(walSize()).toBeGreaterThan(0);

    clock = 500;
    expect(checkpoint.tick()).toBe(false);
    expect(walSize()).toBeGreaterThan(0);

    clock = 1500;
    expect(checkpoint.tick()).toBe(true);
    expect(walSize()).toBe(0);
    // Nothing new happened: no second checkpoint.
    clock = 5000;
    expect(checkpoint.tick()).toBe(false);
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(200);
    checkpoint.stop();
    db.close();
  });

  it('reports a checkpoint that fails (a full disk) instead of throwing from its timer', () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const db = {
      open: true,
      pragma: () => {
        throw full;
      },
    } as unknown as Parameters<typeof startIdleCheckpoint>[0];
    const errors: Error[] = [];
    let clock = 0;
    const checkpoint = startIdleCheckpoint(db, {
      idleMs: 1000,
      everyMs: 60_000,
      now: () => clock,
      onError: (error) => errors.push(error),
    });
    checkpoint.touch();
    clock = 2000;
    expect(checkpoint.tick()).toBe(false);
    expect(checkpoint.tick()).toBe(false);
    expect(errors).toEqual([full]);
    checkpoint.stop();
  });
});

import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openDatabase } from './connection';
import { DatabaseTooNewError } from './errors';
import { LATEST_SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/types';

const tempDir = useTempDirs();
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('openDatabase', () => {
  it('creates a new library in WAL mode with foreign keys and the latest schema', () => {
    const path = join(tempDir(), 'nested', 'library.sqlite');
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toContain('notes');
    db.close();
  });

  it('is idempotent: reopening applies nothing twice and keeps data', () => {
    const path = join(tempDir(), 'library.sqlite');
    const first = openDatabase(path);
    first
      .prepare(
        "INSERT INTO notes (title, content, created_at, updated_at) VALUES ('a', '{}', 'x', 'x')",
      )
      .run();
    first.close();
    const second = openDatabase(path);
    expect(second.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(1);
    second.close();
  });

  it('refuses a database from a newer version without changing the file', () => {
    const path = join(tempDir(), 'library.sqlite');
    const future = new Database(path);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();
    const before = sha(path);

    expect(() => openDatabase(path)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(path)).toThrow(/newer version of Briefwright.*not changed/s);
    expect(sha(path)).toBe(before);
    const check = new Database(path, { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('rolls back a failing migration and leaves the version where it was', () => {
    const path = join(tempDir(), 'library.sqlite');
    const broken: Migration[] = [
      { version: 1, name: 'ok', up: (db) => db.exec('CREATE TABLE a (x)') },
      {
        version: 2,
        name: 'broken',
        up: (db) => {
          db.exec('CREATE TABLE b (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => openDatabase(path, { migrations: broken })).toThrow('boom');
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    db.close();
  });

  it('gives a clear message for a file that is not a database', async () => {
    const path = join(tempDir(), 'library.sqlite');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, 'this is not sqlite at all, just text pretending'.repeat(100));
    expect(() => openDatabase(path)).toThrow(/could not be opened/);
  });
});

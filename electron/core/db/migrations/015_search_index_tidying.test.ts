import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../tests/tempDir';
import { openDatabase } from '../connection';
import { migrations } from './index';

const tempDir = useTempDirs();

const INDEXES = ['sources_fts', 'excerpts_fts', 'claims_fts', 'notes_fts'] as const;

const usermerge = (db: Database.Database, fts: string) =>
  db.prepare(`SELECT v FROM ${fts}_config WHERE k = 'usermerge'`).pluck().get();

describe('migration 15 (search index tidying)', () => {
  it("lets the idle tidy merge any level of two segments or more, keeping 13's import settings", () => {
    const path = join(tempDir(), 'library.sqlite');
    openDatabase(path, { migrations: migrations.slice(0, 14) }).close();
    const before = new Database(path);
    for (const fts of INDEXES) expect(usermerge(before, fts)).toBeUndefined();
    before.close();

    const db = openDatabase(path);
    for (const fts of INDEXES) {
      expect(usermerge(db, fts)).toBe(2);
      expect(db.prepare(`SELECT v FROM ${fts}_config WHERE k = 'automerge'`).pluck().get()).toBe(
        16,
      );
    }
    db.close();
  });
});

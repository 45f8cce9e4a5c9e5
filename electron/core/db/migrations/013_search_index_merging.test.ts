import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../tests/tempDir';
import { openTestLibrary } from '../../../../tests/library';
import { openDatabase } from '../connection';
import { migrations } from './index';

const tempDir = useTempDirs();

const INDEXES = ['sources_fts', 'excerpts_fts', 'claims_fts', 'notes_fts'] as const;

const settings = (db: Database.Database, fts: string) =>
  Object.fromEntries(
    db
      .prepare<[], { k: string; v: number }>(`SELECT k, v FROM ${fts}_config`)
      .all()
      .map((r) => [r.k, r.v]),
  );

describe('migration 13 (search index merging)', () => {
  it('sets every index to merge 16 segments at a time and hold 8 MB of pending terms', () => {
    const dir = tempDir();
    const path = join(dir, 'library.sqlite');
    openDatabase(path, { migrations: migrations.slice(0, 12) }).close();
    const before = new Database(path);
    for (const fts of INDEXES) expect(settings(before, fts)).not.toHaveProperty('automerge');
    before.close();

    const db = openDatabase(path);
    for (const fts of INDEXES)
      expect(settings(db, fts)).toMatchObject({ automerge: 16, hashsize: 8388608 });
    db.close();
  });

  it('keeps the index whole across a bulk import of many batches, and every word findable', async () => {
    const lib = openTestLibrary(tempDir());
    try {
      const files = Array.from({ length: 1200 }, (_, i) => ({
        name: `note-${i}.txt`,
        bytes: Buffer.from(
          `Field report ${i}\n\nThe convoy word${i} crossed checkpoint ${i % 7}.\n`,
        ),
      }));
      const report = await lib.core.library.importer.importFiles(files);
      expect(report.imported).toBe(1200);
      // FTS5 raises an error here if a segment was written or merged wrongly.
      lib.core.db.exec(`INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)`);
      for (const i of [0, 499, 500, 1199]) {
        const found = await lib.call('library.search', { text: `word${i}`, limit: 5 });
        expect(found.hits.map((h: { id: number }) => h.id)).toHaveLength(1);
      }
      const common = await lib.call('library.search', { text: 'convoy', types: ['source'] });
      expect(common.counts.source).toBe(1200);
    } finally {
      lib.core.close();
    }
  });
});

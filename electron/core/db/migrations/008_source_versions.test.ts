import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../tests/tempDir';
import { openCore } from '../../context';
import { openDatabase } from '../connection';
import { migrations } from './index';

const tempDir = useTempDirs();

describe('migration 8 (source versions)', () => {
  it('numbers existing texts version 1 and leaves excerpts unplaced before it without a version to point into', async () => {
    const dir = tempDir();
    const path = join(dir, 'library.sqlite');
    openDatabase(path, { migrations: migrations.slice(0, 7) }).close();
    const v7 = new Database(path);
    v7.exec(`INSERT INTO sources (kind, title, imported_at, updated_at, content_hash, file_name, mime, text_length, text)
      VALUES ('text', 'Old', '2026-01-02T00:00:00.000Z', 'x', 'h', 'old.txt', 'text/plain', 26, 'The ferry left at nine.  x')`);
    v7.exec(`INSERT INTO source_files (source_id, bytes) VALUES (1, x'00')`);
    v7.exec(`INSERT INTO excerpts (source_id, start, "end", quote, anchored, created_at, updated_at)
      VALUES (1, 0, 9, 'The ferry', 1, 'x', 'x'), (1, 10, 14, 'gone', 0, 'x', 'x')`);
    v7.close();

    const core = openCore({ dataDir: dir, sample: false });
    try {
      expect(core.library.sources.summary(1)).toMatchObject({
        version: 1,
        versionImportedAt: '2026-01-02T00:00:00.000Z',
      });
      const [placed, unplaced] = core.library.excerpts.listForSource(1);
      expect(placed).toMatchObject({ anchored: true, start: 0, end: 9, sourceVersion: 1 });
      expect(unplaced).toMatchObject({ anchored: false, start: null, end: null, proposal: null });
      expect(
        core.db.prepare('SELECT anchor_version FROM excerpts ORDER BY id').pluck().all(),
      ).toEqual([1, null]);
      expect(core.library.sources.versions(1)).toEqual([]);
      expect(core.db.prepare('SELECT integrity FROM note_exports').all()).toEqual([]);
    } finally {
      core.close();
    }
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../tests/tempDir';
import { databasePath } from '../../app/dataDir';
import { openCore } from '../../context';
import { openDatabase } from '../connection';
import { migrations } from './index';

const tempDir = useTempDirs();

describe('migration 7 (source details)', () => {
  it('keeps the author line of an existing library readable as creators, and stores corrections beside it', () => {
    const dir = tempDir();
    const path = databasePath(dir);
    openDatabase(path, { migrations: migrations.slice(0, 6) }).close();
    const v6 = new Database(path);
    v6.prepare(
      `INSERT INTO sources (kind, title, author, imported_at, updated_at, content_hash, file_name, mime, text_length, text)
       VALUES ('text', 'Old report', 'Smith, Jane; Harbour Office', 'x', 'x', 'h', 'f.txt', 'text/plain', 5, 'hello')`,
    ).run();
    v6.close();

    const core = openCore({ dataDir: dir, sample: false });
    try {
      const id = core.db.prepare('SELECT id FROM sources').pluck().get() as number;
      expect(core.library.sources.summary(id)).toMatchObject({
        author: 'Smith, Jane; Harbour Office',
        creators: [{ family: 'Smith', given: 'Jane' }, { literal: 'Harbour Office' }],
        sourceType: null,
        language: null,
        note: '',
      });
      core.library.sources.update(id, { creators: [{ literal: 'Harbour Office' }], note: 'n' });
      expect(core.db.prepare('SELECT author FROM sources').pluck().get()).toBe('Harbour Office');
      expect(core.db.prepare('SELECT note FROM source_details').pluck().get()).toBe('n');
    } finally {
      core.close();
    }
  });
});

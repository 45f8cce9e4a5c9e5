import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../tests/tempDir';
import { openCore } from '../../context';
import { openDatabase } from '../connection';
import { migrations } from './index';

const tempDir = useTempDirs();

describe('migration 7 (source details)', () => {
  it('keeps the author line of an existing library readable as creators, and stores corrections beside it', () => {
    const dir = tempDir();
    const core0 = openCore({ dataDir: dir, sample: false });
    const path = core0.databasePath;
    core0.close();
    // Back to version 6: drop what migration 7 adds, as a library from before it would be.
    const v6 = new Database(path);
    v6.exec('DROP TABLE source_details; DROP TABLE source_trash; PRAGMA user_version = 6;');
    v6.prepare(
      `INSERT INTO sources (kind, title, author, imported_at, updated_at, content_hash, file_name, mime, text_length, text)
       VALUES ('text', 'Old report', 'Smith, Jane; Harbour Office', 'x', 'x', 'h', 'f.txt', 'text/plain', 5, 'hello')`,
    ).run();
    v6.close();

    openDatabase(path, { migrations }).close();
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

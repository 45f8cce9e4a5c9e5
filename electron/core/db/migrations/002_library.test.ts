import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../tests/tempDir';
import { openDatabase } from '../connection';
import { notesMigration } from './001_notes';
import { LATEST_SCHEMA_VERSION } from './index';

const tempDir = useTempDirs();

describe('migration 2 (library)', () => {
  it('upgrades a version-1 library and indexes the text of its existing notes', () => {
    const path = join(tempDir(), 'library.sqlite');
    openDatabase(path, { migrations: [notesMigration] }).close();
    const v1 = new Database(path);
    const content = JSON.stringify({
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Convoys sailed at dawn.' }] },
        ],
      },
    });
    v1.prepare(
      "INSERT INTO notes (title, content, created_at, updated_at) VALUES ('Old brief', ?, 'x', 'x')",
    ).run(content);
    v1.close();

    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT plain_text FROM notes').pluck().get()).toBe(
      'Convoys sailed at dawn.',
    );
    expect(
      db.prepare("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'convoys'").pluck().all(),
    ).toEqual([1]);
    db.prepare("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)").run();
    // Deleting a source cascades to its excerpts and their evidence links, not to claims.
    db.exec(`INSERT INTO sources (kind, title, imported_at, updated_at, content_hash, file_name, mime, text_length, text)
             VALUES ('text', 'S', 'x', 'x', 'h', 'f.txt', 'text/plain', 5, 'hello');
             INSERT INTO excerpts (source_id, start, "end", quote, created_at, updated_at) VALUES (1, 0, 5, 'hello', 'x', 'x');
             INSERT INTO claims (text, created_at, updated_at) VALUES ('c', 'x', 'x');
             INSERT INTO claim_evidence (claim_id, excerpt_id, relation) VALUES (1, 1, 'supports');
             DELETE FROM sources;`);
    expect(db.prepare('SELECT count(*) FROM excerpts').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM claim_evidence').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM claims').pluck().get()).toBe(1);
    expect(
      db
        .prepare("SELECT count(*) FROM excerpts_fts WHERE excerpts_fts MATCH 'hello'")
        .pluck()
        .get(),
    ).toBe(0);
    db.close();
  });
});

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../tests/tempDir';
import { openDatabase } from '../connection';
import { migrations } from './index';

const tempDir = useTempDirs();

describe('migration 9 (ICD 203 likelihood and confidence, claim marking, Admiralty grading)', () => {
  it("keeps today's claim values as the likelihood and leaves confidence empty", () => {
    const path = join(tempDir(), 'library.sqlite');
    openDatabase(path, { migrations: migrations.slice(0, 8) }).close();
    const v8 = new Database(path);
    const insert = v8.prepare(
      "INSERT INTO claims (text, confidence, created_at, updated_at) VALUES (?, ?, 'x', 'x')",
    );
    insert.run('Talks will stall', 'likely');
    insert.run('The ferry resumes', 'roughly even chance');
    insert.run('Unassessed', null);
    v8.close();

    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(
      db.prepare('SELECT text, likelihood, confidence, marking FROM claims ORDER BY id').all(),
    ).toEqual([
      { text: 'Talks will stall', likelihood: 'likely', confidence: null, marking: null },
      {
        text: 'The ferry resumes',
        likelihood: 'roughly even chance',
        confidence: null,
        marking: null,
      },
      { text: 'Unassessed', likelihood: null, confidence: null, marking: null },
    ]);
    // The claims' search index still follows their text.
    expect(
      db.prepare("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'stall'").pluck().all(),
    ).toEqual([1]);
    // Admiralty grading is optional and kept in range.
    db.exec(`INSERT INTO sources (kind, title, imported_at, updated_at, content_hash, file_name, mime, text_length, text, reliability, credibility)
             VALUES ('text', 'S', 'x', 'x', 'h', 'f.txt', 'text/plain', 5, 'hello', 'B', 2)`);
    expect(() => db.exec("UPDATE sources SET reliability = 'G'")).toThrow(/CHECK/);
    expect(() => db.exec('UPDATE sources SET credibility = 7')).toThrow(/CHECK/);
    db.close();
  });
});
